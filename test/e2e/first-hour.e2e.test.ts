// What a new DPO meets in the first hour, in Chromium against dpo serve: a request that came by
// letter (no e-mail, no known time), an action waiting for identity shown with its reason, the
// late answer said in words, and the calendar screen for closure days and holidays.
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useAppPage } from '../support/app-page';
import { confirmAction } from '../support/browser';
import { addDays, todayInZone } from '../../shared/dates';

// No axe here, so the page keeps its Content-Security-Policy.
const app = useAppPage({ name: 'first-hour', shots: join('test-results', 'screens'), viewport: { width: 1280, height: 900 }, axe: false });
const { shoot } = app;
let page: Page;
const today = todayInZone('Europe/Amsterdam');

beforeAll(() => {
  page = app.page;
});

const act = (label: string, fill?: (p: Page) => Promise<void>) => confirmAction(page, label, fill);

describe('the first hour (dpo serve + Chromium)', () => {
  it('a letter: no e-mail needed with a postal address, and no time unless given', async () => {
    await page.goto(`${app.serve.origin}/#/requests/new`);
    await page.getByRole('heading', { name: 'New request', level: 1 }).waitFor();
    expect(await page.getByLabel('Time received').inputValue()).toBe('');
    await page.getByRole('checkbox', { name: /^Access/ }).check();
    await page.getByLabel('Name', { exact: true }).fill('Hendrik Brief');
    await page.getByLabel('Received through', { exact: true }).selectOption('letter');
    await page.getByLabel('Date received').fill(addDays(today, -50));
    // No way to reach the writer: the error sits on the postal address, the letter's own field.
    await page.getByRole('button', { name: 'Record the request' }).click();
    await page.getByText('Give at least one way to reach the requester: e-mail, postal address or phone.').waitFor();
    await page.getByLabel('Postal address').fill('Dorpsstraat 1, 1234 AB Ergens');
    await page.getByRole('button', { name: 'Record the request' }).click();
    await page.waitForURL(/#\/requests\/DSR-\d{4}-\d{5}$/, { timeout: 15_000 });
    await page.getByTestId('request-overdue-by').waitFor();
    expect(await page.getByTestId('request-overdue-by').textContent()).toMatch(/^ Overdue by \d+ days$/);
  });

  it('an action waiting for identity is shown disabled with the reason; the late answer is said in words', async () => {
    await act('Start work');
    const respond = page.getByRole('button', { name: 'Record the response', exact: true });
    await respond.waitFor();
    expect(await respond.isDisabled()).toBe(true);
    await page.getByText(/^Record the response: Verify the requester's identity first/).waitFor();
    await shoot('first-hour-01-respond-disabled');
    await act('Record identity check');
    await act('Record the response', async (p) => {
      await p.getByLabel('What was sent to the subject').fill('Copy of the data sent by post');
    });
    await page.getByTestId('request-answered').waitFor();
    expect(await page.getByTestId('request-answered').textContent()).toMatch(/^Answered on .+ — \d+ days? late$/);
    expect(await page.getByTestId('request-overdue-by').count()).toBe(0);
  });

  it('Settings → Calendar: closure days with every invalid field shown at once', async () => {
    await page.goto(`${app.serve.origin}/#/settings`);
    const calendar = page.getByTestId('calendar-settings');
    await calendar.waitFor();
    const closures = calendar.getByRole('form', { name: 'Company closure days: Add' });
    await closures.getByRole('button', { name: 'Add' }).click();
    // Both fields at once, not one after the other.
    expect(await closures.locator('.field--error').count()).toBe(2);
    await closures.getByLabel('Date').fill(addDays(today, 30));
    await closures.getByLabel('Name').fill('Company outing');
    await closures.getByRole('button', { name: 'Add' }).click();
    await calendar.getByText(/Company outing/).first().waitFor();
    await shoot('first-hour-02-calendar');
    // Saved: it is there after a reload.
    await page.reload();
    await page.getByTestId('calendar-settings').getByRole('button', { name: /^Remove .*Company outing$/ }).waitFor({ timeout: 15_000 });
  });

  it('made no request to any other origin and logged no console error', () => {
    expect(app.watched.foreignRequests).toEqual([]);
    expect(app.watched.consoleErrors).toEqual([]);
  });
});
