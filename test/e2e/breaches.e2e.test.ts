// The breach register in Chromium over `dpo serve`: record a breach through the form (field
// errors first), see its 72-hour clock, watch it tick a minute later without the breach being read
// again, record the notification (the clock stops: notified in time), and a late one that needs
// its reasons for the delay; the dashboard's alerts; the list at 1024 px with its CSV; axe-core on
// every screen. Screenshots go to SHOTS_DIR (default /tmp/shots-breaches).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppPage } from '../support/app-page';
import { instantToLocal } from '../../shared/dates/instant';

const opsCalled: string[] = [];
const app = useAppPage({
  name: 'breaches',
  shots: '/tmp/shots-breaches',
  onPage: (p) =>
    p.on('request', (r) => {
      const m = /\/api\/([a-zA-Z.]+)$/.exec(r.url());
      if (m) opsCalled.push(m[1]!);
    }),
});
const { api, shoot, axeProblems } = app;
const AMS = 'Europe/Amsterdam';

let page: Page;

/** The Amsterdam wall clock `hours` before now, as a datetime-local input takes it. */
const hoursAgo = (hours: number) => instantToLocal(new Date(Date.now() - hours * 3_600_000).toISOString(), AMS);

const laptop = (hours: number, title: string) => ({
  title,
  discoveredAt: { local: hoursAgo(hours + 1), zone: AMS },
  awareAt: { local: hoursAgo(hours), zone: AMS },
  natures: ['confidentiality'],
  risk: 'high-risk',
  riskReasoning: 'Unencrypted customer export.',
});

beforeAll(() => {
  page = app.page;
});

