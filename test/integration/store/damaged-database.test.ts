// A database that is missing, empty, unreadable, has a damaged write-ahead log or was rolled back
// must never be used (or backed up) as if it were fine: the vault proves a database existed, so
// the only honest state is "damaged — restore from backup". Real encrypted files throughout.
import { describe, expect, it } from 'vitest';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createCore, type Core } from '../../../main/app/core';
import { Session } from '../../../main/services/session';
import { backupNow, backups, restoreFromBackup, runAutoBackupIfDue } from '../../../main/services/backup-service';
import { verifyAudit } from '../../../main/services/audit-service';
import { checkStore } from '../../../main/services/store-check';
import { openDatabase } from '../../../main/store/database';
import { appendAuditEvent, decodeBody } from '../../../main/store/audit-chain';
import { dbPath } from '../../../main/store/files';
import { readSettings, updateSettings } from '../../../main/store/settings-repo';
import type { AppStatus } from '../../../shared/model/vault';
import { newRequest } from '../requests/helpers';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { newSession } from '../../support/session';
import { localUser } from '../../../shared/auth';

const ctx = { principal: localUser('test') };

async function unlockError(core: Core) {
  const res = await core.dispatch('vault.unlock', { passphrase: PASSPHRASE }, ctx);
  if (res.ok) throw new Error('unlock unexpectedly succeeded');
  return res.error;
}

function status(core: Core): AppStatus {
  return core.session.status();
}

describe('a missing or empty database is a damaged state, never a new database', () => {
  it('0-byte workbench.db: status shows damaged, unlock refuses, no database is created, the automatic backup does not run, and restoring a listed backup works while locked', async () => {
    const { session, dataDir } = await newSession();
    updateSettings(session.requireStore(), 'test', { organisationName: 'Kept BV' });
    const good = await backupNow(session, 'test');
    const goodBytes = readFileSync(good.file);
    session.lock();
    truncateSync(dbPath(dataDir), 0);

    const core = createCore({ dataDir, host: 'browser' });
    expect(status(core)).toMatchObject({ initialised: true, locked: true, damaged: { kind: 'empty', file: dbPath(dataDir) } });
    expect(status(core).damaged!.message).toMatch(/dpo restore FILE/);
    const err = await unlockError(core);
    expect(err.code).toBe('DATABASE_DAMAGED');
    expect(err.message).toContain(dbPath(dataDir));
    expect(err.message).toMatch(/Restore it from a backup/);
    // Nothing was written into the empty file, and no backup ran or was rotated out.
    expect(statSync(dbPath(dataDir)).size).toBe(0);
    expect(await runAutoBackupIfDue(core.session)).toBeNull();
    expect(backups(core.session).map((b) => b.file)).toEqual([good.file]);
    expect(readFileSync(good.file).equals(goodBytes)).toBe(true);

    // The restore screen's path: list while locked (manifests only), restore with the passphrase.
    const listed = await core.dispatch('backup.listAvailable', {}, ctx);
    expect(listed).toMatchObject({ ok: true, result: [{ file: good.file, auditSeq: good.auditSeq }] });
    const wrong = await core.dispatch('backup.restore', { file: basename(good.file), passphrase: 'not the passphrase at all' }, ctx);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE' } });
    const outside = await core.dispatch('backup.restore', { file: '../vault.json', passphrase: PASSPHRASE }, ctx);
    expect(outside).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { file: expect.any(Array) } } });
    const restored = await core.dispatch('backup.restore', { file: basename(good.file), passphrase: PASSPHRASE }, ctx);
    expect(restored).toMatchObject({ ok: true, result: { locked: false, damaged: null } });
    expect(readSettings(core.session.requireStore().db).organisationName).toBe('Kept BV');
    expect(verifyAudit(core.session.requireStore())).toMatchObject({ ok: true });
    core.session.lock();
  });

  it('missing workbench.db with the vault present: damaged, and nothing is created', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    rmSync(dbPath(dataDir));
    const core = createCore({ dataDir, host: 'browser' });
    expect(status(core).damaged).toMatchObject({ kind: 'missing' });
    expect((await unlockError(core)).code).toBe('DATABASE_DAMAGED');
    expect(existsSync(dbPath(dataDir))).toBe(false);
    expect(await runAutoBackupIfDue(core.session)).toBeNull();
  });
});

