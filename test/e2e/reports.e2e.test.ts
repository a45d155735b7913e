// Reports in Chromium over `dpo serve`: the audit pack for a period from the Reports screen with
// its progress, the SHA-256 shown equal to the stored file's and the saved PDF's; an empty
// period; the case file from the request page, stored with the request; the Art. 30 record from
// the records of processing screen. 1024 px wide, axe-core on
// both screens. Screenshots go to SHOTS_DIR (default /tmp/shots-reports).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { createVaultThroughUi, launchBrowser, startServe, stopServe, watchPage } from '../support/browser';
import { PASSPHRASE } from '../support/temp';
import { addDays, todayInZone } from '../../shared/dates';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-reports';

const dataDir = mkdtempSync(join(tmpdir(), 'dpo-e2e-reports-'));
const today = todayInZone('Europe/Amsterdam');
let serve: { url: string; origin: string; child: ChildProcess };
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
let watched: ReturnType<typeof watchPage>;
let ref = '';

async function api<T>(op: string, input: unknown): Promise<T> {
  const res = await page.evaluate(
    async ([o, body]) => {
      const token = sessionStorage.getItem('dpo.token');
      const out = await fetch(`/api/${o}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return out.json();
    },
    [op, input] as const,
  );
  if (!res.ok) throw new Error(`${op}: ${JSON.stringify(res.error)}`);
  return res.result as T;
}

async function shoot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function axeProblems(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

beforeAll(async () => {
  serve = await startServe(dataDir);
  ({ browser, close: closeBrowser } = await launchBrowser());
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, bypassCSP: true, acceptDownloads: true });
  page = await context.newPage();
  watched = watchPage(page, serve.origin);
  await page.goto(serve.url);
  await createVaultThroughUi(page, PASSPHRASE);
  for (const [i, name] of ['Zoë Łukasiewicz-Dvořák', 'Ἀθηνᾶ', 'Алексей'].entries()) {
    const r = await api<{ ref: string }>('request.create', { types: ['access'], requester: { name, email: `p${i}@example.nl`, relation: 'self' }, channel: 'email', receivedDate: addDays(today, -3 - i) });
    ref ||= r.ref;
  }
}, 90_000);

afterAll(async () => {
  await closeBrowser?.();
  if (serve) await stopServe(serve.child);
  rmSync(dataDir, { recursive: true, force: true });
});

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
