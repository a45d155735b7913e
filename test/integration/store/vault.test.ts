import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vault from '../../../main/store/vault';
import { generateRecoveryCode, normaliseRecoveryCode, RECOVERY_CODE_BITS } from '../../../main/store/recovery-code';
import { Session } from '../../../main/services/session';
import { PASSPHRASE, snapshotHashes, tempDir } from '../../support/temp';
import { newCore, newSession } from '../../support/session';
import { dbPath, unlockAttemptsPath } from '../../../main/store/files';
import { localUser } from '../../../shared/auth';

describe('vault', () => {
  it('stores the data key only wrapped, with KDF parameters and a format version', async () => {
    const dir = tempDir();
    const { dataKey } = await vault.createVault(dir, PASSPHRASE);
    const text = readFileSync(join(dir, 'vault.json'), 'utf8');
    const file = JSON.parse(text);
    expect(file.format).toBe(1);
    expect(file.passphrase.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1 });
    expect(file.passphrase.cipher).toBe('aes-256-gcm');
    expect(text).not.toContain(dataKey.toString('hex'));
    expect(text).not.toContain(dataKey.toString('base64'));
    expect(await vault.unlockWithPassphrase(dir, PASSPHRASE)).toEqual(dataKey);
  });

  it('recovery codes carry 120+ bits, are grouped, and survive spacing, case and look-alikes', async () => {
    expect(RECOVERY_CODE_BITS).toBeGreaterThanOrEqual(120);
    const code = generateRecoveryCode();
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(new Set(Array.from({ length: 50 }, generateRecoveryCode)).size).toBe(50);
    const sloppy = code.toLowerCase().replace(/-/g, ' ');
    expect(normaliseRecoveryCode(sloppy)).toBe(normaliseRecoveryCode(code));
    expect(normaliseRecoveryCode('O1L-I')).toBe('0111');
  });

  it('a wrong passphrase and a wrong recovery code fail cleanly and touch no file', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    const before = snapshotHashes(dataDir);
    await expect(session.unlock({ passphrase: 'not the passphrase at all' }, 'test')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await expect(session.unlock({ recoveryCode: generateRecoveryCode() }, 'test')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    // Only the wrong-attempt counter changes (it holds a count and a time, nothing secret).
    const after = snapshotHashes(dataDir);
    delete after[unlockAttemptsPath(dataDir)];
    expect(after).toEqual(before);
    expect(session.unlocked).toBe(false);
  });

  it('slows down repeated wrong attempts with an increasing delay', async () => {
    const { session } = await newSession();
    session.lock();
    const codes: string[] = [];
    const delays: Array<number | undefined> = [];
    for (let i = 0; i < 4; i++) {
      try {
        await session.unlock({ passphrase: `wrong passphrase ${i}` }, 'test');
      } catch (err) {
        codes.push((err as { code: string }).code);
        delays.push((err as { retryAfterSeconds?: number }).retryAfterSeconds);
      }
    }
    // 3rd wrong attempt arms a delay; the 4th is refused without trying.
    expect(codes).toEqual(['WRONG_PASSPHRASE', 'WRONG_PASSPHRASE', 'WRONG_PASSPHRASE', 'TOO_MANY_ATTEMPTS']);
    expect(delays[2]).toBeGreaterThan(0);
    await expect(session.unlock({ passphrase: PASSPHRASE }, 'test')).rejects.toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
  });

  it('changing the passphrase re-wraps the key and leaves the database file untouched', async () => {
    const { core, dataDir } = await newCore();
    core.session.lock();
    await core.dispatch('vault.unlock', { passphrase: PASSPHRASE }, { principal: localUser('test') });
    // Fold the WAL so the database file is stable before we hash it.
    core.session.requireStore().db.pragma('wal_checkpoint(TRUNCATE)');
    const dbBefore = snapshotHashes(dataDir)[dbPath(dataDir)];
    const t0 = performance.now();
    const res = await core.dispatch('vault.changePassphrase', { current: PASSPHRASE, next: 'a brand new passphrase', confirm: 'a brand new passphrase' }, { principal: localUser('test') });
    const ms = performance.now() - t0;
    expect(res).toMatchObject({ ok: true });
    expect(snapshotHashes(dataDir)[dbPath(dataDir)]).toBe(dbBefore);
    // Two scrypt runs (check + wrap), no database rewrite: well under a few seconds.
    expect(ms).toBeLessThan(10_000);
    core.session.lock();
    await expect(core.session.unlock({ passphrase: PASSPHRASE }, 'test')).rejects.toMatchObject({ code: 'WRONG_PASSPHRASE' });
    await core.session.unlock({ passphrase: 'a brand new passphrase' }, 'test');
    expect(core.session.unlocked).toBe(true);
  });

  it('change passphrase refuses a wrong current passphrase with a field error', async () => {
    const { core } = await newCore();
    const res = await core.dispatch('vault.changePassphrase', { current: 'wrong current phrase', next: 'a brand new passphrase', confirm: 'a brand new passphrase' }, { principal: localUser('test') });
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { current: [expect.any(String)] } } });
  });

  it('passphrase rules: at least 12 characters and matching confirmation, as field errors', async () => {
    const core = (await import('../../../main/app/core')).createCore({ dataDir: tempDir(), host: 'cli' });
    const short = await core.dispatch('vault.create', { passphrase: 'short', confirm: 'short' }, { principal: localUser('test') });
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { passphrase: [expect.stringContaining('12 characters')] } } });
    const differ = await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE + 'x' }, { principal: localUser('test') });
    expect(differ).toMatchObject({ ok: false, error: { fieldErrors: { confirm: ['The two passphrases differ.'] } } });
    expect(core.session.initialised).toBe(false);
  });

  it('resets a forgotten passphrase with the recovery code and issues a new code', async () => {
    const { core, recoveryCode } = await newCore();
    core.session.lock();
    const res = await core.dispatch('vault.resetWithRecovery', { recoveryCode, next: 'remembered this time', confirm: 'remembered this time' }, { principal: localUser('test') });
    expect(res.ok).toBe(true);
    const fresh = (res as { result: { recoveryCode: string } }).result.recoveryCode;
    expect(fresh).not.toBe(recoveryCode);
    core.session.lock();
    await expect(core.session.unlock({ recoveryCode }, 'test')).rejects.toMatchObject({ code: 'WRONG_RECOVERY_CODE' });
    await core.session.unlock({ recoveryCode: fresh }, 'test');
    core.session.lock();
    await core.session.unlock({ passphrase: 'remembered this time' }, 'test');
    expect(core.session.unlocked).toBe(true);
  });

  it('tracks whether the recovery code was acknowledged', async () => {
    const { core } = await newCore();
    expect(core.session.status().recoveryPending).toBe(true);
    await core.dispatch('vault.acknowledgeRecovery', {}, { principal: localUser('test') });
    expect(core.session.status().recoveryPending).toBe(false);
  });

  it('never creates a fresh database when the vault exists but the database is missing', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    const { rmSync, existsSync } = await import('node:fs');
    rmSync(dbPath(dataDir));
    const again = new Session({ dataDir, host: 'cli' });
    await expect(again.unlock({ passphrase: PASSPHRASE }, 'test')).rejects.toMatchObject({ code: 'DATABASE_DAMAGED' });
    expect(existsSync(dbPath(dataDir))).toBe(false);
  });
});
