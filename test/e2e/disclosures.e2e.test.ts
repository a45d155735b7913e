// The disclosures register in Chromium over `dpo serve`: a police order recorded through the form
// for a subject with a pending access request shows on that request as withheld (until its date,
// with its ground), a partner disclosure as going into the access response; Art. 19 records per
// recipient; a correction keeps both versions; the list at 1024 px; statistics and their CSV;
// axe-core on every new screen. Screenshots go to SHOTS_DIR (default /tmp/shots-G).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppPage } from '../support/app-page';
import { addDays, formatDay, todayInZone } from '../../shared/dates';

const app = useAppPage({ name: 'disclosures', shots: '/tmp/shots-G' });
const { api, shoot, axeProblems, go } = app;
const today = todayInZone('Europe/Amsterdam');
const secretUntil = addDays(today, 90);
const SUBJECT = 'marit.jansen@example.nl';
let page: Page;
let ref = '';
let partnerUrl = '';

beforeAll(async () => {
  page = app.page;
  // A pending access request (with erasure, so Art. 19 applies) from the subject.
  const created = await api<{ ref: string }>('request.create', {
    types: ['access', 'erasure'],
    requester: { name: 'Marit Jansen', email: SUBJECT, relation: 'self' },
    channel: 'email',
    receivedDate: addDays(today, -3),
  });
  ref = created.ref;
}, 90_000);

