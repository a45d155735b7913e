// Every screen with data in it, at the widths a DPO's laptop and desk screens have: the requests
// list keeps its key columns (reference, requester, status, due) and its channel fully on screen
// at 1024, 1400 and 1600 px, and axe-core finds no serious or critical accessibility violation.
// axe is injected into the page, so the page's Content-Security-Policy is bypassed for this
// browser context only (otherwise the injected script is blocked and reports nothing).
import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useAppPage } from '../support/app-page';
import { addDays, todayInZone } from '../../shared/dates';

/** Screenshots for people to look at (SHOTS_DIR to put them elsewhere). */
const app = useAppPage({ name: 'screens', shots: join('test-results', 'screens'), viewport: { width: 1400, height: 900 } });
const { api, shoot, axeProblems, go } = app;
const WIDTHS = [1024, 1400, 1600] as const;

const today = todayInZone('Europe/Amsterdam');
let page: Page;
let ref = '';
let activityId = '';
let breachId = '';

const NAMES = ['Zoë Ångström-de Vries', 'Łukasz Łukasiewicz', 'Ðorđe Petrović', 'Øystein Haugen', 'Jan Müller', 'Marie-Claire van den Berg-Oosterhuis', 'Ana Lúcia dos Santos Pereira'];
const CHANNELS = ['email', 'letter', 'phone', 'web-form', 'in-person', 'live-chat'];
const TYPES = ['access', 'erasure', 'rectification+erasure', 'objection', 'access+portability'];

/** 42 requests received over the last three months: some overdue, some due soon, some fresh. */
function csv(): string {
  const lines = ['type,name,email,received,channel,customer_id,notes'];
  for (let i = 0; i < 42; i++) {
    const name = NAMES[i % NAMES.length]!;
    lines.push(`${TYPES[i % TYPES.length]},${name},person${i}@example.nl,${addDays(today, -((i * 2) % 90))},${CHANNELS[i % CHANNELS.length]},C-${1000 + i},`);
  }
  return lines.join('\n');
}

beforeAll(async () => {
  page = app.page;
  await api('request.import', { csv: csv(), hasHeader: true });
  // One request with some history: verified, a note to the subject, then answered.
  const list = await api<{ rows: Array<{ ref: string }> }>('request.list', { sort: 'received', dir: 'desc', limit: 1 });
  ref = list.rows[0]!.ref;
  await api('request.transition', { ref, action: 'verify', method: 'account-email' });
  await api('request.addNote', { ref, direction: 'to-subject', text: 'We received your request and are collecting the data.' });
  // Records of processing: one activity, edited once (two versions).
  const activity = await api<{ id: string }>('processing.add', { kind: 'controller', name: 'Customer accounts', purposes: ['Providing the services'], legalBasis: 'contract', subjectKinds: ['customer'], dataCategories: ['identity', 'contact'], retention: 'Two years after the contract ends.', citations: { name: 'We keep customer accounts.' } });
  activityId = activity.id;
  await api('processing.edit', { id: activityId, content: { kind: 'controller', name: 'Customer accounts', purposes: ['Providing the services'], legalBasis: 'contract', subjectKinds: ['customer'], dataCategories: ['identity', 'contact'], retention: 'One year after the contract ends.' } });
  // Two privacy policy revisions, so the timeline, a revision and the diff have content.
  const policy = '# Privacy\n\n## 1. Who we are\nExample B.V. is the controller of your personal data.\n\n## 2. Your rights\nYou have the right of access to your personal data.\n';
  await api('policy.add', { source: { filename: 'privacy.md', text: policy }, label: 'v1', effectiveDate: addDays(today, -100) });
  await api('policy.add', { source: { filename: 'privacy.md', text: policy.replace('right of access', 'right of prompt access') }, label: 'v2', effectiveDate: addDays(today, -10) });
  // A breach with its clock running, for the breach register's screens.
  const aware = new Date(Date.now() - 30 * 3_600_000).toISOString().slice(0, 16);
  breachId = (await api<{ id: string }>('breach.add', { title: 'Customer export sent to the wrong partner', discoveredAt: { local: aware, zone: 'UTC' }, awareAt: { local: aware, zone: 'UTC' }, natures: ['confidentiality'], risk: 'risk', riskReasoning: 'Contact details only.' })).id;
  // Reloaded, the app reads everything afresh, the deadline summary of the overdue requests
  // included (the data came in through the API, not through a screen that would have invalidated it).
  await page.reload();
  await page.getByTestId('deadline-summary').waitFor({ timeout: 20_000 });
}, 90_000);

