// Dashboard, CSV/.eml import and deadline reminders, end to end: dpo serve + Chromium on a fresh
// data folder, driven through the UI only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, todayInZone } from '../../shared/dates';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useAppPage } from '../support/app-page';
import { createVaultThroughUi } from '../support/browser';
import { PASSPHRASE } from '../support/temp';

// The test goes through the first-run screens itself; no axe here, so the page keeps its
// Content-Security-Policy.
const app = useAppPage({ name: 'insights', shots: join('test-results', 'screens'), viewport: { width: 1280, height: 860 }, axe: false, vault: false });
const { shoot } = app;
let page: Page;
const filesDir = mkdtempSync(join(tmpdir(), 'dpo-e2e-insights-files-'));

/** A local date in the organisation's zone, `days` from today. */
function day(days: number): string {
  return addDays(todayInZone('Europe/Amsterdam'), days);
}

const CSV = [
  'type,name,email,received,channel,customer_id,notes',
  `access,Jan Jansen,jan@example.nl,${day(-26)},email:optout@netrouting.example,C-1001,Wants a copy of everything`,
  `erasure+marketing-optout,Marie Dubois,marie@example.fr,${day(-40)},live-chat,,Close my account`,
  `rectification,Piet de Vries,piet@example.nl,${day(0)} 09:30,phone,C-1003,`,
  `access,Bad Row,not-an-email,${day(-2)},email,,`,
].join('\n');

const EML = [
  'From: "Sanne Bakker" <sanne@example.nl>',
  'To: optout@netrouting.example',
  'Subject: Verzoek om inzage / access request',
  `Date: ${new Date(Date.now() - 2 * 86_400_000).toUTCString()}`,
  'Message-ID: <e2e-1@example.nl>',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Hello,',
  '',
  'Under Article 15 GDPR I would like a copy of all personal data you hold about me,',
  'including server logs and billing records.',
  '',
  'Kind regards,',
  'Sanne Bakker',
  '',
].join('\r\n');

beforeAll(() => {
  page = app.page;
});

afterAll(async () => {
  rmSync(filesDir, { recursive: true, force: true });
});

