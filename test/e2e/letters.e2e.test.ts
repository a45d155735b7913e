// Letters in Chromium over `dpo serve`: a letter is refused naming the profile field it lacks;
// the organisation profile filled in through Settings; from the requests list, two clicks (the
// request, "Send acknowledgement") to a stored PDF that shows on the timeline with its SHA-256;
// the saved PDF read back; "Mark sent"; the template editor's placeholder check and live preview.
// Screenshots go to SHOTS_DIR (default /tmp/shots-letters).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, type ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { createVaultThroughUi, launchBrowser, startServe, stopServe, watchPage } from '../support/browser';
import { PASSPHRASE } from '../support/temp';
import { addDays, todayInZone } from '../../shared/dates';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SHOTS = process.env.SHOTS_DIR ?? '/tmp/shots-letters';
const NAME = 'Zoë Łukasiewicz-Dvořák';

const dataDir = mkdtempSync(join(tmpdir(), 'dpo-e2e-letters-'));
const today = todayInZone('Europe/Amsterdam');
let serve: { url: string; origin: string; child: ChildProcess };
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;
let watched: ReturnType<typeof watchPage>;
let ref = '';

async function api<T>(op: string, input: unknown): Promise<T> {
  const res = await page.evaluate(
    async ([o, body]) => {
      const token = sessionStorage.getItem('dpo.token');
      const out = await fetch(`/api/${o}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      return out.json();
    },
    [op, input] as const,
  );
  if (!res.ok) throw new Error(`${op}: ${JSON.stringify(res.error)}`);
  return res.result as T;
}

async function shoot(name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function axeProblems(): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }> }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

const nav = (name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name });

beforeAll(async () => {
  serve = await startServe(dataDir);
  ({ browser, close: closeBrowser } = await launchBrowser());
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, bypassCSP: true, acceptDownloads: true });
  page = await context.newPage();
  watched = watchPage(page, serve.origin);
  await page.goto(serve.url);
  await createVaultThroughUi(page, PASSPHRASE);
  ref = (await api<{ ref: string }>('request.create', { types: ['access'], requester: { name: NAME, email: 'zoe@example.com', relation: 'self' }, channel: 'email', receivedDate: addDays(today, -2) })).ref;
}, 90_000);

afterAll(async () => {
  await closeBrowser?.();
  if (serve) await stopServe(serve.child);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('letters in Chromium', () => {
  it('refuses a letter while the profile lacks what it prints, naming the fields', async () => {
    await page.evaluate((r) => (window.location.hash = `#/requests/${r}`), ref);
    await page.getByRole('button', { name: 'Send acknowledgement' }).click({ timeout: 15_000 });
    await page.getByText(/The organisation profile is missing org\.name, org\.address, dpo\.name, dpo\.email/).waitFor();
    await shoot('L-01-profile-missing-1024');
  });

  it('the organisation profile is filled in through Settings', async () => {
    await nav('Settings').click();
    const form = page.locator('form[aria-labelledby="org-profile-title"]');
    await form.waitFor({ timeout: 15_000 });
    await page.locator('form', { has: page.getByRole('heading', { name: 'Organisation and deadlines' }) }).getByLabel('Organisation name').fill('Netrouting B.V.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Saved.').first().waitFor();
    await form.getByLabel('Organisation address').fill('Fascinatio Boulevard 522\n2909 VA Capelle aan den IJssel');
    await form.getByLabel('Registration number (KvK)').fill('12345678');
    await form.getByLabel('Data protection officer').fill('Jan de Vries');
    await form.getByLabel("DPO's e-mail address").fill('not an address');
    await form.getByRole('button', { name: 'Update the profile' }).click();
    await form.getByText('That is not a valid e-mail address').waitFor();
    await form.getByLabel("DPO's e-mail address").fill('fg@netrouting.example');
    expect(await form.getByLabel('Supervisory authority').inputValue()).toBe('Autoriteit Persoonsgegevens');
    await form.getByRole('button', { name: 'Update the profile' }).click();
    await form.getByText('Saved.').waitFor();
    await form.scrollIntoViewIfNeeded();
    await shoot('L-02-settings-profile-1024');
  });

  it('two clicks from the requests list to a stored acknowledgement, on the timeline with its SHA-256', async () => {
    await nav('Requests').click();
    // Click 1: the request.
    await page.getByRole('link', { name: ref }).click({ timeout: 15_000 });
    // Click 2: the letter the step calls for, offered first.
    const send = page.getByRole('button', { name: 'Send acknowledgement' });
    expect(await send.getAttribute('class')).toContain('button--primary');
    await send.click();
    await page.getByText('Acknowledgement stored on the request (1 page).').waitFor({ timeout: 20_000 });
    const item = page.getByTestId('letter-item').first();
    await item.getByText('SHA-256').waitFor();
    const filename = `${ref}-acknowledgement-en.pdf`;
    await page.getByText(`Attached ${filename}`).first().waitFor();
    const stored = await api<{ letters: Array<{ sha256: string }> }>('letter.forRequest', { ref });
    expect(stored.letters).toHaveLength(1);
    expect(await item.locator('[title]').first().getAttribute('title')).toBe(stored.letters[0]!.sha256);
    await shoot('L-03-request-letter-stored-1024');
    expect(await axeProblems()).toEqual([]);

    // The saved PDF is the letter, with the name as written.
    const download = page.waitForEvent('download');
    await item.getByRole('button', { name: 'Save PDF' }).click();
    const file = await (await download).path();
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file!, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(`Dear ${NAME},`);
    expect(text).toContain('Netrouting B.V.');
  });

  it('mark sent records the day on the letter and the timeline', async () => {
    const item = page.getByTestId('letter-item').first();
    await item.getByLabel('Sent on').fill(today);
    await item.getByRole('button', { name: 'Mark sent' }).click();
    await item.getByText(/^Sent /).waitFor({ timeout: 15_000 });
    await page.getByText(`Acknowledgement sent (${ref}-acknowledgement-en.pdf)`).first().waitFor();
    await shoot('L-04-letter-sent-1024');
  });

  it('the template editor checks placeholders as they are typed and previews the letter', async () => {
    await nav('Settings').click();
    const editor = page.locator('section[aria-labelledby="templates-title"]');
    await editor.waitFor({ timeout: 15_000 });
    await editor.getByLabel('Template').selectOption('refusal');
    await editor.getByLabel('Written in').selectOption('nl');
    const body = editor.getByLabel('Letter text');
    expect(await body.inputValue()).toContain('Artikel 12 lid 4 AVG');
    await body.fill('Geachte {{subject.naam}},\n\n{{refusal.reasons}}');
    await editor.getByText('{{subject.naam}} is not a placeholder').waitFor();
    expect(await editor.getByRole('button', { name: 'Keep as a new version' }).isDisabled()).toBe(true);
    await body.fill('Geachte {{subject.name}},\n\n## Onze redenen\n\n{{refusal.reasons}}');
    await editor.getByRole('article', { name: 'Preview' }).getByText('Geachte ‹subject.name›,').waitFor();
    await editor.getByRole('button', { name: 'Keep as a new version' }).click();
    await editor.getByText('Version 2 (edited)').waitFor({ timeout: 15_000 });
    await editor.scrollIntoViewIfNeeded();
    await shoot('L-05-template-editor-1024');
    expect(watched.consoleErrors).toEqual([]);
    expect(watched.foreignRequests).toEqual([]);
  });
});
