// The UI in English and in Dutch, end to end: dpo serve + Chromium on a fresh data folder. The
// language is chosen in Settings; the dashboard, the request list and the request page then
// speak Dutch, with Dutch dates ("di 7 apr 2026 (over 5 dagen)"), and <html lang> follows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, formatDay, todayInZone } from '../../shared/dates';
import { computeDeadline } from '../../shared/deadlines';
import { LOCALES } from '../../shared/i18n';
import { useAppPage } from '../support/app-page';
import { createVaultThroughUi } from '../support/browser';
import { PASSPHRASE } from '../support/temp';

// The test goes through the first-run screens itself; no axe here, so the page keeps its
// Content-Security-Policy.
const app = useAppPage({ name: 'i18n', shots: join('test-results', 'screens'), viewport: { width: 1280, height: 860 }, axe: false, vault: false });
const { shoot } = app;
let page: Page;
const filesDir = mkdtempSync(join(tmpdir(), 'dpo-e2e-i18n-files-'));
const today = todayInZone('Europe/Amsterdam');

const CSV = [
  'type,name,email,received,channel,customer_id,notes',
  `access,Jan Jansen,jan@example.nl,${addDays(today, -26)},email,C-1001,`,
  `erasure+marketing-optout,Marie Dubois,marie@example.fr,${addDays(today, -40)},live-chat,,`,
  `rectification,Piet de Vries,piet@example.nl,${today},phone,C-1003,`,
].join('\n');

