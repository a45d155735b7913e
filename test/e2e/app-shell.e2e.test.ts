import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { useAppPage } from '../support/app-page';
import { PASSPHRASE } from '../support/temp';

// The test goes through the first-run screens itself; no axe here, so the page keeps its
// Content-Security-Policy.
const app = useAppPage({ name: 'app-shell', shots: join('test-results', 'screens'), viewport: { width: 1280, height: 860 }, axe: false, vault: false });
const { shoot } = app;
let page: Page;

beforeAll(() => {
  page = app.page;
});

describe('the app in browser mode (dpo serve + Chromium)', () => {
  it('first run: a short passphrase gets a field error; a good one creates the vault and shows the recovery code', async () => {
    await page.goto(app.serve.url);
    await page.getByRole('heading', { name: 'Welcome to DPO Workbench' }).waitFor();
    // The token left the address bar as soon as the page took it.
    expect(page.url()).not.toContain('token=');
    await shoot('01-first-run');
    await page.getByLabel('Passphrase', { exact: true }).fill('too short');
    await page.getByLabel('Repeat the passphrase').fill('too short');
    await page.getByRole('button', { name: 'Create my encrypted workbench' }).click();
    await expect(page.getByText(/at least 12 characters/).first().isVisible()).resolves.toBe(true);
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Repeat the passphrase').fill(PASSPHRASE);
    await page.getByLabel('Repeat the passphrase').press('Enter');
    await page.getByRole('heading', { name: 'Your recovery code' }).waitFor({ timeout: 20_000 });
    const code = await page.locator('.recovery-code').textContent();
    expect(code).toMatch(/^([0-9A-Z]{5}-){5}[0-9A-Z]{5}$/);
    await shoot('02-recovery-code');
    const cont = page.getByRole('button', { name: 'Continue to the workbench' });
    expect(await cont.isDisabled()).toBe(true);
    await page.getByLabel('I have stored the recovery code somewhere safe').check();
    await cont.click();
  });

  it('shows the app frame with its navigation and a live deadline', async () => {
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    await nav.waitFor();
    for (const name of ['Dashboard', 'Requests', 'Disclosures', 'Policies', 'Reports', 'Settings']) {
      expect(await nav.getByRole('link', { name }).isVisible(), name).toBe(true);
    }
    await page.getByRole('heading', { name: 'Deadline calculator' }).waitFor();
    await page.getByLabel('Date received').fill('2026-01-31');
    await expect.poll(() => page.getByTestId('deadline-due').textContent()).toMatch(/^Mon 2 Mar 2026 \(/);
    // Atw Art. 3(2) assimilates Good Friday (3 Apr 2026): the binding date stays that Friday and the
    // later reading is shown beneath it, never instead of it.
    await page.getByLabel('Date received').fill('2026-03-03');
    await expect.poll(() => page.getByTestId('deadline-due').textContent()).toMatch(/^Fri 3 Apr 2026 \(/);
    expect(await page.getByTestId('later-readings-due').textContent()).toMatch(/A later reading gives Tue 7 Apr 2026: .*Algemene termijnenwet Art\. 3\(2\)/);
    await page.getByLabel('Date received').fill('2026-01-31');
    await shoot('03-dashboard');
  });

  it('every section is reachable, with an honest empty state where there is nothing yet', async () => {
    for (const [link, heading, text] of [
      ['Disclosures', 'Disclosures', 'No disclosures recorded yet.'],
      ['Policies', 'Privacy policy', 'No policy revisions recorded yet.'],
      ['Reports', 'Reports', 'No report generated yet.'],
    ] as const) {
      await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      // The heading shows before the list has loaded: wait for the empty state, then check it.
      await page.getByText(text).waitFor();
      expect(await page.getByText(text).isVisible(), link).toBe(true);
    }
  });

  it('the audit trail lists events and verifies the chain', async () => {
    await page.getByRole('link', { name: 'Audit trail' }).click();
    // Operations in words, never their internal codes; the filter is a list of choices.
    await page.getByRole('cell', { name: 'Vault created' }).waitFor();
    expect(await page.getByRole('cell', { name: 'vault.create' }).count()).toBe(0);
    await page.getByLabel('Operation').selectOption({ label: 'Settings changed' });
    await page.getByLabel('Operation').selectOption({ label: 'Any operation' });
    await page.getByRole('cell', { name: 'Vault created' }).waitFor();
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await expect.poll(() => page.getByTestId('audit-verification').textContent()).toMatch(/^Intact: \d+ events/);
    await shoot('04-audit-trail');
  });

  it('settings save with field-level errors for bad input', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    const tz = page.getByLabel('Time zone');
    await tz.waitFor();
    await tz.fill('Europe/Atlantis');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Not a known time zone').waitFor();
    await tz.fill('Europe/Amsterdam');
    await page.getByLabel('Organisation name').fill('Netrouting');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await shoot('05-settings');
  });

  it('locking keeps unsaved input; a wrong passphrase is refused; the right one brings it back', async () => {
    await page.getByLabel('Organisation name').fill('Netrouting B.V. (unsaved)');
    await page.getByRole('button', { name: 'Lock now' }).click();
    await page.getByRole('heading', { name: 'Unlock DPO Workbench' }).waitFor();
    await page.getByLabel('Passphrase', { exact: true }).fill('definitely not it');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByText('That passphrase is not correct.').first().waitFor();
    await shoot('06-unlock');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('heading', { name: 'Unlock DPO Workbench' }).waitFor({ state: 'detached', timeout: 20_000 });
    expect(await page.getByLabel('Organisation name').inputValue()).toBe('Netrouting B.V. (unsaved)');
  });

  it('made no request to any other origin and logged no console error', () => {
    expect(app.watched.foreignRequests).toEqual([]);
    expect(app.watched.consoleErrors).toEqual([]);
  });
});