describe('damage that only a full read finds', () => {
  it('a flipped byte in a page the app does not read: unlock still works, the check reports it by file name', async () => {
    const dataDir = tempDir();
    const core = createCore({ dataDir, host: 'cli' });
    await core.session.create(PASSPHRASE, 'test');
    const call = async (op: 'request.create' | 'request.attach', input: unknown) => {
      const r = await core.dispatch(op, input, ctx);
      if (!r.ok) throw new Error(r.error.message);
      return r.result as { ref: string };
    };
    const r = await call('request.create', newRequest());
    await call('request.attach', { ref: r.ref, filename: 'scan.pdf', mimeType: 'application/pdf', base64: Buffer.alloc(40_000, 7).toString('base64'), kind: 'id-document' });
    expect(checkStore(core.session.requireStore())).toMatchObject({ ok: true, problems: [], files: 1 });
    const key = Buffer.from(core.session.requireKey());
    // A page of the attachment body's overflow chain: nothing at unlock or on the dashboard reads it.
    const page = (core.session.requireStore().db.prepare("SELECT pageno FROM dbstat WHERE name = 'file_bodies' AND pagetype = 'overflow' LIMIT 1 OFFSET 3").get() as { pageno: number }).pageno;
    core.session.lock();
    const file = dbPath(dataDir);
    const bytes = readFileSync(file);
    bytes[(page - 1) * 4096 + 1500]! ^= 0x01;
    writeFileSync(file, bytes);

    await core.session.unlock({ passphrase: PASSPHRASE }, 'test');
    const check = checkStore(core.session.requireStore());
    expect(check.ok).toBe(false);
    expect(check.problems.map((p) => p.check)).toContain('pages');
    expect(check.advice).toContain(file);
    expect(check.advice).toMatch(/dpo restore FILE/);
    key.fill(0);
    core.session.lock();
  });

  it('a damaged write-ahead log (garbled frame, or cut inside its header) is refused before SQLite silently drops committed changes', async () => {
    const { session, dataDir } = await newSession();
    for (let i = 0; i < 5; i++) updateSettings(session.requireStore(), 'test', { organisationName: `Version ${i} BV` });
    // A crash leaves the database and its WAL as they are: copy both while the store is open.
    const crashed = (name: string) => {
      const dir = join(tempDir(), name);
      mkdirSync(dir);
      for (const f of ['workbench.db', 'workbench.db-wal', 'vault.json']) copyFileSync(join(dataDir, f), join(dir, f));
      return dir;
    };
    const intact = crashed('intact');
    const garbled = crashed('garbled');
    const cut = crashed('cut');
    session.lock();

    const ok = new Session({ dataDir: intact, host: 'cli' });
    await ok.unlock({ passphrase: PASSPHRASE }, 'test');
    expect(readSettings(ok.requireStore().db).organisationName).toBe('Version 4 BV');
    ok.lock();

    const wal = readFileSync(join(garbled, 'workbench.db-wal'));
    const pageSize = wal.readUInt32BE(8);
    wal[32 + (24 + pageSize) * 2 + 24 + 100]! ^= 0x40; // inside the third frame's page
    writeFileSync(join(garbled, 'workbench.db-wal'), wal);
    truncateSync(join(cut, 'workbench.db-wal'), 20);

    for (const dir of [garbled, cut]) {
      const walBefore = readFileSync(join(dir, 'workbench.db-wal'));
      const s = new Session({ dataDir: dir, host: 'cli' });
      await expect(s.unlock({ passphrase: PASSPHRASE }, 'test')).rejects.toMatchObject({ code: 'DATABASE_DAMAGED', message: expect.stringContaining('write-ahead log') });
      expect(s.status().damaged).toMatchObject({ kind: 'wal', file: dbPath(dir) });
      // Left as found, for the restore and for whoever looks into what happened.
      expect(readFileSync(join(dir, 'workbench.db-wal')).equals(walBefore)).toBe(true);
      // Put right from outside (here: the bad log removed): the finding no longer stands.
      rmSync(join(dir, 'workbench.db-wal'));
      expect(s.status().damaged).toBeNull();
    }
  });
});