/** Text a screen must never show: an unresolved catalog entry or a stringified value. */
async function expectNoRawText(): Promise<void> {
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/undefined|\[object |NaN|function \(|=>/);
}

/** Nothing on the page is wider than the window (long Dutch words must wrap, not overflow). */
async function expectNoHorizontalOverflow(): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

beforeAll(() => {
  page = app.page;
});

afterAll(async () => {
  rmSync(filesDir, { recursive: true, force: true });
});

describe('English and Dutch (dpo serve + Chromium)', () => {
  it('starts in English, with English dates', async () => {
    await page.goto(app.serve.url);
    await createVaultThroughUi(page, PASSPHRASE);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.getByRole('link', { name: 'Import requests' }).click();
    const csvPath = join(filesDir, 'requests.csv');
    writeFileSync(csvPath, CSV);
    await page.getByLabel('CSV file').setInputFiles(csvPath);
    await expect.poll(() => page.getByTestId('import-counts').textContent(), { timeout: 15_000 }).toBe('3 valid, 0 rejected, of 3 lines.');
    await page.getByRole('button', { name: 'Import 3 valid rows' }).click();
    await page.getByTestId('import-result').getByText('3 requests imported.').waitFor({ timeout: 15_000 });

    await page.goto(`${app.serve.origin}/#/`);
    const next = page.getByRole('table', { name: 'The ten running requests with the nearest deadline' });
    await next.waitFor();
    expect(await next.locator('tbody tr').nth(1).textContent()).toMatch(/Jan Jansen.*Access.*Due soon/);
    await shoot('i18n-01-dashboard-en');
  });

  it('Settings → Language → Nederlands: the whole frame switches to Dutch at once', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByLabel('Language').selectOption({ label: 'Nederlands' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
    await page.getByRole('heading', { name: 'Instellingen', level: 1 }).waitFor();
    expect(await page.getByLabel('Taal').inputValue()).toBe('nl');
    expect(await page.getByLabel('Standaardwet voor nieuwe verzoeken').locator('option:checked').textContent()).toBe('AVG');
    await expectNoRawText();
    await expectNoHorizontalOverflow();
    await shoot('i18n-02-settings-nl');
  });

  it('the dashboard shows Dutch labels and Dutch dates', async () => {
    await page.getByRole('link', { name: 'Overzicht' }).click();
    const tiles = page.getByRole('list', { name: 'Verzoeken in één oogopslag' });
    await tiles.getByRole('link', { name: /^Openstaande verzoeken/ }).waitFor();
    expect(await tiles.getByRole('link', { name: /^Openstaande verzoeken/ }).locator('.insights-tile__value').textContent()).toBe('3');

    const next = page.getByRole('table', { name: 'De tien lopende verzoeken met de dichtstbijzijnde termijn' });
    const jan = next.locator('tbody tr').nth(1);
    expect(await jan.textContent()).toMatch(/Jan Jansen.*Inzage.*Binnenkort/);
    expect(await next.locator('tbody tr').nth(0).textContent()).toMatch(/Marie Dubois.*Gegevenswissing, Afmelding direct marketing.*Verstreken/);
    // The date cell is exactly what the shared formatter writes in Dutch: "di 7 apr 2026 (over 4 dagen)".
    const janDue = computeDeadline({ regime: 'gdpr', country: 'NL', received: addDays(today, -26) }).due;
    const dueCell = await jan.locator('td').first().textContent();
    expect(dueCell).toBe(formatDay(janDue, { locale: LOCALES.nl, today }));
    expect(dueCell).toMatch(/^(ma|di|wo|do|vr|za|zo) \d{1,2} [a-z]{3,4} \d{4} \((over \d+ dagen|morgen|overmorgen|vandaag)\)$/);

    const summary = page.getByTestId('deadline-summary');
    await summary.waitFor({ timeout: 15_000 });
    expect(await summary.textContent()).toMatch(/^1 termijn verstreken · \d+ termijn verloopt deze week — open de lijst$/);
    expect(await page.getByRole('heading', { name: 'Termijncalculator' }).isVisible()).toBe(true);
    const calculated = computeDeadline({ regime: 'gdpr', country: 'NL', received: today, asOf: today }).due;
    expect(await page.getByTestId('deadline-due').textContent()).toBe(formatDay(calculated, { locale: LOCALES.nl, today }));
    await expectNoRawText();
    await expectNoHorizontalOverflow();
    await shoot('i18n-03-dashboard-nl');
  });

  it('the request list and a request speak Dutch', async () => {
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Verzoeken' }).click();
    await page.getByRole('heading', { name: 'Verzoeken', level: 1 }).waitFor();
    const rows = page.getByTestId('request-rows');
    // Data rows only: the grid's first row is its headings.
    await expect.poll(() => rows.getByRole('row').filter({ has: page.getByRole('gridcell') }).count(), { timeout: 15_000 }).toBe(3);
    expect(await page.getByRole('columnheader', { name: 'Kenmerk' }).count()).toBe(1);
    const piet = rows.getByRole('row', { name: /Piet de Vries/ });
    expect(await piet.textContent()).toContain('Rectificatie');
    expect(await piet.textContent()).toContain('Ontvangen');
    expect(await piet.locator('.col-received').textContent()).toBe(formatDay(today, { locale: LOCALES.nl }));
    await expectNoRawText();
    await expectNoHorizontalOverflow();
    await shoot('i18n-04-requests-nl');

    await piet.click();
    await page.getByRole('heading', { name: 'Volgende stappen' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('button', { name: 'In behandeling nemen' }).count()).toBe(1);
    // The working of the deadline, written from the engine's codes in Dutch.
    await page.getByText('Hoe dit is berekend').click();
    const working = page.locator('ol.explanation li');
    const pietDue = computeDeadline({ regime: 'gdpr', country: 'NL', received: today });
    expect(await working.first().textContent()).toMatch(new RegExp(`^ontvangen ${formatDay(today, { locale: LOCALES.nl })} · één maand → `));
    expect(await working.first().textContent()).toContain(formatDay(pietDue.due, { locale: LOCALES.nl }));
    const all = await working.allTextContents();
    expect(all.filter((l) => /^(Verlenging|Interne streefdatum): ontvangen /.test(l))).toHaveLength(2);
    // The timeline entry was stored as a code with parameters and reads in Dutch.
    const entry = page.locator('.timeline__entry').last();
    expect(await entry.locator('.timeline__text').textContent()).toBe(`Verzoek ontvangen via Telefoon; termijn ${formatDay(pietDue.effectiveDue, { locale: LOCALES.nl })}`);
    expect(await entry.locator('.timeline__meta').textContent()).toContain('geïmporteerd');
    await expectNoRawText();
    await expectNoHorizontalOverflow();
    await shoot('i18n-05-request-nl');
  });

  it('the other screens are Dutch too, without raw text or overflow; the lock screen stays Dutch', async () => {
    const screens: Array<[string, string, string]> = [
      ['#/requests/new', 'Nieuw verzoek', 'i18n-07-new-request-nl'],
      ['#/import', 'Verzoeken importeren', 'i18n-08-import-nl'],
      ['#/audit', 'Audittrail', 'i18n-09-audit-nl'],
      ['#/policies', 'Privacyverklaring', 'i18n-11-policies-nl'],
      ['#/policies/new', 'Versie van de privacyverklaring importeren', 'i18n-12-policy-import-nl'],
      ['#/breaches', 'Register van datalekken', 'i18n-13-breaches-nl'],
      ['#/breaches/new', 'Datalek vastleggen', 'i18n-14-new-breach-nl'],
      ['#/processing', 'Verwerkingsregister', 'i18n-15-processing-nl'],
      ['#/processing/new', 'Activiteit toevoegen', 'i18n-16-new-activity-nl'],
    ];
    for (const [hash, heading, shot] of screens) {
      await page.goto(`${app.serve.origin}/${hash}`);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor({ timeout: 15_000 });
      await expectNoRawText();
      await expectNoHorizontalOverflow();
      await shoot(shot);
    }
    await page.getByRole('button', { name: 'Nu vergrendelen' }).click();
    await page.getByRole('heading', { name: 'DPO Workbench ontgrendelen' }).waitFor({ timeout: 15_000 });
    await shoot('i18n-10-unlock-nl');
    await page.getByLabel('Wachtwoordzin', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Ontgrendelen', exact: true }).click();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor({ timeout: 20_000 });
  });

  it('Dutch survives a reload, and switching back to English works', async () => {
    await page.reload();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).waitFor({ timeout: 15_000 });
    await page.getByRole('link', { name: 'Instellingen' }).click();
    await page.getByLabel('Taal').selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 15_000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('link', { name: 'Requests', exact: true }).click();
    await expect.poll(() => page.getByTestId('request-rows').getByRole('row').filter({ has: page.getByRole('gridcell') }).count(), { timeout: 15_000 }).toBe(3);
    expect(await page.getByTestId('request-rows').getByRole('row', { name: /Piet de Vries/ }).textContent()).toContain('Rectification');
    await shoot('i18n-06-requests-en');
  });

  it('made no request to any other origin and logged no console error', () => {
    expect(app.watched.foreignRequests).toEqual([]);
    expect(app.watched.consoleErrors).toEqual([]);
  });
});
