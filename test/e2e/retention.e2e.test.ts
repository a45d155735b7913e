// Retention in the browser: the dashboard names what becomes due for purging in the next 30
// days, and Settings shows the rule for every record kind with its legal reasoning, in English
// and in Dutch. dpo serve + Chromium on a fresh data folder; the request is recorded with the CLI.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { addDays, todayInZone } from '../../shared/dates';
import { addMonthsClamped } from '../../shared/dates/iso';
import { useAppPage } from '../support/app-page';
import { dpo, dpoJson } from '../support/cli';

// No axe here, so the page keeps its Content-Security-Policy.
const app = useAppPage({ name: 'retention', shots: join('test-results', 'screens'), viewport: { width: 1280, height: 860 }, axe: false });
const { dataDir, shoot } = app;
let page: Page;
const day = (days: number) => addDays(todayInZone('Europe/Amsterdam'), days);

beforeAll(() => {
  page = app.page;
});

describe('retention (dpo serve + Chromium)', () => {
  it('the dashboard lists a request that becomes due for purging within 30 days; Settings shows every rule with its reasoning', async () => {
    // Withdrawn 24 months less 10 days ago: under the default rule it is purged in 10 days.
    const withdrawnOn = addMonthsClamped(day(10), -24);
    const { ref } = dpoJson<{ ref: string }>(['request', 'add', '--type', 'access', '--name', 'Wim Withdrawn', '--email', 'wim@example.nl', '--received', addDays(withdrawnOn, -3), '--data-dir', dataDir]);
    const withdrawn = dpo(['request', 'withdraw', ref, '--on', withdrawnOn, '--data-dir', dataDir]);
    expect(withdrawn.code, withdrawn.stderr).toBe(0);

    await page.reload();
    const card = page.getByTestId('retention-due');
    await card.getByRole('heading', { name: 'Due for purging in the next 30 days' }).waitFor();
    await expect.poll(() => card.textContent()).toContain(`${ref}: purged from`);
    await shoot('retention-01-dashboard');

    await page.getByRole('link', { name: 'Settings' }).click();
    const rules = page.getByTestId('retention-rules');
    await rules.getByRole('heading', { name: 'Retention' }).waitFor();
    expect(await rules.getByRole('row', { name: /^Finished requests/ }).textContent()).toMatch(/24 months.*GDPR Art\. 77/);
    expect(await rules.getByRole('row', { name: /^ID documents/ }).textContent()).toMatch(/0 months.*Art\. 5\(1\)\(c\)/);
    expect(await rules.getByRole('row', { name: /^Policy revisions/ }).textContent()).toContain('kept until the DPO decides');
    await shoot('retention-02-settings');
  }, 90_000);

  it('the purge screen: reached from the dashboard, lists what is due by kind and the holds, and erases after a confirmation that names it', async () => {
    // Two requests withdrawn 24 months and 5 days ago: due under the default rule. One goes on hold.
    const withdrawnOn = addMonthsClamped(day(-5), -24);
    const add = (name: string) => {
      const { ref } = dpoJson<{ ref: string }>(['request', 'add', '--type', 'access', '--name', name, '--email', 'x@example.nl', '--received', addDays(withdrawnOn, -3), '--data-dir', dataDir]);
      const r = dpo(['request', 'withdraw', ref, '--on', withdrawnOn, '--data-dir', dataDir]);
      expect(r.code, r.stderr).toBe(0);
      return ref;
    };
    const due = add('Petra Purgeable');
    const held = add('Hugo Held');
    // A police order disclosed 60 months and 5 days ago: due under the disclosures' default rule.
    const disclosedOn = addMonthsClamped(day(-5), -60);
    const order = dpo(['disclosure', 'add', '--recipient', 'Politie Utrecht', '--recipient-kind', 'law-enforcement', '--ground', 'warrant', '--date', disclosedOn, '--categories', 'identity', '--subject-email', 'petra@example.nl', '--data-dir', dataDir]);
    expect(order.code, order.stderr).toBe(0);
    const hold = dpo(['retention', 'hold', held, '--until', day(40), '--reason', 'complaint pending at the authority', '--data-dir', dataDir]);
    expect(hold.code, hold.stderr).toBe(0);

    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.reload();
    const card = page.getByTestId('retention-due');
    await card.getByText('Due now: 1 request and 1 disclosure, 0 files.').waitFor();
    await card.getByRole('link', { name: 'Review and erase' }).click();

    await page.getByRole('heading', { name: 'Erase personal data that is due' }).waitFor();
    const row = page.getByTestId('purge-due').getByRole('row', { name: /^Finished requests/ });
    // Kind, count 1, no size (records, not files), and the oldest: the day it was withdrawn.
    expect(await row.textContent()).toMatch(new RegExp(`reasons1—\\w{2,3} ${Number(withdrawnOn.slice(8, 10))} \\S+ ${withdrawnOn.slice(0, 4)}`));
    const disclosures = page.getByTestId('purge-due').getByRole('row', { name: /^Disclosures/ });
    expect(await disclosures.textContent()).toMatch(new RegExp(`files1—\\w{2,3} ${Number(disclosedOn.slice(8, 10))} \\S+ ${disclosedOn.slice(0, 4)}`));
    const holds = page.getByTestId('purge-holds');
    expect(await holds.getByRole('row', { name: new RegExp(held) }).textContent()).toContain('complaint pending at the authority');
    await shoot('retention-03-purge-review');

    await page.getByRole('button', { name: 'Erase 2 records' }).click();
    const dialog = page.getByRole('dialog', { name: 'Erase for good?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('This erases the personal data of 1 finished request and 1 disclosure, and 1 personal detail in the audit trail.');
    // The safe choice has the focus: Enter keeps the records.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    expect(dpoJson<{ requests: number }>(['retention', 'preview', '--data-dir', dataDir]).requests).toBe(1);
    await shoot('retention-04-purge-confirm-kept');

    await page.getByRole('button', { name: 'Erase 2 records' }).click();
    await dialog.waitFor();
    await shoot('retention-05-purge-confirm');
    await dialog.getByRole('button', { name: 'Erase', exact: true }).click();
    const outcome = page.getByTestId('purge-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('Erased: 1 request and 1 disclosure, 0 files');
    await shoot('retention-06-purge-done');

    expect(dpoJson<{ requests: number; held: number }>(['retention', 'preview', '--data-dir', dataDir])).toMatchObject({ requests: 0, held: 1 });
    const shown = dpo(['request', 'show', due, '--json', '--data-dir', dataDir]);
    expect(shown.stdout).not.toContain('Petra');
    expect(dpo(['disclosure', 'subject', '--email', 'petra@example.nl', '--json', '--data-dir', dataDir]).stdout).not.toContain('D-');
    expect(dpo(['audit', 'verify', '--data-dir', dataDir]).code).toBe(0);
  }, 120_000);
  it('Settings: the rules are changed in a form checked field by field, and the change is audited with old and new values', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    const rules = page.getByTestId('retention-rules');
    await rules.getByRole('button', { name: 'Change the rules' }).click();
    const form = page.getByTestId('retention-form');
    const months = form.getByLabel('Finished requests (closed, refused, withdrawn, duplicates): months kept');
    const idMonths = form.getByLabel('ID documents: months kept');
    await months.fill('-1');
    await idMonths.fill('two');
    await form.getByRole('button', { name: 'Save the rules' }).click();
    // Both problems at once, each beside its own field.
    await expect.poll(() => months.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await months.getAttribute('aria-describedby').then((d) => d!.split(' ').at(-1))}`).textContent()).toBe('Must be 0 or more.');
    expect(await page.locator(`#${await idMonths.getAttribute('aria-describedby').then((d) => d!.split(' ').at(-1))}`).textContent()).toBe('Enter a number of months.');
    await shoot('retention-07-rules-errors');

    await months.fill('36');
    await idMonths.fill('0');
    await form.getByLabel('Finished requests (closed, refused, withdrawn, duplicates): why (legal reasoning)').fill('Our complaints procedure takes up to 3 years (Art. 77).');
    await form.getByLabel('Policy revisions: keep until I decide').uncheck();
    await form.getByLabel('Policy revisions: months kept').fill('120');
    await form.getByRole('button', { name: 'Save the rules' }).click();
    await rules.getByText('Retention rules saved.').waitFor();
    expect(await rules.getByRole('row', { name: /^Finished requests/ }).textContent()).toMatch(/36 months after the request finished.*complaints procedure takes up to 3 years/);
    expect(await rules.getByRole('row', { name: /^Policy revisions/ }).textContent()).toContain('120 months after the revision was replaced');
    await shoot('retention-08-rules-saved');

    // Newest first; the CLI's own unlock comes after the change.
    const events = dpoJson<Array<{ operation: string; summary: { changes: { retention: { old: Record<string, { months: number | null }>; new: Record<string, { months: number | null; reason: string | null }> } } } }>>(['audit', 'list', '--limit', '5', '--json', '--data-dir', dataDir]);
    const event = events.find((e) => e.operation === 'settings.update');
    expect(event!.summary.changes.retention.old).toMatchObject({ finishedRequests: { months: 24 }, policyRevisions: { months: null } });
    expect(event!.summary.changes.retention.new).toMatchObject({ finishedRequests: { months: 36, reason: 'Our complaints procedure takes up to 3 years (Art. 77).' }, policyRevisions: { months: 120 } });
  }, 90_000);

  it('a breach is put on hold from its own page: the form checks each field, and the purge screen lists the hold', async () => {
    const { ref, id } = dpoJson<{ ref: string; id: string }>(['breach', 'add', '--title', 'Laptop stolen', '--discovered', `${day(-3)} 09:00`, '--aware', `${day(-3)} 10:00`, '--nature', 'confidentiality', '--risk', 'risk', '--risk-reasoning', 'Unencrypted disk', '--data-dir', dataDir]);
    await page.goto(`${page.url().split('#')[0]}#/breaches/${id}`);
    const card = page.getByTestId('retention-hold');
    await card.getByText('Not on hold: its personal data is erased when its retention period ends.').waitFor();
    await card.getByRole('button', { name: 'Put on hold…' }).click();
    const until = card.getByLabel('Keep until');
    const reason = card.getByLabel('Why it is kept');
    await until.fill(day(-1));
    await card.getByRole('button', { name: 'Keep until this date' }).click();
    // The empty reason is refused in the browser, beside its field; a past date by the core.
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Claim by the customer pending at the court');
    await reason.press('Control+Enter');
    await expect.poll(() => until.getAttribute('aria-invalid')).toBe('true');
    expect(await card.textContent()).toMatch(/before \d{4}-\d{2}-\d{2}/);
    await shoot('retention-09-hold-errors');
    await until.fill(day(60));
    await card.getByRole('button', { name: 'Keep until this date' }).click();
    await expect.poll(() => card.textContent()).toContain('Kept past its retention period until');
    expect(await card.textContent()).toContain('Claim by the customer pending at the court');
    await shoot('retention-10-hold-set');

    await page.goto(`${page.url().split('#')[0]}#/retention`);
    const holds = page.getByTestId('purge-holds');
    const row = holds.getByRole('row', { name: new RegExp(ref) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Claim by the customer pending at the court');
    expect(await row.getByRole('link').getAttribute('href')).toContain(`/breaches/${id}`);
    await shoot('retention-11-holds-list');
  }, 90_000);
});