describe('the breach register in Chromium', () => {
  it('the empty register says so and how to fill it', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Breaches' }).click();
    await page.getByRole('heading', { name: 'No breaches recorded.' }).waitFor({ timeout: 15_000 });
    expect(await axeProblems()).toEqual([]);
  });

  it('records a breach through the form: field errors first, then the breach with its running clock', async () => {
    await page.getByRole('link', { name: 'Record a breach' }).click();
    await page.getByRole('heading', { name: 'Record a breach', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Record the breach' }).click();
    await page.getByText('Give the breach a short title.').waitFor();
    await page.getByText('Choose at least one: confidentiality, integrity or availability.').waitFor();
    await page.getByText('Give the reasoning behind the risk assessment.').waitFor();
    expect(await axeProblems()).toEqual([]);

    await page.getByLabel('Title', { exact: true }).fill('Customer export e-mailed to the wrong partner');
    await page.getByLabel('Discovered at', { exact: true }).fill(hoursAgo(31));
    await page.getByLabel('Became aware at', { exact: true }).fill(hoursAgo(30));
    expect(await page.getByLabel('Time zone (Became aware at)').inputValue()).toBe(AMS);
    await page.getByRole('checkbox', { name: 'Confidentiality' }).check();
    await page.getByRole('checkbox', { name: 'Customers', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Payment', exact: true }).check();
    await page.getByLabel('Subjects (approximately)').fill('1200');
    await page.getByLabel('Risk to the subjects').selectOption('high-risk');
    await page.getByLabel('Reasoning behind the risk assessment').fill('Names, e-mail addresses and invoice amounts; the partner confirmed deletion.');
    // A high risk with "no high risk" as the reason not to tell the subjects is refused (Art. 34(1)).
    await page.getByLabel('Were the subjects told?').selectOption('not-told');
    await page.getByLabel('Why not', { exact: true }).selectOption('no-high-risk');
    await page.getByLabel('Explanation', { exact: true }).fill('Partner deleted it.');
    await page.getByRole('button', { name: 'Record the breach' }).click();
    await page.getByText('The risk is assessed as high').waitFor();
    await page.getByLabel('Why not', { exact: true }).selectOption('risk-no-longer-likely');
    await shoot('B-01-form-1024');
    await page.getByLabel('Explanation', { exact: true }).press('Control+Enter');
    await page.waitForURL(/#\/breaches\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.getByRole('heading', { name: /^B-\d{4}-0001 · Customer export e-mailed to the wrong partner$/ }).waitFor();
    const clock = page.getByTestId('breach-clock');
    expect(await clock.textContent()).toContain('Running');
    expect(await page.getByTestId('breach-clock-left').textContent()).toMatch(/^ ?4[01] h \d+ min left$/);
    expect(await clock.textContent()).toContain('Notify the authority by');
    await shoot('B-02-detail-running-1024');
    expect(await axeProblems()).toEqual([]);
  });

  it('the clock ticks every minute without reading the breach again', async () => {
    // Fake timers from the next load on, with time flowing as usual until fast-forwarded.
    await page.clock.install();
    await page.reload();
    await page.getByTestId('breach-clock-left').waitFor({ timeout: 15_000 });
    const before = (await page.getByTestId('breach-clock-left').textContent())!;
    const reads = opsCalled.filter((o) => o === 'breach.get').length;
    await page.clock.fastForward('02:00');
    await expect.poll(() => page.getByTestId('breach-clock-left').textContent(), { timeout: 10_000 }).not.toBe(before);
    const minutes = (text: string) => {
      const m = /(\d+) h (\d+) min/.exec(text)!;
      return Number(m[1]) * 60 + Number(m[2]);
    };
    const after = (await page.getByTestId('breach-clock-left').textContent())!;
    expect(minutes(before) - minutes(after)).toBeGreaterThanOrEqual(1);
    expect(minutes(before) - minutes(after)).toBeLessThanOrEqual(3);
    expect(opsCalled.filter((o) => o === 'breach.get').length).toBe(reads);
  });

  it('recording the notification within 72 hours stops the clock: notified in time', async () => {
    const form = page.getByRole('form', { name: 'Record the notification' });
    await form.getByLabel('Notified at', { exact: true }).fill(hoursAgo(2));
    await form.getByLabel('Supervisory authority').fill('Autoriteit Persoonsgegevens');
    await form.getByLabel("Authority's reference").fill('AP-2026-0042');
    expect(await page.getByText('More than 72 hours have passed').count()).toBe(0);
    await form.getByRole('button', { name: 'Record the notification' }).click();
    await page.getByTestId('breach-clock').getByText('Notified in time', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('breach-clock-left').count()).toBe(0);
    expect(await page.getByTestId('breach-clock').textContent()).toMatch(/Notified in time, 2[78](\.\d)? hours after becoming aware\./);
    expect(await page.getByTestId('breach-notification').textContent()).toContain('AP-2026-0042');
    // Phased notification (Art. 33(4)): a follow-up after the first.
    const follow = page.getByRole('form', { name: 'Add a follow-up' });
    await follow.getByLabel('Sent at', { exact: true }).fill(hoursAgo(1));
    await follow.getByLabel('What was added').fill('Forensic report: 900 customers affected.');
    await follow.getByRole('button', { name: 'Add a follow-up' }).click();
    await page.getByTestId('breach-followups').getByText('Forensic report: 900 customers affected.').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('breach-versions').textContent()).toMatch(/version 1: Recorded.*version 2: Notified to the authority.*version 3: Follow-up sent/);
    await shoot('B-03-detail-notified-1024');
    expect(await axeProblems()).toEqual([]);
  });

  it('a correction is a new version with its reason; the notification and follow-up stay', async () => {
    await page.getByRole('link', { name: 'Correct', exact: true }).click();
    await page.getByRole('heading', { name: /^Correct B-\d{4}-0001$/ }).waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('The authority was notified').isChecked()).toBe(true);
    expect(await page.getByLabel("Authority's reference").inputValue()).toBe('AP-2026-0042');
    await page.getByLabel('Subjects (approximately)').fill('900');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByText('Say what was corrected and why.').waitFor();
    expect(await axeProblems()).toEqual([]);
    await page.getByLabel('What was corrected, and why').fill('Forensic count: 900 customers.');
    await page.getByRole('button', { name: 'Save the correction' }).click();
    await page.getByTestId('breach-versions').getByText('version 4: Corrected').waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('breach-versions').textContent()).toContain('Forensic count: 900 customers.');
    expect(await page.getByTestId('breach-clock').textContent()).toContain('Notified in time');
    expect(await page.getByTestId('breach-followups').textContent()).toContain('Forensic report: 900 customers affected.');
  });

  it('a late notification asks for the reasons for the delay and shows as late', async () => {
    const late = await api<{ id: string }>('breach.add', laptop(100, 'Backup server exposed'));
    await page.evaluate((h) => (window.location.hash = h), `#/breaches/${late.id}`);
    await page.getByTestId('breach-clock').getByText('Overdue', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('breach-clock-left').textContent()).toMatch(/^ ?2[78] h \d+ min overdue$/);
    const form = page.getByRole('form', { name: 'Record the notification' });
    await form.getByLabel('Notified at', { exact: true }).fill(hoursAgo(1));
    await page.getByText('More than 72 hours have passed since you became aware').waitFor();
    await form.getByRole('button', { name: 'Record the notification' }).click();
    await page.getByText('give the reasons for the delay (GDPR Art. 33(1))').waitFor({ timeout: 15_000 });
    await form.getByLabel('Reasons for the delay (GDPR Art. 33(1))').fill('The exposure was confirmed only after the hosting logs arrived.');
    await form.getByRole('button', { name: 'Record the notification' }).click();
    await page.getByTestId('breach-clock').getByText('Notified late', { exact: true }).waitFor({ timeout: 15_000 });
    expect(await page.getByTestId('breach-notification').textContent()).toContain('The exposure was confirmed only after the hosting logs arrived.');
    await shoot('B-04-detail-late-1024');
  });

  it('the dashboard alerts at 6 hours left; the list at 1024 px shows every clock and exports CSV', async () => {
    await api('breach.add', laptop(67, 'Ransomware on a file share'));
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
    const alerts = page.getByTestId('breach-alerts');
    await alerts.waitFor({ timeout: 15_000 });
    expect(await alerts.textContent()).toMatch(/B-\d{4}-0003: only [45] h \d+ min left to notify the authority/);
    await shoot('B-05-dashboard-alert-1024');
    await alerts.getByRole('link').first().click();
    await page.getByRole('heading', { name: /Ransomware on a file share/ }).waitFor({ timeout: 15_000 });

    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Breaches' }).click();
    const grid = page.getByTestId('breach-rows');
    await grid.getByRole('gridcell').first().waitFor({ timeout: 15_000 });
    for (const heading of ['Reference', 'Aware', 'Title', '72-hour clock']) {
      const box = await grid.getByRole('columnheader', { name: heading }).boundingBox();
      expect(box, heading).not.toBeNull();
      expect(box!.x + box!.width, heading).toBeLessThanOrEqual(1024);
    }
    expect(await grid.textContent()).toMatch(/Notified in time.*Notified late|Notified late.*Notified in time/s);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.getByLabel('Clock', { exact: true }).selectOption('running');
    await expect.poll(() => grid.getByRole('row').count(), { timeout: 10_000 }).toBe(2);
    expect(page.url()).toMatch(/clock=running/);
    await shoot('B-06-list-1024');
    expect(await axeProblems()).toEqual([]);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/^breaches-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(app.watched.consoleErrors).toEqual([]);
    expect(app.watched.foreignRequests).toEqual([]);
  });
});
