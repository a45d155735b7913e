import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../main/services/core';
import { PASSPHRASE, tempDir } from '../../support/temp';

afterEach(() => vi.useRealTimers());

describe('auto-lock', () => {
  it('locks after the idle minutes from Settings, closes the database and drops the key', async () => {
    const core = createCore({ dataDir: tempDir(), host: 'browser' });
    await core.dispatch('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE }, { actor: 'test' });
    await core.dispatch('settings.update', { autoLockMinutes: 2 }, { actor: 'test' });
    const key = core.session.requireKey();
    const db = core.session.requireStore().db;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    core.session.touch();
    vi.advanceTimersByTime(90_000);
    // Activity pushes the lock back.
    await core.dispatch('session.activity', {}, { actor: 'test' });
    vi.advanceTimersByTime(90_000);
    expect(core.session.unlocked).toBe(true);
    // Status and reminder polling are not activity (a window left open must still lock).
    await core.dispatch('app.status', {}, { actor: 'test' });
    await core.dispatch('request.dueReminders', { peek: true }, { actor: 'test' });
    await core.dispatch('request.list', {}, { actor: 'system:timer', background: true });
    vi.advanceTimersByTime(31_000);
    expect(core.session.unlocked).toBe(false);
    expect(db.open).toBe(false);
    expect(key.every((b) => b === 0)).toBe(true);
    const res = await core.dispatch('settings.get', {}, { actor: 'test' });
    expect(res).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});
