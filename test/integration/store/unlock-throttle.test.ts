import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from '../../../main/services/session';
import { FREE_ATTEMPTS, MAX_DELAY_SECONDS, UnlockThrottle } from '../../../main/services/unlock-throttle';
import { unlockAttemptsPath } from '../../../main/store/files';
import { createCore } from '../../../main/app/core';
import { backupNow, restoreFromBackup } from '../../../main/services/backup-service';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { newCore, newSession } from '../../support/session';
import { localUser } from '../../../shared/auth';

const WRONG = 'not the passphrase at all';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'OK';
  } catch (err) {
    return (err as { code: string }).code;
  }
}

describe('unlock throttle', () => {
  it('counts in a file, so a new process on the same folder is still throttled', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    const codes: string[] = [];
    for (let i = 0; i < FREE_ATTEMPTS; i++) codes.push(await code(session.unlock({ passphrase: `${WRONG} ${i}` }, 'test')));
    expect(codes).toEqual(Array(FREE_ATTEMPTS).fill('WRONG_PASSPHRASE'));
    // A fresh Session stands for a restarted app or the next `dpo` command.
    const restarted = new Session({ dataDir, host: 'cli' });
    await expect(restarted.unlock({ passphrase: PASSPHRASE }, 'test')).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
    expect(restarted.unlocked).toBe(false);

    const file = unlockAttemptsPath(dataDir);
    const text = readFileSync(file, 'utf8');
    expect(JSON.parse(text)).toEqual({ failures: FREE_ATTEMPTS, blockedUntil: expect.any(Number) });
    expect(text).not.toContain('passphrase');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);

    // Once the wait is over, the right passphrase unlocks and removes the counter.
    writeFileSync(file, JSON.stringify({ failures: FREE_ATTEMPTS, blockedUntil: Date.now() - 1000 }));
    await restarted.unlock({ passphrase: PASSPHRASE }, 'test');
    expect(restarted.unlocked).toBe(true);
    expect(existsSync(file)).toBe(false);
    restarted.lock();
  }, 180_000);

  it('vault.unlock while unlocked checks the passphrase and counts a wrong one', async () => {
    const { core, dataDir } = await newCore();
    const wrong = await core.dispatch('vault.unlock', { passphrase: WRONG }, { principal: localUser('test') });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    expect(JSON.parse(readFileSync(unlockAttemptsPath(dataDir), 'utf8'))).toMatchObject({ failures: 1 });
    expect(core.session.unlocked).toBe(true);
    for (let i = 1; i < FREE_ATTEMPTS; i++) await core.dispatch('vault.unlock', { passphrase: WRONG }, { principal: localUser('test') });
    const blocked = await core.dispatch('vault.unlock', { passphrase: PASSPHRASE }, { principal: localUser('test') });
    expect(blocked).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    // Recovery-code checks while unlocked go through the same counter.
    const reset = await core.dispatch('vault.resetWithRecovery', { recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', next: 'another long passphrase', confirm: 'another long passphrase' }, { principal: localUser('test') });
    expect(reset).toMatchObject({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS' } });
    core.session.lock();
  }, 180_000);

  it('the right passphrase while unlocked answers ok and clears the count', async () => {
    const { core, dataDir } = await newCore();
    await core.dispatch('vault.unlock', { passphrase: WRONG }, { principal: localUser('test') });
    expect(existsSync(unlockAttemptsPath(dataDir))).toBe(true);
    expect(await core.dispatch('vault.unlock', { passphrase: PASSPHRASE }, { principal: localUser('test') })).toMatchObject({ ok: true, result: { locked: false } });
    expect(existsSync(unlockAttemptsPath(dataDir))).toBe(false);
    core.session.lock();
  }, 180_000);

  it('doubles the delay, caps it, and never trusts a damaged or far-future counter to mean less', () => {
    const file = join(tempDir(), 'unlock-attempts.json');
    let now = 1_000_000;
    const t = new UnlockThrottle(file, () => now);
    const delays = Array.from({ length: FREE_ATTEMPTS + 12 }, () => t.recordFailure());
    expect(delays.slice(0, FREE_ATTEMPTS - 1)).toEqual([0, 0]);
    expect(delays.slice(FREE_ATTEMPTS - 1, FREE_ATTEMPTS + 2)).toEqual([2, 4, 8]);
    expect(Math.max(...delays)).toBe(MAX_DELAY_SECONDS);
    // A second instance (another process) sees the same wait.
    expect(new UnlockThrottle(file, () => now).waitSeconds()).toBe(MAX_DELAY_SECONDS);
    now += MAX_DELAY_SECONDS * 1000;
    expect(t.waitSeconds()).toBe(0);

    writeFileSync(file, JSON.stringify({ failures: 1, blockedUntil: now + 10 ** 12 }));
    expect(t.waitSeconds()).toBe(MAX_DELAY_SECONDS);
    for (const damaged of ['{', '[]', '{"failures":-1,"blockedUntil":0}', '']) {
      writeFileSync(file, damaged);
      expect(t.waitSeconds(), damaged).toBe(0);
      // Counts as already at the free limit: the next wrong attempt is delayed.
      expect(t.recordFailure(), damaged).toBeGreaterThan(0);
    }
    t.recordSuccess();
    expect(existsSync(file)).toBe(false);
  }, 180_000);

  it('a folder with no vault has no counter and the status call creates none', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir, host: 'cli' });
    expect(await core.dispatch('vault.unlock', { passphrase: WRONG }, { principal: localUser('test') })).toMatchObject({ ok: false, error: { code: 'NOT_INITIALISED' } });
    expect(existsSync(unlockAttemptsPath(dir))).toBe(false);
  }, 180_000);

  it('restoring a backup with a wrong passphrase counts too, and is refused while throttled', async () => {
    const { session, dataDir } = await newSession();
    const target = join(tempDir(), 'b.db');
    await backupNow(session, 'test', target);
    const codes: string[] = [];
    for (let i = 0; i < FREE_ATTEMPTS + 1; i++) codes.push(await code(restoreFromBackup(session, target, `${WRONG} ${i}`, 'test')));
    // A restore tries the passphrase on the current vault and on the copy beside the backup, and
    // each wrong try counts: the throttle engages at least as fast as for unlocks.
    expect(codes[0]).toBe('WRONG_PASSPHRASE');
    expect(codes).toContain('TOO_MANY_ATTEMPTS');
    expect(codes.filter((c) => c !== 'WRONG_PASSPHRASE' && c !== 'TOO_MANY_ATTEMPTS')).toEqual([]);
    expect(JSON.parse(readFileSync(unlockAttemptsPath(dataDir), 'utf8')).failures).toBeGreaterThanOrEqual(FREE_ATTEMPTS);
  }, 180_000);
});
