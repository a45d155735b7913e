import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useAppPage } from '../support/app-page';
import { addDays, todayInZone } from '../../shared/dates';

// Stored XSS (OWASP XSS Prevention Cheat Sheet; OWASP WSTG-INPV-02) and Trojan-Source bidi
// controls (CVE-2021-42574) in every text field a person or a file can fill, shown on every
// screen that shows them. Each payload sets window.__xss or opens a dialog if it ever runs.
const RLO = '\u202E';
const PDI = '\u2069';
const X = (n: number) => [
  `<img src=x onerror="window.__xss=${n}">`,
  `"><svg onload="window.__xss=${n}">`,
  `</script><script>window.__xss=${n}</script>`,
  `javascript:alert(${n})`,
  `{{constructor.constructor('window.__xss=${n}')()}}`,
  `${PDI}${RLO}`,
].join(' ');
// An RLO that would reverse the app's text after the file name if it escaped its isolate.
const FILENAME = `<img src=x onerror=window.__xss=90>invoice${PDI}${RLO}fdp.exe`;
const NAME = `Mallory ${RLO}<img src=x onerror="window.__xss=1">`;

const dialogs: string[] = [];
// The page keeps its Content-Security-Policy (no axe): an injected script must meet it as it would
// in use. Dialogs are caught from the first page on, vault creation included.
const app = useAppPage({
  name: 'xss',
  shots: join('test-results', 'screens'),
  viewport: { width: 1280, height: 1000 },
  axe: false,
  onPage: (p) =>
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    }),
});
const { api, shoot } = app;
let page: Page;
const today = todayInZone('Europe/Amsterdam');
const refs: string[] = [];
let breachId = '';
let activityId = '';
let hostingId = '';

const b64 = (text: string) => Buffer.from(text).toString('base64');

