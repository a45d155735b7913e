// SQLite's own temp files (statement journals, sort runs, transient indexes) are not encrypted by
// the cipher. A 3,000-line import used to spill hundreds of MB of names and e-mail addresses
// into deleted-but-open etilqs_* files in the temp folder. These tests prove that every
// connection keeps temp structures in memory and that real work writes nothing to the temp folder.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../../main/store/database';
import { dbPath } from '../../../main/store/files';
import { newSession } from '../../support/session';
import { allFiles, PASSPHRASE, tempDir } from '../../support/temp';
import { dpo, dpoAsync } from '../../support/cli';
import { startServe, stopServe } from '../../support/browser';
import { watchOpenFiles } from '../../support/open-files';

const MEMORY = 2; // PRAGMA temp_store: 0 default (file), 1 file, 2 memory

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('SQLite temp files', () => {
  it('every kind of connection keeps temp structures in memory (session, read-only check, worker)', async () => {
    const { session, dataDir } = await newSession();
    expect(session.requireStore().db.pragma('temp_store', { simple: true })).toBe(MEMORY);
    const key = session.requireKey();
    // The backup and restore check (read-only) and the import worker (no migrations) open the
    // same file with these options.
    for (const options of [{ readonly: true, migrate: false }, { migrate: false }, {}]) {
      const db = openDatabase(dbPath(dataDir), key, options);
      try {
        expect(db.pragma('temp_store', { simple: true }), JSON.stringify(options)).toBe(MEMORY);
      } finally {
        db.close();
      }
    }
    session.lock();
    await session.unlock({ passphrase: PASSPHRASE }, 'test');
    expect(session.requireStore().db.pragma('temp_store', { simple: true })).toBe(MEMORY);
  });

  it('every connection in main/ is opened by openDatabase (which sets temp_store)', () => {
    const opening = sourceFiles('main').filter((f) => /new Database\(/.test(readFileSync(f, 'utf8')));
    expect(opening.map((f) => f.replace(/\\/g, '/'))).toEqual(['main/store/database.ts']);
  });

  it.skipIf(process.platform !== 'linux')(
    'import (CLI and worker), search, backup and exports open no file in the temp folder',
    async () => {
      const dataDir = tempDir();
      const scratch = tempDir('dpo-sqlite-tmp-');
      const out = tempDir('dpo-out-');
      expect(dpo(['init', '--data-dir', dataDir]).code).toBe(0);
      const lines = ['type,name,email,received,channel,customer_id,regime,country,notes'];
      for (let i = 0; i < 3000; i++) lines.push(`access,Zzyzx Tempcanary ${i},tempcanary${i}@zzyzx.example,2026-10-${String((i % 28) + 1).padStart(2, '0')},email,C${i},gdpr,NL,`);
      const csv = join(out, 'requests.csv');
      writeFileSync(csv, lines.join('\n'));
      // SQLite picks its temp folder from SQLITE_TMPDIR, then TMPDIR (Node's os.tmpdir() too).
      const env = { SQLITE_TMPDIR: scratch, TMPDIR: scratch };
      const opened: string[] = [];

      const cli = async (args: string[]) => {
        const run = dpoAsync([...args, '--data-dir', dataDir], env);
        const watch = watchOpenFiles(run.child.pid!, scratch);
        const r = await run.done;
        opened.push(...watch.stop());
        expect(r.code, `dpo ${args.join(' ')}: ${r.stderr}`).toBe(0);
      };
      await cli(['request', 'import', csv]);
      await cli(['request', 'list', '--search', 'Tempcanary 12', '--sort', 'name']);
      await cli(['backup', join(out, 'backup.db')]);
      await cli(['export', '--format', 'json', '--out', join(out, 'export.json')]);
      await cli(['request', 'export', '--out', join(out, 'export.csv')]);

      // Browser mode imports on a worker thread, which shares the process's descriptor table.
      const serve = await startServe(dataDir, env);
      const watch = watchOpenFiles(serve.child.pid!, scratch);
      try {
        const token = new URL(serve.url).searchParams.get('token')!;
        const call = async (op: string, input: unknown) => {
          const res = await fetch(`${serve.origin}/api/${op}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
          const body = (await res.json()) as { ok: boolean; result: unknown; error?: unknown };
          expect(body.ok, `${op}: ${JSON.stringify(body.error)}`).toBe(true);
          return body.result;
        };
        await call('vault.unlock', { passphrase: PASSPHRASE });
        const more = lines.map((l, i) => (i ? l.replace(/Tempcanary /, 'Tempcanary W').replace(/tempcanary/, 'wtempcanary') : l)).join('\n');
        expect(await call('request.import', { csv: more, progressId: 'temp-files-0001' })).toMatchObject({ imported: 3000 });
        expect(await call('request.list', { q: 'wtempcanary12', sort: 'name', limit: 100 })).toMatchObject({ total: expect.any(Number) });
        await call('request.dashboard', {});
        await call('backup.create', {});
        await call('request.exportCsv', {});
      } finally {
        opened.push(...watch.stop());
        await stopServe(serve.child);
      }

      expect(opened).toEqual([]);
      expect(allFiles(scratch)).toEqual([]);
    },
    240_000,
  );
});
