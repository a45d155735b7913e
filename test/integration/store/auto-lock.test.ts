import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../main/app/core';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { localUser } from '../../../shared/auth';

afterEach(() => vi.useRealTimers());

describe('auto-lock', () => {
  it('locks after the idle minutes from Settings, closes the database and drops the key', async () => {
    const core = createCore({ dataDir: tempDir(), host: 'browser' });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, { principal: localUser('test') });
    await core.dispatch('settings.update', { autoLockMinutes: 2 }, { principal: localUser('test') });
    const key = core.session.requireKey();
    const db = core.session.requireStore().db;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    core.session.touch();
    vi.advanceTimersByTime(90_000);
    // Activity pushes the lock back.
    await core.dispatch('session.activity', {}, { principal: localUser('test') });
    vi.advanceTimersByTime(90_000);
    expect(core.session.unlocked).toBe(true);
    // Status and reminder polling are not activity (a window left open must still lock).
    await core.dispatch('app.status', {}, { principal: localUser('test') });
    await core.dispatch('request.dueReminders', { peek: true }, { principal: localUser('test') });
    await core.dispatch('disclosure.dueReminders', { peek: true }, { principal: localUser('test') });
    await core.dispatch('request.list', {}, { principal: localUser('system:timer'), background: true });
    vi.advanceTimersByTime(31_000);
    expect(core.session.unlocked).toBe(false);
    expect(db.open).toBe(false);
    expect(key.every((b) => b === 0)).toBe(true);
    const res = await core.dispatch('settings.get', {}, { principal: localUser('test') });
    expect(res).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