describe('rollback: an older copy put back over the database', () => {
  it('is reported on unlock; a deliberate restore is not', async () => {
    const { session, dataDir } = await newSession();
    const snapshot = await backupNow(session, 'test', join(tempDir(), 'snap.db'));
    session.lock();
    const old = join(tempDir(), 'old.db');
    copyFileSync(dbPath(dataDir), old);
    await session.unlock({ passphrase: PASSPHRASE }, 'test');
    updateSettings(session.requireStore(), 'test', { organisationName: 'Newer BV' });
    session.lock();
    copyFileSync(old, dbPath(dataDir));
    const putBack = readFileSync(dbPath(dataDir));

    const again = new Session({ dataDir, host: 'cli' });
    await expect(again.unlock({ passphrase: PASSPHRASE }, 'test')).rejects.toMatchObject({ code: 'DATABASE_DAMAGED', message: expect.stringContaining('rolled back') });
    expect(again.status().damaged).toMatchObject({ kind: 'rolledBack' });
    // Refused before anything wrote to it (no unlock event, no migration, no optimize).
    expect(readFileSync(dbPath(dataDir)).equals(putBack)).toBe(true);

    await restoreFromBackup(again, snapshot.file, PASSPHRASE, 'test');
    expect(again.status().damaged).toBeNull();
    expect(verifyAudit(again.requireStore())).toMatchObject({ ok: true });
    const restoreEvent = again.requireStore().db.prepare("SELECT body FROM audit_events WHERE operation = 'backup.restore'").get() as { body: Buffer };
    expect(decodeBody(restoreEvent.body).summary).toMatchObject({ restoredAuditSeq: snapshot.auditSeq, replacedAuditSeq: expect.any(Number) });
    again.lock();
    const later = new Session({ dataDir, host: 'cli' });
    await later.unlock({ passphrase: PASSPHRASE }, 'test');
    later.lock();
  });
});

describe('a rebuilt trail: same length, other content', () => {
  it('is reported as replaced on unlock', async () => {
    const { session, dataDir } = await newSession();
    const key = Buffer.from(session.requireKey());
    session.lock(); // records the head
    // Someone with the key swaps the last event for another one and re-chains it.
    const db = openDatabase(dbPath(dataDir), key, { migrate: false });
    db.exec('DROP TRIGGER audit_events_no_delete');
    const last = db.prepare('SELECT max(seq) AS s FROM audit_events').get() as { s: number };
    db.prepare('DELETE FROM audit_events WHERE seq = ?').run(last.s);
    appendAuditEvent(db, 'someone', 'vault.unlock', new Date().toISOString(), { entityType: 'vault', entityId: null, summary: { via: 'passphrase' } });
    db.close();
    const again = new Session({ dataDir, host: 'cli' });
    await expect(again.unlock({ passphrase: PASSPHRASE }, 'test')).rejects.toMatchObject({ code: 'DATABASE_DAMAGED', message: expect.stringContaining(`event ${last.s} differs`) });
    expect(again.status().damaged).toMatchObject({ kind: 'replaced' });
    key.fill(0);
  });
});

describe('automatic backups never rotate out a good backup', () => {
  const day = 24 * 3600 * 1000;
  const t0 = Date.parse('2026-11-01T10:00:00Z');
  const secondApart = () => new Promise((r) => setTimeout(r, 1100)); // backup names have one-second resolution

  it('a database that fails its check is not backed up, and the existing backup stays', async () => {
    const { session, dataDir } = await newSession();
    updateSettings(session.requireStore(), 'test', { backupRetention: 1 });
    const first = await runAutoBackupIfDue(session, new Date(t0));
    expect(first).not.toBeNull();
    const key = Buffer.from(session.requireKey());
    session.lock();
    // Someone with the key edits an audit event: structurally sound, but the chain is broken.
    const db = openDatabase(dbPath(dataDir), key, { migrate: false });
    db.exec('DROP TRIGGER audit_events_no_update');
    db.prepare("UPDATE audit_events SET body = CAST(replace(CAST(body AS TEXT), 'workbench created', 'workbench CREATED') AS BLOB) WHERE seq = 1").run();
    db.close();
    await session.unlock({ passphrase: PASSPHRASE }, 'test');
    await secondApart();
    await expect(runAutoBackupIfDue(session, new Date(t0 + day))).rejects.toMatchObject({ code: 'DATABASE_DAMAGED', message: expect.stringContaining('no backup was removed') });
    expect(backups(session).map((b) => b.file)).toEqual([first!.file]);
    key.fill(0);
    session.lock();
  }, 30_000);

  it('a newest backup that fails its hash neither counts towards retention nor pushes out a good one', async () => {
    const { session } = await newSession();
    updateSettings(session.requireStore(), 'test', { backupRetention: 2 });
    const b1 = await runAutoBackupIfDue(session, new Date(t0));
    await secondApart();
    const b2 = await runAutoBackupIfDue(session, new Date(t0 + day));
    appendFileSync(b2!.file, Buffer.from('bit rot'));
    await secondApart();
    const b3 = await runAutoBackupIfDue(session, new Date(t0 + 2 * day));
    const left = backups(session).map((b) => b.file);
    expect(left).toContain(b1!.file);
    expect(left).toContain(b3!.file);
    expect(left).toContain(b2!.file); // kept as found, not counted
    session.lock();
  }, 30_000);
});