beforeAll(async () => {
  page = app.page;
  await api('settings.update', { organisationName: `Org ${X(10)}`.slice(0, 200), addedHolidays: [{ date: addDays(today, 40), name: `Day ${RLO}<b onmouseover=alert(11)>x` }] });
  const requester = {
    name: NAME,
    email: `m"><svg/onload=window.__xss=2>${RLO}@evil.example`,
    postalAddress: `Street ${X(3)}`,
    phone: `<img src=x onerror=alert(4)>`,
    customerId: `C-<script>window.__xss=5</script>`,
    relation: 'representative',
    onBehalfOf: `Victim ${RLO}<svg onload=alert(6)>`,
  };
  const base = { types: ['access', 'erasure'], requester, channel: 'email', mailbox: `legal@x.nl<img src=x onerror=alert(7)>${RLO}`, receivedDate: addDays(today, -25), description: `Desc ${X(8)}` };
  const first = await api<{ ref: string }>('request.create', { ...base, attachments: [{ filename: FILENAME, base64: b64('%PDF-1.4 fake'), kind: 'document' }, { filename: `${X(91)}.png`.slice(0, 255), base64: b64('png'), kind: 'id-document' }] });
  refs.push(first.ref);
  await api('request.addNote', { ref: first.ref, direction: 'from-subject', text: `Note ${X(12)}` });
  await api('request.transition', { ref: first.ref, action: 'start', note: `Start ${X(13)}` });
  await api('request.transition', { ref: first.ref, action: 'verify', method: 'id-document', by: `<img src=x onerror=alert(14)>${RLO}` });
  await api('request.transition', { ref: first.ref, action: 'extend', reasons: `Reasons ${X(15)}` });
  const detail = await api<{ attachments: { id: number }[] }>('request.get', { ref: first.ref });
  await api('request.attachmentDelete', { ref: first.ref, attachmentId: detail.attachments[1]!.id, reason: `Gone ${X(16)}` });
  const second = await api<{ ref: string }>('request.create', { ...base, receivedDate: addDays(today, -3) });
  refs.push(second.ref);
  await api('request.transition', { ref: second.ref, action: 'refuse', ground: Object.values(await refusalGrounds())[0], reason: `Refused ${X(17)}` });
  // A breach with payloads in every free-text field, its files, notification and follow-up.
  const aware = new Date(Date.now() - 80 * 3_600_000).toISOString().slice(0, 16);
  const breach = await api<{ id: string }>('breach.add', {
    title: `Breach ${X(30)}`.slice(0, 200), discoveredAt: { local: aware, zone: 'UTC' }, awareAt: { local: aware, zone: 'UTC' }, natures: ['confidentiality'], description: `Desc ${X(31)}`,
    consequences: `Cons ${X(32)}`, measuresTaken: `Taken ${X(33)}`, measuresProposed: `Proposed ${X(34)}`, risk: 'high-risk', riskReasoning: `Reasoning ${X(35)}`,
    subjectsTold: { decision: 'not-told', ground: 'public-communication', reason: `Reason ${X(36)}` }, files: [{ filename: FILENAME, base64: b64('%PDF-1.4 fake'), purpose: 'evidence' }],
  });
  breachId = breach.id;
  await api('breach.notify', { id: breach.id, at: { local: aware, zone: 'UTC' }, reference: `Ref ${X(37)}`.slice(0, 200), authority: `AP ${X(38)}`.slice(0, 200) });
  await api('breach.followUp', { id: breach.id, at: { local: aware, zone: 'UTC' }, summary: `More ${X(39)}` });
  // A processing activity with payloads in every free-text field, a cited "sentence" and a named
  // recipient from the directory; edited once, so its history and "as of" view show two versions.
  const recipient = await api<{ recipient: { id: string } }>('disclosure.add', { recipient: { name: `Recipient ${X(40)}`.slice(0, 200), kind: 'partner' }, date: addDays(today, -2), ground: 'contract', categories: ['contact'], subjects: { bulkCount: 1 } });
  const activity = {
    kind: 'controller', name: `Activity ${X(41)}`.slice(0, 200), purposes: [`Purpose ${X(42)}`.slice(0, 500)], legalBasis: 'legitimate-interest', legitimateInterestNote: `Balance ${X(43)}`,
    subjectKinds: ['customer'], dataCategories: ['identity'], recipients: { kinds: ['partner'], recipientIds: [recipient.recipient.id], note: `Note ${X(44)}` },
    transfers: [{ country: 'US', safeguard: 'sccs', note: `Transfer ${X(45)}` }], retention: `Retention ${X(46)}`, security: `Security ${X(47)}`, sources: ['subject'], sourceNote: `Source ${X(48)}`,
    automatedDecisions: true, automatedDecisionsNote: `Logic ${X(49)}`, owner: `Owner ${X(50)}`.slice(0, 200), citations: { name: `Cited ${X(51)}`, retention: `Cited ${X(52)}` },
  };
  activityId = (await api<{ id: string }>('processing.add', activity)).id;
  await api('processing.edit', { id: activityId, content: { ...activity, retention: `Retention two ${X(53)}` } });
  hostingId = (await api<{ id: string }>('processing.add', { kind: 'processor', controllerName: `Controller ${X(54)}`.slice(0, 200), controllerContact: `Contact ${X(55)}`, name: `Hosting ${X(56)}`.slice(0, 200), processingCategories: [`Category ${X(57)}`], subProcessors: [{ name: `Sub ${X(58)}`.slice(0, 200), country: 'NL' }] })).id;
  await api('processing.delete', { id: hostingId, reason: `Removed ${X(59)}` });
}, 120_000);

/** The first refusal ground the contract accepts (read from the model, not hard-coded). */
async function refusalGrounds(): Promise<string[]> {
  const { REFUSAL_GROUNDS } = await import('../../shared/model/request');
  return [...REFUSAL_GROUNDS];
}

async function go(hash: string, ready: () => Promise<unknown>): Promise<void> {
  await app.go(hash, ready);
  // Let effects, image loads and deferred renders run before judging.
  await page.waitForTimeout(300);
}

async function nothingRan(where: string): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), where).toBeUndefined();
  expect(dialogs, where).toEqual([]);
  // An injected element would also have tried to load "x" or run an inline handler under the CSP.
  expect(await page.locator('#root img[src="x"], #root svg[onload], #root script').count(), where).toBe(0);
  expect(app.watched.consoleErrors, where).toEqual([]);
  expect(app.watched.foreignRequests, where).toEqual([]);
}

/** True when `needle`, the app's own words in the element's text, is laid out left to right. */
function readsLeftToRight(selector: string, needle: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el, word) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(word);
        if (i < 0) continue;
        const x = (at: number) => {
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + 1);
          return r.getBoundingClientRect().left;
        };
        return x(i) < x(i + word.length - 1);
      }
      throw new Error(`"${word}" not found in ${JSON.stringify(el.textContent)}`);
    }, needle);
}