describe('screens at desk widths, and accessible (dpo serve + Chromium + axe-core)', () => {
  for (const width of WIDTHS) {
    it(`the requests list at ${width} px keeps reference, requester, status, channel and due fully on screen`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await go('#/requests', () => page.getByTestId('request-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 }));
      const grid = page.getByTestId('request-rows');
      for (const heading of ['Reference', 'Requester', 'Status', 'Channel', 'Due']) {
        const box = await grid.getByRole('columnheader', { name: heading }).boundingBox();
        expect(box, heading).not.toBeNull();
        expect(box!.x, heading).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width, heading).toBeLessThanOrEqual(width);
      }
      const due = await grid.locator('[role="gridcell"].col-due').first().boundingBox();
      expect(due).not.toBeNull();
      expect(due!.x + due!.width).toBeLessThanOrEqual(width);
      // The due text itself is not cut off: its cell is as wide as its content needs.
      const clipped = await grid.locator('[role="gridcell"].col-due').first().evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(clipped).toBe(false);
      // Nothing makes the page scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
      if (width !== 1400) await shoot(`A-list-${width}`);
    });
  }

  it('wide screens use the width: the list grows past the 1100 px reading measure at 1600 px', async () => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await go('#/requests', () => page.getByTestId('request-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 }));
    const box = await page.getByTestId('request-rows').boundingBox();
    expect(box!.width).toBeGreaterThan(1200);
    // And shows every column there.
    for (const heading of ['Type', 'Received']) expect(await page.getByRole('columnheader', { name: heading }).isVisible()).toBe(true);
  });

  it('the list is one ARIA grid: focus on the grid, arrows move the active row, headings sort', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await go('#/requests', () => page.getByTestId('request-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 }));
    const grid = page.getByRole('grid', { name: 'Requests' });
    await grid.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await grid.getAttribute('aria-activedescendant')).toBe('req-row-2');
    expect(await page.locator('#req-row-2').getAttribute('aria-selected')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('grid');
    // The heading's button is named by its visible text alone; the order is aria-sort on the heading.
    await grid.getByRole('button', { name: 'Reference', exact: true }).click();
    await expect.poll(() => grid.getByRole('columnheader', { name: 'Reference' }).getAttribute('aria-sort')).toBe('ascending');
    expect(page.url()).toMatch(/sort=ref/);
    await expect.poll(() => grid.getByRole('gridcell').first().textContent()).toMatch(/^DSR-\d{4}-00001$/);
    await grid.getByRole('button', { name: 'Reference', exact: true }).click();
    await expect.poll(() => grid.getByRole('columnheader', { name: 'Reference' }).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => grid.getByRole('gridcell').first().textContent()).toMatch(/^DSR-\d{4}-00042$/);
    await page.keyboard.press('Escape');
  });

  it('screenshots of the detail and the dashboard at 1024 and 1600 px', async () => {
    for (const width of [1024, 1600]) {
      await page.setViewportSize({ width, height: 900 });
      await go(`#/requests/${ref}`, () => page.getByRole('heading', { name: 'Attachments' }).waitFor({ timeout: 15_000 }));
      await shoot(`A-detail-${width}`);
      await go('#/', () => page.getByRole('heading', { name: 'Deadline calculator' }).waitFor({ timeout: 15_000 }));
      await page.getByRole('table', { name: 'The ten running requests with the nearest deadline' }).waitFor();
      await shoot(`A-dashboard-${width}`);
    }
  });

  const screens: Array<[string, string, () => Promise<unknown>]> = [
    ['dashboard', '#/', () => page.getByRole('table', { name: 'The ten running requests with the nearest deadline' }).waitFor({ timeout: 15_000 })],
    ['requests list', '#/requests', () => page.getByTestId('request-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 })],
    ['requests list, every status', '#/requests?open=', () => page.getByTestId('request-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 })],
    ['request detail', '', () => page.getByRole('heading', { name: 'Attachments' }).waitFor({ timeout: 15_000 })],
    ['new request form', '#/requests/new', () => page.getByRole('heading', { name: 'New request', level: 1 }).waitFor()],
    ['import', '#/import', () => page.getByRole('heading', { name: 'Import requests', level: 1 }).waitFor()],
    ['audit trail', '#/audit', () => page.getByRole('table', { name: 'Audit trail' }).waitFor({ timeout: 15_000 })],
    ['settings', '#/settings', () => page.getByRole('heading', { name: 'Backups' }).waitFor({ timeout: 15_000 })],
    ['records of processing', '#/processing', () => page.getByTestId('processing-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 })],
    ['new processing activity form', '#/processing/new', () => page.getByRole('heading', { name: 'Add an activity', level: 1 }).waitFor()],
    ['privacy policy timeline', '#/policies', () => page.getByTestId('policy-timeline').waitFor({ timeout: 15_000 })],
    ['policy import form', '#/policies/new', () => page.getByRole('heading', { name: 'Import a policy revision', level: 1 }).waitFor()],
    ['policy revision with its checklist', '#/policies/1', () => page.getByTestId('checklist').waitFor({ timeout: 15_000 })],
    ['policy diff', '#/policies/diff', () => page.getByTestId('policy-diff').waitFor({ timeout: 15_000 })],
    ['breach register', '#/breaches', () => page.getByTestId('breach-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 })],
    ['breach form', '#/breaches/new', () => page.getByRole('heading', { name: 'Record a breach', level: 1 }).waitFor()],
    ['breach detail', 'breach', () => page.getByTestId('breach-clock').waitFor({ timeout: 15_000 })],
    ['retention purge', '#/retention', () => page.getByRole('heading', { name: 'On hold' }).waitFor({ timeout: 15_000 })],
  ];
  for (const [name, hash, ready] of screens) {
    it(`axe-core: no serious or critical violation on the ${name}`, async () => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await go(hash === 'breach' ? `#/breaches/${breachId}` : hash || `#/requests/${ref}`, ready);
      expect(await axeProblems()).toEqual([]);
    });
  }

  it('axe-core: no serious or critical violation on a processing activity, its edit form and its removal form', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await go(`#/processing/${activityId}`, () => page.getByTestId('processing-versions').getByText('Version 2', { exact: false }).waitFor({ timeout: 15_000 }));
    await page.getByLabel('Show the activity as it stood on').fill('2020-01-01');
    await page.getByTestId('processing-asof').waitFor();
    await page.getByRole('button', { name: 'Remove from the record' }).click();
    await page.getByLabel('Why is it removed from the record?').waitFor();
    expect(await axeProblems()).toEqual([]);
    await go(`#/processing/${activityId}/edit`, () => page.getByRole('heading', { name: /^Edit PA-/ }).waitFor({ timeout: 15_000 }));
    expect(await axeProblems()).toEqual([]);
  });

  it('the open retention rules form in Settings is accessible too', async () => {
    await go('#/settings', () => page.getByRole('heading', { name: 'Backups' }).waitFor({ timeout: 15_000 }));
    await page.getByRole('button', { name: 'Change the rules' }).click();
    await page.getByRole('form', { name: 'Change the retention rules' }).waitFor();
    expect(await axeProblems()).toEqual([]);
  });

  it('an open action form on the detail page is accessible too', async () => {
    await go(`#/requests/${ref}`, () => page.getByRole('heading', { name: 'Attachments' }).waitFor({ timeout: 15_000 }));
    await page.getByRole('button', { name: 'Record the response', exact: true }).click();
    await page.getByRole('form', { name: 'Record the response' }).waitFor();
    expect(await axeProblems()).toEqual([]);
  });

  it('the check itself works: it reports the two problems this list used to have when they are put back', async () => {
    await go('#/requests', () => page.getByTestId('request-rows').getByRole('gridcell').first().waitFor({ timeout: 15_000 }));
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'axe-probe';
      probe.innerHTML =
        '<div role="table" aria-label="probe"><div role="rowgroup" tabindex="0" aria-activedescendant="probe-row"><div role="row" id="probe-row"><div role="cell">x</div></div></div></div>' +
        '<button type="button" aria-label="Dismiss the reminder for DSR-1">Hide</button>';
      document.querySelector('main')!.appendChild(probe);
    });
    try {
      const problems = await axeProblems();
      expect(problems).toContain('aria-allowed-attr (critical): div[role="table"] > div[role="rowgroup"]');
      expect(problems).toContain('label-content-name-mismatch (serious): button[aria-label="Dismiss the reminder for DSR-1"]');
    } finally {
      await page.evaluate(() => document.getElementById('axe-probe')?.remove());
    }
  });

  it('made no foreign request and logged no console error', () => {
    expect(app.watched.foreignRequests).toEqual([]);
    expect(app.watched.consoleErrors).toEqual([]);
  });
});
