// A damaged database in the browser: the restore screen replaces unlock, lists the automatic
// backups while locked, and restoring one with the passphrase opens the workbench.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, renameSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, screenshot, type AppUnderTest } from '../support/browser';
import { dpo, dpoJson } from '../support/cli';
import { PASSPHRASE } from '../support/temp';

let app: AppUnderTest;
let page: Page;
const dataDir = mkdtempSync(join(tmpdir(), 'dpo-e2e-damaged-'));
const backupName = 'dpo-backup-20261101-100000.db';

beforeAll(async () => {
  dpoJson(['init', '--data-dir', dataDir]);
  // `dpo backup` refuses a path inside the data folder, so the backup is written beside it and
  // then moved in with its manifest and vault copy, where the automatic backups live.
  const outside = mkdtempSync(join(tmpdir(), 'dpo-e2e-backup-'));
  dpoJson(['backup', join(outside, backupName), '--data-dir', dataDir]);
  mkdirSync(join(dataDir, 'backups'), { recursive: true });
  for (const suffix of ['', '.manifest.json', '.vault.json']) renameSync(join(outside, backupName + suffix), join(dataDir, 'backups', backupName + suffix));
  truncateSync(join(dataDir, 'workbench.db'), 0);
  expect(dpo(['status', '--data-dir', dataDir]).code).toBe(1);
  app = await openApp(dataDir);
  page = app.page;
}, 90_000);

afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
});

describe('damaged database in browser mode', () => {
  it('shows the restore screen instead of unlock, naming the file and listing the automatic backups', async () => {
    await page.goto(app.serve.url);
    await page.getByRole('heading', { name: 'The database must be restored from a backup' }).waitFor();
    expect(await page.getByText('The database file is empty.').isVisible()).toBe(true);
    expect(await page.getByTestId('damage-message').textContent()).toContain(join(dataDir, 'workbench.db'));
    await page.getByRole('radio', { name: `Restore ${backupName}` }).waitFor();
    expect(await page.getByRole('button', { name: 'Unlock' }).count()).toBe(0);
    await screenshot(page, '30-damaged-restore');
  });

  it('a wrong passphrase is refused next to the field; the right one restores and opens the workbench', async () => {
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByText('Choose a backup.').waitFor();
    await page.getByRole('radio', { name: `Restore ${backupName}` }).check();
    await page.getByLabel('Passphrase').fill('not the passphrase at all');
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByText('That passphrase is not correct.').first().waitFor({ timeout: 20_000 });
    expect(statSync(join(dataDir, 'workbench.db')).size).toBe(0);
    await page.getByLabel('Passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).waitFor({ timeout: 30_000 });
    expect(statSync(join(dataDir, 'workbench.db')).size).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Audit trail' }).click();
    await page.getByRole('cell', { name: 'Backup restored', exact: true }).waitFor();
    await screenshot(page, '31-restored-audit');
  });

  it('Settings → Backups: the database check reports the restored database sound', async () => {
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Check the database' }).click();
    await expect.poll(() => page.getByTestId('store-check').textContent(), { timeout: 20_000 }).toMatch(/^Sound: \d+ pages read/);
    await screenshot(page, '32-settings-check');
  });

  it('Settings → Backups also restores a backup while unlocked, and every screen reloads', async () => {
    await page.getByRole('button', { name: 'Restore a backup…' }).click();
    await page.getByRole('radio', { name: `Restore ${backupName}` }).check();
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await screenshot(page, '33-settings-restore');
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByTestId('restore-done').waitFor({ timeout: 30_000 });
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Audit trail' }).click();
    // The backup holds events up to its snapshot: one restore event again, not two.
    await page.getByRole('cell', { name: 'Backup restored', exact: true }).waitFor();
    expect(await page.getByRole('cell', { name: 'Backup restored', exact: true }).count()).toBe(1);
    expect(app.watched.foreignRequests).toEqual([]);
    expect(app.watched.consoleErrors).toEqual([]);
  });
});