describe('the disclosures register in Chromium', () => {
  it('the empty list says so and how to add one', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Disclosures' }).click();
    await page.getByRole('heading', { name: 'No disclosures recorded yet.' }).waitFor({ timeout: 15_000 });
    await page.getByText('with “Record a disclosure” above').waitFor();
    await shoot('G-01-empty-list-1024');
    expect(await axeProblems()).toEqual([]);
  });

  it('records a police order for the subject through the form: field errors first, then the order with its file', async () => {
    await page.getByRole('link', { name: 'Record a disclosure' }).first().click();
    await page.getByRole('heading', { name: 'Record a disclosure', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Record the disclosure' }).click();
    await page.getByText('Enter the recipient.').first().waitFor();
    await page.getByText('Choose at least one category of data.').waitFor();
    await page.getByText('Choose the legal ground').waitFor();
    expect(await axeProblems()).toEqual([]);

    await page.getByLabel('Name', { exact: true }).fill('Politie Eenheid Amsterdam');
    await page.getByLabel('Kind of recipient').selectOption('law-enforcement');
    await page.getByLabel('Country', { exact: true }).fill('NL');
    await page.getByLabel('Date', { exact: true }).fill(addDays(today, -5));
    await page.getByLabel('Legal ground', { exact: true }).selectOption('interception-order');
    await page.getByLabel('Order number or article of law').fill('Sv art. 126na, order 2026/0412');
    await page.getByRole('checkbox', { name: 'Identity' }).check();
    await page.getByRole('checkbox', { name: 'Logs and traffic data' }).check();
    await page.getByLabel('Requests', { exact: true }).fill('DSR-1999-00001');
    await page.getByLabel('May the subject be told?').selectOption('secret-until');
    await page.getByLabel('Not before').fill(secretUntil);
    // A secret without its ground is refused by field (GDPR Art. 23).
    await page.getByRole('button', { name: 'Record the disclosure' }).click();
    await page.getByText('Give the legal ground for keeping this from the subject').waitFor();
    await page.getByLabel('Legal ground for secrecy (GDPR Art. 23 and the national provision)').fill('gag clause in the order (Sv art. 126bb)');
    await page.getByLabel('The order or other documents').setInputFiles({ name: 'bevel-126na.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 order') });
    // The core knows no such request: its refusal shows beside the field, not as a form error.
    await page.getByRole('button', { name: 'Record the disclosure' }).click();
    await page.getByText('There is no request DSR-1999-00001.').waitFor();
    expect(await page.getByLabel('Requests', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Requests', { exact: true }).fill(ref);
    await shoot('G-02-form-police-order-1024');
    await page.getByLabel('Not before').press('Control+Enter');
    await page.waitForURL(/#\/disclosures\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.getByRole('heading', { name: /^D-\d{4}-\d{4} · Politie Eenheid Amsterdam$/ }).waitFor();
    expect(await page.getByTestId('disclosure-secrecy').textContent()).toContain(`Not until ${formatDay(secretUntil)}`);
    await page.getByText('bevel-126na.pdf').waitFor();
    // A long label (the Art. 4(9) one) never squeezes the values into a one-letter column.
    for (const dd of await page.locator('section[aria-labelledby="what-title"] .kv dd').all()) expect((await dd.boundingBox())!.width).toBeGreaterThan(120);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy of bevel-126na.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('bevel-126na.pdf');
    await shoot('G-03-detail-police-order-1024');
  });

  it('records a partner disclosure with a recurring flow', async () => {
    await go('#/disclosures/new', () => page.getByRole('heading', { name: 'Record a disclosure', level: 1 }).waitFor());
    await page.getByLabel('Name', { exact: true }).fill('Acme Partners B.V.');
    await page.getByLabel('Kind of recipient').selectOption('partner');
    await page.getByLabel('Date', { exact: true }).fill(addDays(today, -2));
    await page.getByLabel('Legal ground', { exact: true }).selectOption('contract');
    await page.getByRole('checkbox', { name: 'Contact details' }).check();
    await page.getByLabel('E-mail addresses').fill(SUBJECT);
    await page.getByRole('checkbox', { name: 'A recurring flow rather than a one-off' }).check();
    await page.getByLabel('How often').selectOption('weekly');
    await page.getByRole('button', { name: 'Record the disclosure' }).click();
    await page.waitForURL(/#\/disclosures\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    partnerUrl = page.url();
    await page.getByRole('heading', { name: 'Recurring flow' }).waitFor();
    expect(await page.getByTestId('disclosure-secrecy').textContent()).toContain('Yes');
  });

  it('the request page marks the police order withheld (until, because) and the partner disclosure shown', async () => {
    await go(`#/requests/${ref}`, () => page.getByRole('heading', { name: 'Who received this person’s data' }).waitFor({ timeout: 15_000 }));
    const view = page.getByTestId('subject-disclosures');
    await expect.poll(() => view.getByTestId('subject-disclosure').count()).toBe(2);
    const police = view.getByTestId('subject-disclosure').filter({ hasText: 'Politie Eenheid Amsterdam' });
    expect(await police.getByTestId('disclosure-withheld').textContent()).toBe(`Withheld until ${formatDay(secretUntil)}, because gag clause in the order (Sv art. 126bb)`);
    expect(await police.getByTestId('disclosure-shown').count()).toBe(0);
    const partner = view.getByTestId('subject-disclosure').filter({ hasText: 'Acme Partners B.V.' });
    expect(await partner.getByTestId('disclosure-shown').textContent()).toBe('Will appear in the access response');
    expect(await partner.getByTestId('disclosure-withheld').count()).toBe(0);
    // Art. 19: both recipients are listed; the police one with the warning not to name it.
    await page.getByText('do not tell the subject who it is before then').waitFor();
    const form = page.getByRole('form', { name: 'Art. 19 record for Acme Partners B.V.' });
    await form.getByLabel('Outcome').selectOption('impossible');
    await form.getByRole('button', { name: 'Record for this recipient' }).click();
    await form.getByText('Say why telling this recipient is impossible or disproportionate').waitFor();
    await form.getByLabel('Outcome').selectOption('notified');
    await form.getByRole('button', { name: 'Record for this recipient' }).click();
    await form.waitFor({ state: 'detached' });
    await page.getByText(`Notified ${formatDay(today)}`).waitFor();
    expect(await page.getByRole('form', { name: 'Art. 19 record for Politie Eenheid Amsterdam' }).count()).toBe(1);
    for (const width of [1024, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      await shoot(`G-04-request-page-${width}`);
    }
    await page.setViewportSize({ width: 1024, height: 900 });
    expect(await axeProblems()).toEqual([]);
  });

  it('a correction is a new version; the detail shows both', async () => {
    await page.goto(partnerUrl);
    await page.getByRole('link', { name: 'Correct', exact: true }).click();
    await page.getByRole('heading', { name: /^Correct D-/ }).waitFor();
    await page.getByLabel('Order number or article of law').fill('Partner agreement 2025-17');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('Say what was corrected and why.').waitFor();
    expect(await axeProblems()).toEqual([]);
    await page.getByLabel('What was corrected, and why').fill('The agreement number was missing.');
    // The signed agreement came later: the correction attaches it like the add form does.
    await page.getByLabel('Add the order or other documents').setInputFiles({ name: 'agreement-2025-17.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 agreement') });
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.waitForURL(partnerUrl, { timeout: 15_000 });
    await page.getByRole('button', { name: 'Save a copy of agreement-2025-17.pdf' }).waitFor();
    const versions = page.getByTestId('disclosure-versions');
    await versions.getByText('Version 2').waitFor();
    await versions.getByText('Version 1').waitFor();
    await versions.getByText('The agreement number was missing.').waitFor();
    await shoot('G-05-detail-corrected-1024');
    expect(await axeProblems()).toEqual([]);
  });

  for (const width of [1024, 1600]) {
    it(`the list at ${width} px keeps reference, date, recipient and secrecy on screen; the filters work`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await go('#/disclosures', () => page.getByTestId('disclosure-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 }));
      const grid = page.getByTestId('disclosure-rows');
      for (const heading of ['Reference', 'Date', 'Recipient', 'May the subject be told?']) {
        const box = await grid.getByRole('columnheader', { name: heading }).boundingBox();
        expect(box, heading).not.toBeNull();
        expect(box!.x + box!.width, heading).toBeLessThanOrEqual(width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      expect(await grid.getByRole('row').count()).toBe(3);
      await shoot(`G-06-list-${width}`);
      if (width === 1024) {
        expect(await axeProblems()).toEqual([]);
        // Clicked, not check(): the box is checked once the URL has changed and the list re-read it.
        await page.getByRole('checkbox', { name: 'Secret now' }).click();
        await expect.poll(() => page.getByRole('checkbox', { name: 'Secret now' }).isChecked()).toBe(true);
        await expect.poll(() => grid.getByRole('row').count()).toBe(2);
        expect(page.url()).toMatch(/secret=1/);
        await grid.getByText('Politie Eenheid Amsterdam').waitFor();
        await page.getByRole('button', { name: 'Clear filters' }).click();
        await page.getByLabel('Subject (e-mail or customer number)').fill('nobody@example.nl');
        await page.getByRole('heading', { name: 'Nothing matches these filters.' }).waitFor();
        // The subject never enters the URL (it would land in the browser's history on disk).
        expect(page.url()).not.toContain('nobody');
        await page.getByRole('button', { name: 'Clear filters' }).click();
        await grid.getByRole('gridcell').first().waitFor();
      }
    });
  }

  it('recipients directory and transparency statistics (table, chart, CSV)', async () => {
    await page.setViewportSize({ width: 1024, height: 900 });
    await go('#/disclosures/recipients', () => page.getByTestId('recipients-table').waitFor({ timeout: 15_000 }));
    expect(await page.getByTestId('recipients-table').getByRole('row').count()).toBe(3);
    expect(await axeProblems()).toEqual([]);
    await shoot('G-07-recipients-1024');
    // A directory entry is corrected in place on the directory: a new version with its reason.
    await page.getByRole('button', { name: 'Correct Acme Partners B.V.' }).click();
    const form = page.getByRole('form', { name: 'Correct Acme Partners B.V.' });
    await form.getByLabel('Contact').fill('privacy@acme-partners.example');
    await form.getByLabel('Outside the EEA').check();
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await form.getByText('Say what was corrected and why.').waitFor();
    await form.getByText('A recipient in a third country needs its transfer safeguard (GDPR Art. 44-49).').waitFor();
    expect(await axeProblems()).toEqual([]);
    await form.getByLabel('Transfer safeguard').selectOption('sccs');
    await form.getByLabel('What was corrected, and why').fill('Their privacy desk took over; data goes to their US office.');
    await shoot('G-07b-recipient-correct-1024');
    await form.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByRole('status').getByText('Acme Partners B.V. saved as version 2.').waitFor({ timeout: 15_000 });
    await page.getByTestId('recipients-table').getByText('privacy@acme-partners.example').waitFor();
    await page.getByRole('button', { name: 'Correct Acme Partners B.V.' }).click();
    await page.getByTestId('recipient-versions').getByText('Their privacy desk took over; data goes to their US office.').waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    // A name opens what went to that recipient: the list filtered by its id (never its name in the URL).
    await page.getByRole('link', { name: 'Acme Partners B.V.' }).click();
    await expect.poll(() => page.getByTestId('disclosure-rows').getByRole('row').count()).toBe(2);
    expect(await page.getByTestId('recipient-filter').textContent()).toBe('Recipient: Acme Partners B.V.');
    expect(page.url()).toMatch(/recipient=[0-9a-f-]{36}/);
    expect(page.url()).not.toContain('Acme');
    await go('#/disclosures/stats', () => page.getByTestId('stats-table').waitFor({ timeout: 15_000 }));
    const total = page.getByTestId('stats-table').getByRole('row', { name: /^Total/ });
    expect((await total.getByRole('cell').allTextContents()).slice(0, 1)).toEqual(['2']);
    await page.getByTestId('stats-chart').waitFor();
    expect(await axeProblems()).toEqual([]);
    for (const width of [1024, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      await shoot(`G-08-stats-${width}`);
    }
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export (CSV)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  });

  it('a secrecy that has ended is a reminder, and the disclosure is then shown to the subject', async () => {
    await api('disclosure.add', {
      recipient: { name: 'Openbaar Ministerie', kind: 'law-enforcement' },
      date: addDays(today, -40),
      ground: 'court-order',
      categories: ['identity'],
      subjects: { emails: [SUBJECT] },
      secrecy: { decision: 'secret-until', until: addDays(today, -1), ground: 'court order, secrecy for 38 days' },
    });
    // Added through the API, not a screen that would invalidate: reload to read afresh. The
    // reminder shows on the dashboard (beside the deadline summary) and on the disclosures list.
    await page.reload();
    for (const hash of ['#/', '#/disclosures']) {
      await go(hash, () => page.getByTestId('secrecy-reminders').waitFor({ timeout: 20_000 }));
      expect(await page.getByTestId('secrecy-reminders').textContent()).toContain(`secrecy ended on ${formatDay(addDays(today, -1))}; the subject may now be told.`);
      expect(await axeProblems()).toEqual([]);
    }
    await page.setViewportSize({ width: 1024, height: 900 });
    await shoot('G-09-secrecy-reminder-1024');
    await go(`#/requests/${ref}`, () => page.getByRole('heading', { name: 'Who received this person’s data' }).waitFor({ timeout: 15_000 }));
    const om = page.getByTestId('subject-disclosure').filter({ hasText: 'Openbaar Ministerie' });
    await om.waitFor();
    expect(await om.getByTestId('disclosure-shown').textContent()).toBe('Will appear in the access response');
    // The list agrees: from the end date on, the secrecy reads as ended.
    await go('#/disclosures', () => page.getByTestId('disclosure-rows').getByText('Openbaar Ministerie').waitFor({ timeout: 15_000 }));
    const row = page.getByTestId('disclosure-rows').getByRole('row').filter({ hasText: 'Openbaar Ministerie' });
    expect(await row.getByText(`Yes, from ${formatDay(addDays(today, -1))}`).count()).toBe(1);
    // And the badge fits its cell at 1024 px (the grid cuts what overflows).
    const badge = (await row.getByText(`Yes, from ${formatDay(addDays(today, -1))}`).boundingBox())!;
    const grid = (await page.getByTestId('disclosure-rows').boundingBox())!;
    expect(badge.x + badge.width).toBeLessThanOrEqual(grid.x + grid.width - 8);
  });

  it('in Dutch: the request page and the list speak Dutch, dates included', async () => {
    await api('settings.update', { language: 'nl' });
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.reload();
    await go(`#/requests/${ref}`, () => page.getByRole('heading', { name: 'Wie de gegevens van deze persoon heeft ontvangen' }).waitFor({ timeout: 20_000 }));
    const police = page.getByTestId('subject-disclosure').filter({ hasText: 'Politie Eenheid Amsterdam' });
    expect(await police.getByTestId('disclosure-withheld').textContent()).toBe(
      `Niet gemeld tot ${formatDay(secretUntil, { locale: 'nl-NL' })}, omdat gag clause in the order (Sv art. 126bb)`,
    );
    await page.getByTestId('subject-disclosure').filter({ hasText: 'Acme Partners B.V.' }).getByText('Komt in het antwoord op het inzageverzoek').waitFor();
    await page.getByText('Uit het register van verstrekkingen: elke ontvanger').waitFor();
    await shoot('G-10-request-page-nl-1024');
    await go('#/disclosures', () => page.getByTestId('disclosure-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 }));
    await page.getByRole('heading', { name: 'Verstrekkingen', level: 1 }).waitFor();
    await page.getByRole('columnheader', { name: 'Mag de betrokkene het weten?' }).waitFor();
    expect(await axeProblems()).toEqual([]);
    await shoot('G-11-list-nl-1024');
    await api('settings.update', { language: 'en' });
  });

  it('no console errors and no request left the machine', () => {
    expect(app.watched.consoleErrors).toEqual([]);
    expect(app.watched.foreignRequests).toEqual([]);
  });
});
