import { describe, expect, it } from 'vitest';
import { openSync, readFileSync, readSync, closeSync } from 'node:fs';
import { newSession } from '../../support/session';
import { allFiles } from '../../support/temp';
import { backupNow } from '../../../main/services/backup-service';
import { dbPath } from '../../../main/store/files';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0');

function header(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(16);
    readSync(fd, buf, 0, 16, 0);
    return buf;
  } finally {
    closeSync(fd);
  }
}

describe('encryption at rest', () => {
  it('database, WAL and backups have no SQLite header, and a canary appears in no file', async () => {
    const { session, dataDir } = await newSession();
    const store = session.requireStore();
    const canary = 'Zoë Canary-Ångström 9f3e1c';
    store.tx('test', 'test.canary', (t) => {
      t.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('organisationName', JSON.stringify(canary));
      t.audit({ entityType: 'settings', entityId: null, summary: { organisationName: { old: '', new: canary } } });
    });
    // Read it back through the store, so the write is real.
    expect(JSON.parse((store.db.prepare("SELECT value FROM settings WHERE key = 'organisationName'").get() as { value: string }).value)).toBe(canary);
    await backupNow(session, 'test');
    // Check with the WAL still present (not checkpointed) ...
    const files = allFiles(dataDir);
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true);
    for (const f of files) {
      const bytes = readFileSync(f);
      expect(bytes.includes(Buffer.from(canary, 'utf8')), f).toBe(false);
      expect(bytes.includes(Buffer.from('Canary-', 'utf8')), f).toBe(false);
      if (f.endsWith('.db') || f.endsWith('-wal')) expect(header(f).equals(SQLITE_HEADER), f).toBe(false);
    }
    // ... and after lock folds the WAL into the database.
    session.lock();
    expect(readFileSync(dbPath(dataDir)).includes(Buffer.from(canary))).toBe(false);
    expect(header(dbPath(dataDir)).equals(SQLITE_HEADER)).toBe(false);
  });
});
