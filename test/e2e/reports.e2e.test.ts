// Reports in Chromium over `dpo serve`: the audit pack for a period from the Reports screen with
// its progress, the SHA-256 shown equal to the stored file's and the saved PDF's; an empty
// period; the case file from the request page, stored with the request; the Art. 30 record from
// the records of processing screen. 1024 px wide, axe-core on
// both screens. Screenshots go to SHOTS_DIR (default /tmp/shots-reports).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { useAppPage, type AppPage } from '../support/app-page';
import { addDays, todayInZone } from '../../shared/dates';

const app = useAppPage({ name: 'reports', shots: '/tmp/shots-reports' });
const { api, shoot, axeProblems } = app;
const today = todayInZone('Europe/Amsterdam');
let ref = '';
let page: Page;
let watched: AppPage['watched'];

beforeAll(async () => {
  page = app.page;
  watched = app.watched;
  for (const [i, name] of ['Zoë Łukasiewicz-Dvořák', 'Ἀθηνᾶ', 'Алексей'].entries()) {
    const r = await api<{ ref: string }>('request.create', { types: ['access'], requester: { name, email: `p${i}@example.nl`, relation: 'self' }, channel: 'email', receivedDate: addDays(today, -3 - i) });
    ref ||= r.ref;
  }
}, 90_000);

describe('reports in Chromium', () => {
  it('generates the audit pack for a period and shows the SHA-256 of the stored, saved file', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByText('No report generated yet.').waitFor();
    expect(await axeProblems()).toEqual([]);
    await shoot('R-01-reports-empty-1024');
    // A period that ends before it starts is refused beside the field.
    await page.getByLabel('From').fill(addDays(today, -1));
    await page.getByLabel('To', { exact: true }).fill(addDays(today, -30));
    await page.getByRole('button', { name: 'Generate the audit pack' }).click();
    await page.getByText('The period cannot end before it starts.').waitFor();
    await page.getByLabel('From').fill(addDays(today, -60));
    await page.getByLabel('To', { exact: true }).fill(today);
    await page.getByRole('button', { name: 'Generate the audit pack' }).click();
    await page.getByTestId('report-result').waitFor({ timeout: 60_000 });
    const shown = (await page.getByTestId('report-sha256').textContent())!.trim();
    const [listed] = await api<Array<{ sha256: string; kind: string }>>('report.list', {});
    expect(listed).toMatchObject({ sha256: shown, kind: 'audit-pack' });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save the PDF' }).click();
    const file = await (await download).path();
    expect(createHash('sha256').update(readFileSync(file!)).digest('hex')).toBe(shown);
    await page.getByTestId('report-history').getByText(shown).waitFor();
    await shoot('R-02-audit-pack-done-1024');
    expect(await axeProblems()).toEqual([]);
  });

  it('offers the case file on the request page and stores it with the request', async () => {
    await page.evaluate((r) => (window.location.hash = `#/requests/${r}`), ref);
    await page.getByRole('heading', { name: 'Case file (PDF)' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Case file (PDF)' }).click();
    await page.getByTestId('report-result').waitFor({ timeout: 60_000 });
    const shown = (await page.getByTestId('report-sha256').textContent())!.trim();
    const detail = await api<{ attachments: Array<{ kind: string; sha256: string }> }>('request.get', { ref });
    expect(detail.attachments.find((a) => a.kind === 'case-file')?.sha256).toBe(shown);
    await shoot('R-03-case-file-done-1024');
    expect(await axeProblems()).toEqual([]);
  });

  it('offers the Art. 30 record on the records of processing screen, with the SHA-256 of the stored file', async () => {
    await api('processing.loadExample', {});
    await page.evaluate(() => (window.location.hash = '#/processing'));
    await page.getByRole('heading', { name: 'Records of processing', level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Art. 30 record (PDF)' }).click();
    await page.getByTestId('report-result').waitFor({ timeout: 60_000 });
    const shown = (await page.getByTestId('report-sha256').textContent())!.trim();
    const [listed] = await api<Array<{ sha256: string; kind: string; to: string }>>('report.list', {});
    expect(listed).toMatchObject({ sha256: shown, kind: 'processing-record', to: today });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save the PDF' }).click();
    const file = await (await download).path();
    expect(createHash('sha256').update(readFileSync(file!)).digest('hex')).toBe(shown);
    await shoot('R-04-processing-record-done-1024');
    expect(await axeProblems()).toEqual([]);
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
