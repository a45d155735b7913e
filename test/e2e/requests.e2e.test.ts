import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useAppPage } from '../support/app-page';
import { confirmAction } from '../support/browser';
import { addDays, formatDay, todayInZone } from '../../shared/dates';
import { computeDeadline } from '../../shared/deadlines';

// No axe here, so the page keeps its Content-Security-Policy.
const app = useAppPage({ name: 'req', shots: join('test-results', 'screens'), viewport: { width: 1280, height: 900 }, axe: false });
const { shoot } = app;
let page: Page;
const today = todayInZone('Europe/Amsterdam');
const received = addDays(today, -10);
let ref = '';

beforeAll(() => {
  page = app.page;
});

const act = (label: string, fill?: (p: Page) => Promise<void>) => confirmAction(page, label, fill);

describe('the request register in Chromium', () => {
  it('the empty list says what to do', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Requests' }).click();
    await page.getByRole('heading', { name: 'No requests yet' }).waitFor();
    // It names the two ways to add one (the buttons above it), and is not "nothing matches".
    await page.getByText('with “New request”, or bring in a CSV file').waitFor();
    expect(await page.getByText('No requests match').count()).toBe(0);
    await shoot('requests-01-empty-list');
  });

  it('the form shows field errors, a live deadline, and records the request', async () => {
    await page.getByRole('link', { name: 'New request' }).click();
    await page.getByRole('heading', { name: 'New request', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Record the request' }).click();
    await page.getByText('Choose at least one request type.').waitFor();
    await page.getByText("Enter the requester's name.").waitFor();
    // An e-mail request needs the address it came from (a letter or a call would need another way to reach them).
    await page.getByText('Enter the e-mail address the request came from.').first().waitFor();

    await page.getByRole('checkbox', { name: /^Access/ }).check();
    await page.getByRole('checkbox', { name: /^Erasure/ }).check();
    await page.getByLabel('Name', { exact: true }).fill('Zoë Ångström-de Vries');
    await page.getByLabel('E-mail address').fill('zoe@example.nl');
    await page.getByLabel('Customer number').fill('NR-10442');
    await page.getByLabel('Mailbox it arrived at').fill('legal@netrouting.com');
    await page.getByLabel('Date received').fill(received);
    const expected = computeDeadline({ regime: 'gdpr', country: 'NL', received, asOf: today });
    await expect.poll(() => page.getByTestId('deadline-due').textContent()).toBe(formatDay(expected.due, { today }));
    await shoot('requests-02-new-form');
    // Keyboard submit from anywhere in the form.
    await page.getByLabel('What the person wrote').fill('Please send me all data you hold on me and then delete it.');
    await page.getByLabel('What the person wrote').press('Control+Enter');
    await page.waitForURL(/#\/requests\/DSR-\d{4}-\d{5}$/, { timeout: 15_000 });
    ref = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: new RegExp(`^${ref}`) }).waitFor();
    expect(await page.getByTestId('request-due').textContent()).toBe(formatDay(expected.due, { today }));
    expect(await page.getByTestId('request-status').textContent()).toBe('Received');
    await shoot('requests-03-detail-received');
  });

  it('pauses and resumes the clock, which moves the deadline', async () => {
    const before = await page.getByTestId('request-due').textContent();
    await act('Ask the subject (pause the clock)', async (p) => {
      await p.getByLabel('Waiting for').selectOption('identity');
      await p.getByLabel('On', { exact: true }).fill(addDays(today, -8));
    });
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Awaiting identity');
    await page.getByText('The clock is stopped while you wait for the subject').waitFor();
    await shoot('requests-04-paused');
    await act('Subject answered (resume the clock)', async (p) => {
      await p.getByLabel('On', { exact: true }).fill(addDays(today, -3));
    });
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('In progress');
    const after = await page.getByTestId('request-due').textContent();
    expect(after).not.toBe(before);
  });

  it('verifies identity, extends with reasons, responds and closes', async () => {
    await act('Record identity check', async (p) => {
      await p.getByLabel('How was identity verified?').selectOption('account-email');
    });
    await act('Extend by two months', async (p) => {
      await p.getByLabel('Reasons given to the subject').fill('Complex request: mail archives on three platforms.');
    });
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Extended');
    await page.getByText('Deadline without extension').waitFor();
    await act('Record the response', async (p) => {
      await p.getByLabel('What was sent to the subject').fill('Access report sent; erasure completed.');
    });
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Responded');
    await act('Close');
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Closed');
    await page.getByText('No further actions').waitFor();
    // The timeline keeps every step, newest first.
    const timeline = await page.locator('.timeline__entry').allTextContents();
    expect(timeline.length).toBeGreaterThanOrEqual(7);
    await shoot('requests-05-closed');
  });

  it('refuses an illegal step with a clear message (the UI offers none; the core refuses one sent anyway)', async () => {
    const res = await page.evaluate(async (r) => {
      const token = sessionStorage.getItem('dpo.token');
      const out = await fetch('/api/request.transition', { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ ref: r, action: 'start' }) });
      return out.json();
    }, ref);
    expect(res).toMatchObject({ ok: false, error: { code: 'ILLEGAL_TRANSITION' } });
  });

  it('lists, searches, navigates by keyboard and exports the view as CSV', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Requests' }).click();
    // The list opens on the open requests; the only request is closed, and the list says so.
    await page.getByRole('heading', { name: 'No open requests' }).waitFor();
    await page.getByLabel('Status', { exact: true }).selectOption('');
    expect(page.url()).toMatch(/#\/requests\?open=$/);
    await page.getByRole('link', { name: ref }).waitFor({ timeout: 15_000 });
    await page.getByLabel('Search', { exact: true }).fill('ångström');
    await expect.poll(() => page.getByText('1 request ·').count(), { timeout: 10_000 }).toBe(1);
    await shoot('requests-06-list');
    const download = page.waitForEvent('download', { timeout: 15_000 });
    await page.getByRole('button', { name: 'Export this view (CSV)' }).click();
    const file = await (await download).path();
    const csv = readFileSync(file!, 'utf8');
    expect(csv).toContain(ref);
    expect(csv).toContain('Zoë Ångström-de Vries');
    // The search reloads the rows; Enter acts on a loaded row, so wait for it first.
    await page.getByRole('link', { name: ref }).waitFor({ timeout: 10_000 });
    await page.getByTestId('request-rows').focus();
    // The download above can take focus back from the page; Enter must reach the list.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 5_000 }).toBe('request-rows');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/requests/${ref}$`), { timeout: 10_000 });
  });

  it('the dashboard counts it and made no foreign request or console error', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    await shoot('requests-07-dashboard');
    expect(app.watched.foreignRequests).toEqual([]);
    expect(app.watched.consoleErrors).toEqual([]);
  });
});