describe('stored XSS and bidi payloads on every screen', () => {
  it('the dashboard and its reminders show the payloads as text', async () => {
    await go('#/', () => page.getByRole('heading', { name: 'Deadline calculator' }).waitFor());
    await nothingRan('dashboard');
  });

  it('the requests list', async () => {
    await go('#/requests', () => page.getByRole('gridcell', { name: refs[0] }).waitFor());
    expect(await page.locator('.col-name bdi').first().textContent()).toBe(NAME);
    await nothingRan('requests list');
  });

  it('the request detail: requester, notes, timeline, attachments, decisions', async () => {
    await go(`#/requests/${refs[0]}`, () => page.getByRole('heading', { name: 'Attachments' }).waitFor());
    await page.getByText(`Note <img src=x onerror="window.__xss=12">`, { exact: false }).first().waitFor();
    // The file name's direction controls are shown and flagged, never applied.
    const fileName = page.locator('.attachments li', { hasText: 'invoice' });
    expect(await fileName.locator('bdi').first().textContent()).toBe('<img src=x onerror=window.__xss=90>invoice[U+2069][U+202E]fdp.exe');
    expect(await fileName.getByText('Hidden direction characters').isVisible()).toBe(true);
    // The app's own words after user text with an RLO in it still read left to right, in the
    // attachment list and in the timeline sentences the app composes around user values.
    expect(await readsLeftToRight('.attachments li:has-text("invoice") > .field__hint', 'Document')).toBe(true);
    expect(await readsLeftToRight('.timeline__text:has-text("Attached <img src=x onerror=window.__xss=90>")', 'Document')).toBe(true);
    expect(await readsLeftToRight('.timeline__text:has-text("Request received by")', 'due')).toBe(true);
    expect(await readsLeftToRight('.page-head', 'Extended')).toBe(true);
    await shoot('xss-request-detail');
    await nothingRan('request detail');
    await go(`#/requests/${refs[1]}`, () => page.getByText('Refused <img', { exact: false }).first().waitFor());
    await nothingRan('refused request detail');
  });

  it('the breach register and a breach: title, reasoning, notification, follow-up, files', async () => {
    await go('#/breaches', () => page.getByTestId('breach-rows').getByRole('gridcell').first().waitFor());
    await nothingRan('breach register');
    await go(`#/breaches/${breachId}`, () => page.getByTestId('breach-clock').waitFor());
    await page.getByText('Notified in time', { exact: true }).waitFor();
    await nothingRan('breach detail');
    await go(`#/breaches/${breachId}/correct`, () => page.getByRole('heading', { name: /^Correct B-/ }).waitFor());
    await nothingRan('breach correction form');
  });

  it('the records of processing: list, an activity with its sources and versions, its edit form, a removed processor record', async () => {
    await go('#/processing', () => page.getByTestId('processing-rows').getByRole('gridcell').first().waitFor());
    await nothingRan('records of processing');
    await go(`#/processing/${activityId}`, () => page.getByTestId('processing-versions').getByText('Version 2', { exact: false }).waitFor());
    await page.getByText('Cited <img', { exact: false }).first().waitFor();
    await page.getByLabel('Show the activity as it stood on').fill(today);
    await nothingRan('processing activity');
    await go(`#/processing/${activityId}/edit`, () => page.getByRole('heading', { name: /^Edit PA-/ }).waitFor());
    await nothingRan('processing edit form');
    await go(`#/processing/${hostingId}`, () => page.getByText('Removed <img', { exact: false }).first().waitFor());
    await nothingRan('removed processor record');
    await go('#/', () => page.getByTestId('processing-review-due').waitFor());
    await nothingRan('dashboard review card');
  });

  it('the audit trail', async () => {
    await go('#/audit', () => page.getByRole('cell', { name: 'Request recorded' }).first().waitFor());
    await nothingRan('audit trail');
  });

  it('settings', async () => {
    await go('#/settings', () => page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor());
    await nothingRan('settings');
  });

  it('the CSV import preview of a file full of payloads', async () => {
    await go('#/import', () => page.locator('input[type="file"]').first().waitFor());
    const csv = `type,name,email,received,channel\naccess,"${NAME.replaceAll('"', '""')}",a@example.nl,${today},email\n`;
    await page.locator('input[type="file"]').first().setInputFiles({ name: `list${RLO}vsc.exe`, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('csv-source').waitFor();
    expect(await page.getByTestId('csv-source').textContent()).toContain('[U+202E]');
    await nothingRan('import preview');
  });
});
