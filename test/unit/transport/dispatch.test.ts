import { describe, expect, it } from 'vitest';
import { createDispatch } from '../../../main/transport/dispatch';
import type { Handlers } from '../../../shared/handlers';
import { api, OP_NAMES } from '../../../shared/api';
import { can, localUser, PERMISSIONS } from '../../../shared/auth';
import { NotFoundError } from '../../../shared/errors';

// Dispatch is tested with its own handler table: what is under test is the boundary (name check,
// schema parse, error mapping), not the services, which have their own tests on real files.
function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const all = Object.fromEntries(OP_NAMES.map((n) => [n, () => ({ handled: n })])) as unknown as Handlers;
  return { ...all, ...overrides };
}

const ctx = { principal: localUser('test') };

describe('dispatch', () => {
  it('answers an unknown operation with a typed error, never a throw', async () => {
    const d = createDispatch({ handlers: handlers(), isUnlocked: () => true });
    await expect(d('nope.nothing', {}, ctx)).resolves.toEqual({ ok: false, error: { code: 'UNKNOWN_OPERATION', message: 'Unknown operation "nope.nothing".' } });
    await expect(d('__proto__', {}, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    await expect(d('constructor', {}, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
  });

  it('answers an invalid payload with field-level errors and never calls the handler', async () => {
    let called = false;
    const d = createDispatch({
      handlers: handlers({ 'vault.create': () => ((called = true), { recoveryCode: 'x' }) }),
      isUnlocked: () => true,
    });
    const res = await d('vault.create', { passphrase: 'short', confirm: 'other' }, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { passphrase: [expect.stringContaining('12 characters')] } } });
    expect(called).toBe(false);
    await expect(d('vault.create', 'not an object', ctx)).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await expect(d('app.status', { extra: 1 }, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses an operation that takes a local path unless the caller may name local files, before reading the input', async () => {
    let called = false;
    const d = createDispatch({ handlers: handlers({ 'backup.toFile': () => ((called = true), undefined as never) }), isUnlocked: () => true });
    // Invalid input too: a renderer learns nothing about what the operation would accept.
    for (const input of [{ file: '/tmp/b.db' }, { file: 'relative.db' }]) {
      await expect(d('backup.toFile', input, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(called).toBe(false);
    await expect(d('backup.toFile', { file: '/tmp/b.db' }, { ...ctx, localFiles: true })).resolves.toMatchObject({ ok: true });
    expect(called).toBe(true);
    // Every operation that takes a path is marked, and only those.
    expect(OP_NAMES.filter((n) => (api[n] as { localFiles?: true }).localFiles).sort()).toEqual(['backup.restoreFile', 'backup.toFile', 'export.write', 'report.save']);
  });

  it('refuses unlocked-only operations while locked', async () => {
    const d = createDispatch({ handlers: handlers(), isUnlocked: () => false });
    await expect(d('settings.get', {}, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await expect(d('app.status', {}, ctx)).resolves.toEqual({ ok: true, result: { handled: 'app.status' } });
  });

  it('maps a WorkbenchError to its code and hides anything unexpected behind INTERNAL', async () => {
    const secret = 'Jansen, Pieter — BSN 123456782';
    const d = createDispatch({
      handlers: handlers({
        'settings.get': () => {
          throw new NotFoundError('Request', 'DSR-1');
        },
        'audit.verify': () => {
          throw new Error(`constraint failed for ${secret}`);
        },
      }),
      isUnlocked: () => true,
    });
    await expect(d('settings.get', {}, ctx)).resolves.toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'Request DSR-1 was not found.' } });
    const res = await d('audit.verify', {}, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(res)).not.toContain('Jansen');
  });

  it('says the disk is full for ENOSPC and the SQLite full-disk codes, and nothing else', async () => {
    const fsError = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    const sqliteFull = Object.assign(new Error('database or disk is full'), { name: 'SqliteError', code: 'SQLITE_FULL' });
    const shm = Object.assign(new Error('disk I/O error'), { name: 'SqliteError', code: 'SQLITE_IOERR_SHMSIZE' });
    const other = Object.assign(new Error('disk I/O error'), { name: 'SqliteError', code: 'SQLITE_IOERR_READ' });
    const thrower = (e: Error) => () => {
      throw e;
    };
    for (const e of [fsError, sqliteFull, shm]) {
      const d = createDispatch({ handlers: handlers({ 'settings.get': thrower(e) }), isUnlocked: () => true });
      await expect(d('settings.get', {}, ctx), e.message).resolves.toEqual({
        ok: false,
        error: { code: 'DISK_FULL', message: 'The disk that holds the data folder is full. Free some space, then try again.' },
      });
    }
    const d = createDispatch({ handlers: handlers({ 'settings.get': thrower(other) }), isUnlocked: () => true });
    const res = await d('settings.get', {}, ctx);
    expect(res).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    // An unexpected failure cannot know whether something was written; it must not claim so.
    expect(JSON.stringify(res)).not.toMatch(/nothing was changed/i);
  });
});

describe('permissions', () => {
  it('every operation declares a known permission, and the single-user DPO holds them all', () => {
    for (const name of OP_NAMES) {
      expect(PERMISSIONS).toContain(api[name].permission);
      expect(can(localUser('dpo'), api[name].permission)).toBe(true);
    }
  });

  it('refuses a caller whose roles lack the permission with FORBIDDEN, before reading the input or calling the handler', async () => {
    let called = false;
    const d = createDispatch({ handlers: handlers({ 'settings.update': () => ((called = true), {} as never) }), isUnlocked: () => true });
    const nobody = { principal: { userId: 'x', tenantId: 'local', roles: [] } };
    const res = await d('settings.update', { autoLockMinutes: 'not a number' }, nobody);
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(called).toBe(false);
  });
});
