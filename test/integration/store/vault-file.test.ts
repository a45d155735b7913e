import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { createCore } from '../../../main/app/core';
import { vaultPath } from '../../../main/store/vault';
import { PASSPHRASE } from '../../support/temp';
import { newSession } from '../../support/session';
import { localUser } from '../../../shared/auth';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// vault.json is read before any secret is checked; whatever is in it must be refused quickly as
// "damaged" instead of being fed to scrypt (N=2^24 took two minutes and 16 GiB per unlock).
const EDITS: Array<[string, (v: Json) => void]> = [
  ['huge N (2^24)', (v) => (v.passphrase.kdf.N = 2 ** 24)],
  ['absurd N (2^40)', (v) => (v.passphrase.kdf.N = 2 ** 40)],
  ['N not a power of two', (v) => (v.passphrase.kdf.N = 100_000)],
  ['negative N', (v) => (v.passphrase.kdf.N = -131072)],
  ['N as a string', (v) => (v.passphrase.kdf.N = '131072')],
  ['fractional r', (v) => (v.passphrase.kdf.r = 8.5)],
  ['huge p', (v) => (v.passphrase.kdf.p = 1_000_000)],
  ['zero r', (v) => (v.recovery.kdf.r = 0)],
  ['recovery N raised', (v) => (v.recovery.kdf.N = 2 ** 22)],
  ['passphrase and recovery parameters swapped', (v) => ([v.passphrase.kdf.N, v.recovery.kdf.N] = [v.recovery.kdf.N, v.passphrase.kdf.N])],
  ['unknown KDF name', (v) => (v.passphrase.kdf.name = 'argon2id')],
  ['missing salt', (v) => delete v.passphrase.kdf.salt],
  ['salt of the wrong length', (v) => (v.passphrase.kdf.salt = Buffer.alloc(8).toString('base64'))],
  ['salt not base64', (v) => (v.recovery.kdf.salt = '!!!! not base64 at all !!')],
  ['iv of the wrong length', (v) => (v.passphrase.iv = Buffer.alloc(16).toString('base64'))],
  ['tag truncated', (v) => (v.passphrase.tag = v.passphrase.tag.slice(0, 8))],
  ['ciphertext of the wrong length', (v) => (v.passphrase.ciphertext = Buffer.alloc(48).toString('base64'))],
  ['missing recovery wrap', (v) => delete v.recovery],
  ['wrong cipher', (v) => (v.passphrase.cipher = 'aes-128-cbc')],
  ['format zero', (v) => (v.format = 0)],
  ['format from the future', (v) => (v.format = 99)],
  ['kdf is null', (v) => (v.passphrase.kdf = null)],
];

function editVault(dataDir: string, edit: (v: Json) => void): void {
  const v = JSON.parse(readFileSync(vaultPath(dataDir), 'utf8')) as Json;
  edit(v);
  writeFileSync(vaultPath(dataDir), JSON.stringify(v));
}

describe('vault file parameters', () => {
  it('refuses every edited vault.json as VAULT_FILE_DAMAGED, fast, before any key derivation', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    const original = readFileSync(vaultPath(dataDir), 'utf8');
    for (const [name, edit] of EDITS) {
      writeFileSync(vaultPath(dataDir), original);
      editVault(dataDir, edit);
      const core = createCore({ dataDir, host: 'cli' });
      const t0 = performance.now();
      const res = await core.dispatch('vault.unlock', { passphrase: PASSPHRASE }, { principal: localUser('test') });
      const ms = performance.now() - t0;
      expect(res, name).toMatchObject({ ok: false, error: { code: 'VAULT_FILE_DAMAGED', message: expect.stringContaining('vault.json') } });
      // Refusing reads one small file; scrypt at N=2^24 would take minutes (bound generous for CI load).
      expect(ms, name).toBeLessThan(1000);
      expect(core.session.unlocked, name).toBe(false);
      const rc = await core.dispatch('vault.unlock', { recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA' }, { principal: localUser('test') });
      expect(rc, name).toMatchObject({ ok: false, error: { code: 'VAULT_FILE_DAMAGED' } });
    }
    writeFileSync(vaultPath(dataDir), original);
    const core = createCore({ dataDir, host: 'cli' });
    expect(await core.dispatch('vault.unlock', { passphrase: PASSPHRASE }, { principal: localUser('test') })).toMatchObject({ ok: true });
    core.session.lock();
  });

  it('refuses a vault.json that is not JSON or not an object', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    for (const text of ['{ "format": 1,', 'null', '[]', '"vault"', '']) {
      writeFileSync(vaultPath(dataDir), text);
      const core = createCore({ dataDir, host: 'cli' });
      const res = await core.dispatch('vault.unlock', { passphrase: PASSPHRASE }, { principal: localUser('test') });
      expect(res, JSON.stringify(text)).toMatchObject({ ok: false, error: { code: 'VAULT_FILE_DAMAGED' } });
    }
  });
});