describe('dashboard, import and reminders (dpo serve + Chromium)', () => {
  it('first run: creates the vault and lands on an empty dashboard that points to New request and Import', async () => {
    await page.goto(app.serve.url);
    await createVaultThroughUi(page, PASSPHRASE);

    await page.getByRole('heading', { name: 'No requests yet' }).waitFor();
    expect(await page.getByRole('link', { name: 'New request' }).getAttribute('href')).toBe('#/requests/new');
    expect(await page.getByRole('heading', { name: 'Deadline calculator' }).isVisible()).toBe(true);
    await shoot('insights-01-dashboard-empty');
    await page.getByRole('link', { name: 'Import requests' }).click();
    await page.getByRole('heading', { name: 'Import requests', level: 1 }).waitFor();
    expect(page.url()).toMatch(/#\/import$/);
  });

  it('CSV: checks every line, shows the mapping and the report, imports the valid rows', async () => {
    const csvPath = join(filesDir, 'requests.csv');
    writeFileSync(csvPath, CSV);
    await page.getByLabel('CSV file').setInputFiles(csvPath);
    const counts = page.getByTestId('import-counts');
    await expect.poll(() => counts.textContent(), { timeout: 15_000 }).toBe('3 valid, 1 rejected, of 4 lines.');
    // The mapping was suggested from the header; every target field has its own labelled select.
    expect(await page.getByLabel('email', { exact: true }).inputValue()).toBe('2');
    expect(await page.getByLabel('regime', { exact: true }).inputValue()).toBe('');
    expect(await page.getByRole('row', { name: /^5 Rejected/ }).textContent()).toMatch(/email:/);
    await shoot('insights-02-csv-report');

    // Unmapping a required column re-checks every line and blocks the import…
    await page.getByLabel('name', { exact: true }).selectOption({ label: '— not in file —' });
    await expect.poll(() => counts.textContent()).toBe('0 valid, 4 rejected, of 4 lines.');
    expect(await page.getByRole('button', { name: 'No valid rows to import' }).isDisabled()).toBe(true);
    await shoot('insights-03-csv-unmapped');
    // …and mapping it back restores the report.
    await page.getByLabel('name', { exact: true }).selectOption({ label: 'name' });
    await expect.poll(() => counts.textContent()).toBe('3 valid, 1 rejected, of 4 lines.');

    await page.getByRole('button', { name: 'Import 3 valid rows' }).click();
    const result = page.getByTestId('import-result');
    await result.getByText('3 requests imported.').waitFor({ timeout: 15_000 });
    const refs = await result.getByRole('link').allTextContents();
    expect(refs).toHaveLength(3);
    for (const ref of refs) expect(ref).toMatch(/^DSR-\d{4}-\d{5}$/);
    expect(await result.getByRole('row', { name: /^5 / }).textContent()).toMatch(/email:/);
    await shoot('insights-04-csv-imported');
  });

  it('one summary line about deadlines, on the dashboard and the list only', async () => {
    await page.goto(`${app.serve.origin}/#/`);
    const line = page.getByTestId('deadline-summary');
    await line.waitFor({ timeout: 15_000 });
    expect(await line.textContent()).toBe('1 overdue · 1 due this week — open the list');
    expect(await line.getByRole('link', { name: 'open the list' }).getAttribute('href')).toBe('#/requests?overdue=1&dueWithin=7');
    // No list of requests in it, and no names.
    expect(await line.getByRole('listitem').count()).toBe(0);
    await shoot('insights-05-dashboard-with-reminders');

    // The list shows the same line; forms and settings do not.
    await line.getByRole('link', { name: 'open the list' }).click();
    await page.getByRole('heading', { name: 'Requests', level: 1 }).waitFor();
    await expect.poll(() => page.getByTestId('deadline-summary').textContent(), { timeout: 15_000 }).toBe('1 overdue · 1 due this week — open the list');
    for (const route of ['/requests/new', '/settings', '/import']) {
      await page.goto(`${app.serve.origin}/#${route}`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.getByTestId('deadline-summary').count()).toBe(0);
    }
    await page.goto(`${app.serve.origin}/#/`);
  });

  it('the dashboard shows the counts and the next deadlines; the tiles open the filtered list', async () => {
    const tiles = page.getByRole('list', { name: 'Requests at a glance' });
    const tile = (name: string) => tiles.getByRole('link', { name: new RegExp(`^${name}`) });
    await tile('Open requests').waitFor();
    expect(await tile('Open requests').locator('.insights-tile__value').textContent()).toBe('3');
    expect(await tile('Overdue').locator('.insights-tile__value').textContent()).toBe('1');
    // The week's coming work, not the overdue one (it has its own tile).
    expect(await tile('Due in the next 7 days').locator('.insights-tile__value').textContent()).toBe('1');
    expect(await tile('On time').locator('.insights-tile__value').textContent()).toBe('—');

    const next = page.getByRole('table', { name: 'The ten running requests with the nearest deadline' });
    const rows = next.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    // Nearest first: the overdue one, then the one due this week, then the new one.
    expect(await rows.nth(0).textContent()).toMatch(/Marie Dubois.*Erasure, Marketing opt-out.*Overdue/);
    expect(await rows.nth(1).textContent()).toMatch(/Jan Jansen.*Access.*Due soon/);
    expect(await rows.nth(2).textContent()).toMatch(/Piet de Vries.*Rectification.*On track/);
    expect(await rows.nth(0).getAttribute('class')).toContain('insights-urgency--overdue');

    // The chart has a text alternative per bar.
    expect(await page.getByTestId('monthly-chart').getByRole('link', { name: /: 1 Rectification$/ }).count()).toBe(1);

    await tile('Open requests').click();
    await expect.poll(() => page.url()).toMatch(/#\/requests\?open=1$/);
  });

  it('.eml: reads the message, shows the draft and creates the request with the chosen types', async () => {
    await page.goto(`${app.serve.origin}/#/import`);
    await page.getByRole('heading', { name: 'Import requests', level: 1 }).waitFor();

    // A file dropped anywhere on the page goes to the matching importer (here: the CSV one).
    const dropped = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return dt;
    }, CSV);
    const importPage = page.getByTestId('import-page');
    await importPage.dispatchEvent('dragenter', { dataTransfer: dropped });
    expect(await page.getByText('Drop the .csv or .eml file to read it').isVisible()).toBe(true);
    await importPage.dispatchEvent('drop', { dataTransfer: dropped });
    await expect.poll(() => page.getByTestId('import-counts').textContent(), { timeout: 15_000 }).toMatch(/of 4 lines\.$/);
    expect(await page.getByTestId('csv-source').textContent()).toBe('Checked: dropped.csv');
    expect(await page.getByText('Drop the .csv or .eml file to read it').count()).toBe(0);

    const emlPath = join(filesDir, 'access-request.eml');
    writeFileSync(emlPath, EML);
    await page.getByLabel('E-mail file (.eml)').setInputFiles(emlPath);
    const draft = page.getByTestId('eml-draft');
    await draft.waitFor({ timeout: 15_000 });
    expect(await draft.textContent()).toContain('sanne@example.nl');
    expect(await draft.textContent()).toContain('Verzoek om inzage / access request');
    expect(await draft.textContent()).toContain('Under Article 15 GDPR');
    // The type is recognised from the words ("inzage", "Article 15"), never "Other" by default.
    expect(await draft.getByLabel('Access', { exact: true }).isChecked()).toBe(true);
    expect(await draft.getByLabel('Other', { exact: true }).isChecked()).toBe(false);
    expect(await draft.getByTestId('eml-type-hint').textContent()).toBe('Ticked from the words of the message; check them.');
    await shoot('insights-06-eml-draft');
    await page.getByRole('button', { name: 'Create request from this e-mail' }).click();
    await expect.poll(() => page.url(), { timeout: 15_000 }).toMatch(/#\/requests\/DSR-\d{4}-\d{5}$/);
  });

  it('the dashboard counts the request made from the e-mail', async () => {
    await page.goto(`${app.serve.origin}/#/`);
    const open = page.getByRole('list', { name: 'Requests at a glance' }).getByRole('link', { name: /^Open requests/ });
    await expect.poll(() => open.locator('.insights-tile__value').textContent(), { timeout: 15_000 }).toBe('4');
    await shoot('insights-07-dashboard');
    // The chart's figures as a table, on a narrower window.
    await page.setViewportSize({ width: 960, height: 800 });
    await page.getByText('Show the figures as a table').click();
    const table = page.getByRole('table', { name: 'Requests received per month and type (last 12 months)' });
    expect(await table.getByRole('row').count()).toBe(13);
    await shoot('insights-08-dashboard-narrow');
    // Nothing on the dashboard makes the page wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(960);
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('a finished request leaves the deadline summary at once', async () => {
    // Withdrawing the overdue request takes it out of the line at once.
    await page.goto(`${app.serve.origin}/#/requests?overdue=1`);
    const lateLink = page.getByRole('link', { name: /^DSR-\d{4}-\d{5}$/ }).first();
    await lateLink.waitFor({ timeout: 15_000 });
    const lateRef = (await lateLink.textContent())!;
    const res = await page.evaluate(
      async (ref) => {
        const r = await fetch('/api/request.transition', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${sessionStorage.getItem('dpo.token')}` },
          body: JSON.stringify({ ref, action: 'withdraw' }),
        });
        return r.status;
      },
      lateRef,
    );
    expect(res).toBe(200);
    await page.goto(`${app.serve.origin}/#/`);
    await expect.poll(() => page.getByTestId('deadline-summary').textContent(), { timeout: 15_000 }).toBe('1 due this week — open the list');
  });

  it('made no request to any other origin and logged no console error', () => {
    expect(app.watched.foreignRequests).toEqual([]);
    expect(app.watched.consoleErrors).toEqual([]);
  });
});
