import { describe, expect, it } from 'vitest';
import { openSync, readFileSync, readSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newSession } from '../../support/session';
import { allFiles, PASSPHRASE, tempDir } from '../../support/temp';
import { dpo, dpoAsync } from '../../support/cli';
import { startServe, stopServe } from '../../support/browser';
import { watchOpenFiles } from '../../support/open-files';
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

// One canary person, written through every way data enters the workbench: the CLI, HTTP dispatch
// (browser mode), the import worker, CSV and .eml import, attachments, notes, settings, backups.
const NAME = 'Quixley Canarywright';
const EMAIL = 'quixley.canary@canary.example';
const MARKS = ['Canarywright', 'quixley.canary'].map((m) => Buffer.from(m, 'utf8'));
const hasCanary = (file: string) => MARKS.some((m) => readFileSync(file).includes(m));

describe('encryption at rest, every write path', () => {
  it('the canary reaches no file in the data folder, the backups or the temp folder; only the export the user asked for', async () => {
    const data = tempDir();
    const scratch = tempDir('dpo-canary-tmp-');
    const out = tempDir('dpo-canary-out-');
    // Every temp folder a child could use (SQLite's and Node's) is the scratch folder.
    const env = { SQLITE_TMPDIR: scratch, TMPDIR: scratch };
    const opened: string[] = [];
    expect(dpo(['init', '--data-dir', data]).code).toBe(0);
    const cli = async (...args: string[]) => {
      const run = dpoAsync([...args, '--data-dir', data, '--json'], env);
      const watch = watchOpenFiles(run.child.pid!, scratch);
      const r = await run.done;
      opened.push(...watch.stop());
      expect(r.code, `dpo ${args.join(' ')}: ${r.stderr}`).toBe(0);
      return JSON.parse(r.stdout || 'null') as Record<string, unknown>;
    };
    const csv = join(out, 'in.csv');
    const rows = ['type,name,email,received,channel,customer_id,regime,country,notes'];
    for (let i = 0; i < 300; i++) rows.push(`access,${NAME} ${i},${i}.${EMAIL},2026-10-${String((i % 28) + 1).padStart(2, '0')},email,C${i},gdpr,NL,${NAME} note`);
    writeFileSync(csv, rows.join('\n'));
    const eml = join(out, 'in.eml');
    writeFileSync(eml, [`From: ${NAME} <${EMAIL}>`, 'To: legal@netrouting.example', `Date: ${new Date(Date.now() - 86_400_000).toUTCString()}`, 'Subject: my data', '', `I am ${NAME}, send me my data.`, ''].join('\r\n'));
    const scan = join(out, 'id-scan.txt');
    writeFileSync(scan, `Passport of ${NAME}, ${EMAIL}`);

    const added = await cli('request', 'add', '--type', 'access', '--name', NAME, '--email', EMAIL, '--received', '2026-11-20', '--description', `${NAME} asks`);
    const ref = added.ref as string;
    await cli('request', 'note', ref, '--text', `Called ${NAME} at ${EMAIL}`);
    await cli('request', 'attach', ref, scan, '--kind', 'id-document');
    await cli('request', 'import', csv);
    await cli('request', 'import-eml', eml, '--type', 'access');
    await cli('backup', join(out, 'cli-backup.db'));

    const serve = await startServe(data, env);
    const watch = watchOpenFiles(serve.child.pid!, scratch);
    try {
      const token = new URL(serve.url).searchParams.get('token')!;
      const call = async (op: string, input: unknown) => {
        const res = await fetch(`${serve.origin}/api/${op}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
        const body = (await res.json()) as { ok: boolean; result: Record<string, unknown>; error?: unknown };
        expect(body.ok, `${op}: ${JSON.stringify(body.error)}`).toBe(true);
        return body.result;
      };
      await call('vault.unlock', { passphrase: PASSPHRASE });
      await call('settings.update', { organisationName: `${NAME} Holding` });
      const created = await call('request.create', { types: ['erasure'], requester: { name: `${NAME} II`, email: `ii.${EMAIL}` }, channel: 'email', receivedDate: '2026-11-21' });
      await call('request.addNote', { ref: created.ref, text: `${NAME} phoned` });
      await call('request.attach', { ref: created.ref, filename: 'letter.txt', base64: Buffer.from(`Letter from ${NAME}`).toString('base64') });
      // A breach naming the person, with its evidence, notification and follow-up.
      const aware = new Date(Date.now() - 3_600_000).toISOString().slice(0, 16);
      const breach = await call('breach.add', {
        title: `Laptop of ${NAME} stolen`, discoveredAt: { local: aware, zone: 'UTC' }, awareAt: { local: aware, zone: 'UTC' }, natures: ['confidentiality'], risk: 'high-risk',
        riskReasoning: `${NAME}'s customer file`, files: [{ filename: 'evidence.txt', base64: Buffer.from(`Police report about ${NAME}`).toString('base64') }],
      });
      await call('breach.notify', { id: breach.id, at: { local: aware, zone: 'UTC' }, reference: `AP ${NAME}` });
      await call('breach.followUp', { id: breach.id, at: { local: aware, zone: 'UTC' }, summary: `${NAME} was told` });
      // Through the worker thread (browser mode), with a progress id as the UI sends it.
      const worker = await call('request.import', { csv: rows.join('\n').replace(/Quixley/g, 'Quixley W'), progressId: 'canary-import-0001' });
      expect(worker).toMatchObject({ imported: 300 });
      await call('backup.create', {});
    } finally {
      opened.push(...watch.stop());
      await stopServe(serve.child);
    }

    const stored = [...allFiles(data), ...allFiles(out).filter((f) => f.includes('cli-backup'))];
    expect(stored.length).toBeGreaterThanOrEqual(8);
    expect(stored.filter(hasCanary)).toEqual([]);
    expect(allFiles(scratch)).toEqual([]);
    expect(opened).toEqual([]);

    // Positive control: the data really went in, and comes out where the user asks for it.
    await cli('export', '--format', 'json', '--out', join(out, 'export.json'));
    expect(hasCanary(join(out, 'export.json'))).toBe(true);
    expect(readFileSync(join(out, 'export.json'), 'utf8')).toContain(`${NAME} Holding`);
    expect(allFiles(data).filter(hasCanary)).toEqual([]);
  }, 300_000);
});
