import { describe, expect, it } from 'vitest';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../../main/app/core';
import type { DeviceKeyring } from '../../../main/services/device-keyring';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { localUser } from '../../../shared/auth';

/**
 * Stands in for Electron's safeStorage, which needs a desktop session. It encrypts for real (with
 * a key only this "OS" holds), so the vault logic around it is exercised as in the app.
 */
function osKeychain(backend: string, available = true): DeviceKeyring {
  const osKey = randomBytes(32);
  return {
    status: () => (available ? { available, backend } : { available, backend, reason: 'No desktop keychain is running (only the unprotected basic_text store).' }),
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', osKey, iv);
      const ct = Buffer.concat([c.update(plain), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), ct]).toString('base64');
    },
    decrypt(blob) {
      const b = Buffer.from(blob, 'base64');
      const d = createDecipheriv('aes-256-gcm', osKey, b.subarray(0, 12));
      d.setAuthTag(b.subarray(12, 28));
      return Buffer.concat([d.update(b.subarray(28)), d.final()]);
    },
  };
}

const ctx = { principal: localUser('test') };

describe('"remember on this device"', () => {
  it('wraps the data key with the OS keychain and unlocks with it; turning it off removes the wrap', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir, host: 'electron', keyring: osKeychain('gnome_libsecret') });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, ctx);
    const key = Buffer.from(core.session.requireKey());
    expect(await core.dispatch('vault.setDeviceUnlock', { enabled: true }, ctx)).toMatchObject({ ok: true, result: { deviceUnlock: { available: true, enabled: true } } });
    const vaultText = readFileSync(join(dir, 'vault.json'), 'utf8');
    expect(JSON.parse(vaultText).device.backend).toBe('gnome_libsecret');
    expect(vaultText).not.toContain(key.toString('hex'));
    core.session.lock();
    expect(await core.dispatch('vault.unlock', { device: true }, ctx)).toMatchObject({ ok: true, result: { locked: false } });
    await core.dispatch('vault.setDeviceUnlock', { enabled: false }, ctx);
    expect(JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8')).device).toBeUndefined();
    core.session.lock();
    expect(await core.dispatch('vault.unlock', { device: true }, ctx)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('is refused on Linux basic_text (no real protection), with the reason', async () => {
    const core = createCore({ dataDir: tempDir(), host: 'electron', keyring: osKeychain('basic_text', false) });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, ctx);
    const res = await core.dispatch('vault.setDeviceUnlock', { enabled: true }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('basic_text') } });
  });

  it('is not offered where the host has no keychain (CLI, browser mode)', async () => {
    const core = createCore({ dataDir: tempDir(), host: 'browser' });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, ctx);
    expect(core.session.status().deviceUnlock).toBeNull();
    expect(await core.dispatch('vault.setDeviceUnlock', { enabled: true }, ctx)).toMatchObject({ ok: false });
  });
});
