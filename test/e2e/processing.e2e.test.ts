// Records of processing in Chromium over `dpo serve`: the empty record offers the example from
// the privacy policy and shows each field's source sentence; an activity created through the form,
// edited, shows two versions and the activity as it stood on a chosen date; the dashboard names
// the activities whose review is due; the list at 1024 px; axe-core on every new screen.
// Screenshots go to SHOTS_DIR (default /tmp/shots-K).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useAppPage, type AppPage } from '../support/app-page';
import { addDays, formatDay, todayInZone } from '../../shared/dates';

const app = useAppPage({ name: 'processing', shots: '/tmp/shots-K' });
const { api, shoot, axeProblems, go } = app;
const today = todayInZone('Europe/Amsterdam');
let page: Page;
let watched: AppPage['watched'];

beforeAll(async () => {
  page = app.page;
  watched = app.watched;
  // A directory entry in the disclosures register, for the form to link by name.
  await api('disclosure.add', { recipient: { name: 'Zendesk Inc.', kind: 'processor', country: 'US', thirdCountry: true, safeguard: 'sccs' }, date: addDays(today, -3), ground: 'contract', categories: ['contact'], subjects: { bulkCount: 12 } });
}, 90_000);

describe('records of processing in Chromium', () => {
  it('the empty record offers the example from the privacy policy; loaded, each field shows its source', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Records of processing' }).click();
    await page.getByRole('heading', { name: 'No processing activities recorded yet.' }).waitFor({ timeout: 15_000 });
    await shoot('K-01-empty-record-1024');
    expect(await axeProblems()).toEqual([]);
    await page.getByRole('button', { name: 'Load the example record' }).click();
    const rows = page.getByTestId('processing-rows');
    await rows.getByText('Website usage, cookies and pixel tags').waitFor({ timeout: 15_000 });
    await page.getByText('7 activities').waitFor();
    await shoot('K-02-list-example-1024');
    expect(await axeProblems()).toEqual([]);
    await rows.getByText('Website usage, cookies and pixel tags').click();
    await page.getByRole('heading', { name: 'PA-004 · Website usage, cookies and pixel tags' }).waitFor({ timeout: 15_000 });
    const content = page.getByTestId('processing-content');
    await content.getByText('through use of pixel tags.').first().waitFor();
    // Retention: the policy says nothing, and the page says so instead of inventing a period; an
    // access response will not answer from it until the DPO changes or confirms it.
    expect(await content.getByText(/^Still to complete: the privacy policy says nothing about this/).count()).toBeGreaterThan(0);
    await shoot('K-03-example-activity-1024');
    expect(await axeProblems()).toEqual([]);
    const stillToComplete = () => content.getByText(/^Still to complete/).count();
    const before = await stillToComplete();

    // The DPO confirms "no transfers" as it stands: that field leaves the list, the others stay.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit PA-004' }).waitFor();
    await page.getByRole('group', { name: 'From the example record: still to complete' }).waitFor();
    await page.getByLabel('Confirmed as it stands: Transfers to third countries').check();
    await shoot('K-03b-confirm-example-field-1024');
    expect(await axeProblems()).toEqual([]);
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.getByRole('heading', { name: 'PA-004 · Website usage, cookies and pixel tags' }).waitFor({ timeout: 15_000 });
    await content.getByText('through use of pixel tags.').first().waitFor();
    await expect.poll(stillToComplete).toBe(before - 1);
  });

  it('creates an activity through the form (field errors first), edits it, and shows two versions', async () => {
    await go('#/processing/new', () => page.getByRole('heading', { name: 'Add an activity', level: 1 }).waitFor());
    await page.getByRole('button', { name: 'Save the activity' }).click();
    await page.getByText('Name the processing activity.').waitFor();
    await page.getByText('Give at least one purpose (GDPR Art. 30(1)(b)).').waitFor();
    await page.getByText('Choose at least one category of data subjects').waitFor();
    expect(await axeProblems()).toEqual([]);

    await page.getByLabel('Name of the activity').fill('Support desk tickets');
    await page.getByLabel('Purposes', { exact: true }).fill('Answering customers’ questions\nImproving the service');
    await page.getByLabel('Legal basis').selectOption('legitimate-interest');
    await page.getByRole('checkbox', { name: 'Customers', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Contact details' }).check();
    await page.getByRole('checkbox', { name: 'Content of communications' }).check();
    // A transfer is a row of its own; one without its safeguard is refused at that row (GDPR Art. 44).
    await page.getByRole('button', { name: 'Add a transfer' }).click();
    await page.getByLabel('Country (transfer 1)').fill('US');
    await page.getByLabel('Note (transfer 1)').fill('ticketing system');
    await page.getByLabel('Named recipients (from the recipients directory)').selectOption({ label: 'Zendesk Inc. (Processor)' });
    await page.getByLabel('Retention period or criteria').fill('Two years after the ticket is closed.');
    await page.getByRole('checkbox', { name: 'From the data subject' }).check();
    // Legitimate interest without its balancing note is refused by field too (GDPR Art. 6(1)(f)).
    await page.getByRole('button', { name: 'Save the activity' }).click();
    await page.getByText('Choose the transfer safeguard').waitFor();
    expect(await page.getByLabel('Safeguard (transfer 1)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Safeguard (transfer 1)').selectOption('sccs');
    await page.getByRole('button', { name: 'Save the activity' }).click();
    await page.getByText('Legitimate interest needs its balancing note').waitFor();
    await page.getByLabel('Balancing of interests').fill('Customers expect an answer; tickets hold only what they send us.');
    await page.getByLabel('Owner').fill('Head of support');
    await shoot('K-04-form-1024');
    await page.getByLabel('Owner').press('Control+Enter');
    await page.waitForURL(/#\/processing\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.getByRole('heading', { name: 'PA-008 · Support desk tickets' }).waitFor();
    await page.getByTestId('processing-content').getByText('Two years after the ticket is closed.').waitFor();
    // The named recipient links to the disclosures that went to it.
    expect(await page.getByTestId('processing-content').getByRole('link', { name: 'Zendesk Inc.' }).getAttribute('href')).toMatch(/#\/disclosures\?recipient=[0-9a-f-]{36}$/);
    expect(await page.getByTestId('processing-versions').locator('li').count()).toBe(1);

    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit PA-008' }).waitFor();
    await page.getByLabel('Retention period or criteria').fill('One year after the ticket is closed.');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await page.waitForURL(/#\/processing\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    const versions = page.getByTestId('processing-versions');
    await versions.getByText('Version 2', { exact: false }).waitFor();
    expect(await versions.locator('li').count()).toBe(2);
    await page.getByTestId('processing-content').getByText('One year after the ticket is closed.').waitFor();
    // As it stood yesterday: not yet in the record; today: version 2.
    await page.getByLabel('Show the activity as it stood on').fill(addDays(today, -1));
    await page.getByTestId('processing-asof').getByText(`On ${formatDay(addDays(today, -1))} this activity was not in the record.`).waitFor();
    await page.getByLabel('Show the activity as it stood on').fill(today);
    await page.getByTestId('processing-asof').getByText(`As it stood on ${formatDay(today)}: version 2.`).waitFor();
    await shoot('K-05-activity-two-versions-1024');
    expect(await axeProblems()).toEqual([]);
  });

  it('records processing done for a customer (Art. 30(2)) through the same form', async () => {
    await go('#/processing/new', () => page.getByRole('heading', { name: 'Add an activity', level: 1 }).waitFor());
    await page.getByLabel('Kind of record').selectOption('processor');
    await page.getByLabel('Name of the activity').fill('Managed hosting');
    await page.getByRole('button', { name: 'Save the activity' }).click();
    await page.getByText('Name the controller (the customer).').waitFor();
    await page.getByText('Give at least one category of processing (GDPR Art. 30(2)(b)).').waitFor();
    await page.getByLabel('Controller (the customer)').fill('Webshop Jansen B.V.');
    await page.getByLabel('Categories of processing', { exact: true }).fill('Storage of the web shop database\nNightly backups');
    await page.getByLabel('Sub-processors').fill('Datacenter Noord BV, NL');
    await page.getByRole('button', { name: 'Save the activity' }).click();
    await page.getByRole('heading', { name: 'PA-009 · Managed hosting' }).waitFor({ timeout: 15_000 });
    const content = page.getByTestId('processing-content');
    await content.getByText('Webshop Jansen B.V.').waitFor();
    await content.getByText('Datacenter Noord BV (NL)').waitFor();
    expect(await axeProblems()).toEqual([]);
    await go('#/processing?kind=processor', () => page.getByTestId('processing-rows').getByText('Managed hosting').waitFor({ timeout: 15_000 }));
    await page.getByText('1 activity ·').waitFor();
  });

  it('exports the record as it stood on a date as CSV', async () => {
    await go('#/processing', () => page.getByTestId('processing-rows').getByText('Support desk tickets').waitFor({ timeout: 15_000 }));
    await page.getByLabel('The record as it stood on').fill(addDays(today, -1));
    let download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    let file = await download;
    expect(file.suggestedFilename()).toBe(`record-of-processing-${addDays(today, -1)}.csv`);
    expect(readFileSync((await file.path())!, 'utf8').trim().split('\r\n')).toHaveLength(1);
    await page.getByLabel('The record as it stood on').fill(today);
    download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    file = await download;
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv).toContain('PA-008,controller,Support desk tickets,');
    expect(csv).toContain('One year after the ticket is closed.');
    expect(csv).toContain('Zendesk Inc.');
    await shoot('K-07-list-with-export-1024');
  });

  it('the dashboard names the activities whose review is due; marking one reviewed takes it off', async () => {
    await go('#/', () => page.getByTestId('processing-review-due').waitFor({ timeout: 15_000 }));
    const card = page.getByTestId('processing-review-due');
    await card.getByText('9 activities have not been reviewed in the last 12 months').waitFor();
    await shoot('K-06-dashboard-review-due-1024');
    await card.getByRole('link', { name: /PA-001/ }).click();
    await page.getByRole('button', { name: 'Mark as reviewed today' }).click();
    await page.getByText(`Last reviewed on: ${formatDay(today, { today })}`).waitFor({ timeout: 15_000 });
    await go('#/', () => page.getByTestId('processing-review-due').getByText('8 activities have not been reviewed').waitFor({ timeout: 15_000 }));
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });

  it('speaks Dutch when the language is Dutch', async () => {
    await api('settings.update', { language: 'nl' });
    await page.reload();
    await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Verwerkingsregister' }).click();
    await page.getByRole('heading', { name: 'Verwerkingsregister', level: 1 }).waitFor({ timeout: 15_000 });
    await page.getByText('9 activiteiten').waitFor();
    await shoot('K-08-list-nl-1024');
    await page.getByTestId('processing-rows').getByText('Customer logs').click();
    await page.getByRole('heading', { name: 'PA-003 · Customer logs' }).waitFor({ timeout: 15_000 });
    await page.getByText('Bron in de privacyverklaring:').first().waitFor();
    await shoot('K-09-activity-nl-1024');
    expect(await axeProblems()).toEqual([]);
    await api('settings.update', { language: 'en' });
  });
});
