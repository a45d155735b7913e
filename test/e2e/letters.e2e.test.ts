// Letters in Chromium over `dpo serve`: a letter is refused naming the profile field it lacks;
// the organisation profile filled in through Settings; from the requests list, two clicks (the
// request, "Send acknowledgement") to a stored PDF that shows on the timeline with its SHA-256;
// the saved PDF read back; "Mark sent"; the template editor's placeholder check and live preview.
// Screenshots go to SHOTS_DIR (default /tmp/shots-letters).
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { useAppPage } from '../support/app-page';
import { addDays, todayInZone } from '../../shared/dates';

const app = useAppPage({ name: 'letters', shots: '/tmp/shots-letters' });
const { api, shoot, axeProblems } = app;
const NAME = 'Zoë Łukasiewicz-Dvořák';

const today = todayInZone('Europe/Amsterdam');
let page: Page;
let ref = '';

const nav = (name: string) => page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name });

beforeAll(async () => {
  page = app.page;
  ref = (await api<{ ref: string }>('request.create', { types: ['access'], requester: { name: NAME, email: 'zoe@example.com', relation: 'self' }, channel: 'email', receivedDate: addDays(today, -2) })).ref;
}, 90_000);

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
    expect(app.watched.consoleErrors).toEqual([]);
    expect(app.watched.foreignRequests).toEqual([]);
  });
});
