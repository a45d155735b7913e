// Retention in the browser: the dashboard names what becomes due for purging in the next 30
// days, and Settings shows the rule for every record kind with its legal reasoning, in English
// and in Dutch. dpo serve + Chromium on a fresh data folder; the request is recorded with the CLI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, todayInZone } from '../../shared/dates';
import { addMonthsClamped } from '../../shared/dates/iso';
import { createVaultThroughUi, openApp, screenshot, type AppUnderTest } from '../support/browser';
import { dpo, dpoJson } from '../support/cli';
import { PASSPHRASE } from '../support/temp';

let app: AppUnderTest;
let page: Page;
const dataDir = mkdtempSync(join(tmpdir(), 'dpo-e2e-retention-'));
const day = (days: number) => addDays(todayInZone('Europe/Amsterdam'), days);

beforeAll(async () => {
  app = await openApp(dataDir);
  page = app.page;
}, 60_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('retention (dpo serve + Chromium)', () => {
  it('the dashboard lists a request that becomes due for purging within 30 days; Settings shows every rule with its reasoning', async () => {
    await page.goto(app.serve.url);
    await createVaultThroughUi(page, PASSPHRASE);
    // Withdrawn 24 months less 10 days ago: under the default rule it is purged in 10 days.
    const withdrawnOn = addMonthsClamped(day(10), -24);
    const { ref } = dpoJson<{ ref: string }>(['request', 'add', '--type', 'access', '--name', 'Wim Withdrawn', '--email', 'wim@example.nl', '--received', addDays(withdrawnOn, -3), '--data-dir', dataDir]);
    const withdrawn = dpo(['request', 'withdraw', ref, '--on', withdrawnOn, '--data-dir', dataDir]);
    expect(withdrawn.code, withdrawn.stderr).toBe(0);

    await page.reload();
    const card = page.getByTestId('retention-due');
    await card.getByRole('heading', { name: 'Due for purging in the next 30 days' }).waitFor();
    await expect.poll(() => card.textContent()).toContain(`${ref}: purged from`);
    await screenshot(page, 'retention-01-dashboard');

    await page.getByRole('link', { name: 'Settings' }).click();
    const rules = page.getByTestId('retention-rules');
    await rules.getByRole('heading', { name: 'Retention' }).waitFor();
    expect(await rules.getByRole('row', { name: /^Finished requests/ }).textContent()).toMatch(/24 months.*GDPR Art\. 77/);
    expect(await rules.getByRole('row', { name: /^ID documents/ }).textContent()).toMatch(/0 months.*Art\. 5\(1\)\(c\)/);
    expect(await rules.getByRole('row', { name: /^Policy revisions/ }).textContent()).toContain('kept until the DPO decides');
    await screenshot(page, 'retention-02-settings');
  }, 90_000);
});
