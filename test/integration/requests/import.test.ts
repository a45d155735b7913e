// CSV import: preview with mapping, per-line report, one transaction; kill -9 leaves all or none.
import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { bundleForChild } from '../../support/bundle';
import { tempDir } from '../../support/temp';
import { newSession } from '../../support/session';
import { openDatabase, integrityCheck } from '../../../main/store/database';
import { dbPath } from '../../../main/store/files';
import { verifyAuditChain } from '../../../main/store/audit-chain';
import { daysAgo, openTestCore } from './helpers';

const HEADER = 'type,name,email,received,channel,customer_id,regime,country,notes';

describe('CSV import', () => {
  it('imports a good file: types joined with + or ;, time, mailbox, defaults from Settings', async () => {
    const t = await openTestCore();
    const csv = [
      HEADER,
      `access+erasure,Ada Lovelace,ada@example.com,${daysAgo(3)} 14:05,email:optout@netrouting.example,C-1,,,"Wants a copy, then deletion"`,
      `marketing-optout;objection,Иван Петров,ivan@example.ru,${daysAgo(2)},live-chat,,gdpr,DE,`,
      `access,Jane Smith,jane@example.co.uk,${daysAgo(1)},letter,,uk-gdpr,GB,`,
    ].join('\r\n');
    const r = await t.call('request.import', { csv });
    expect(r).toMatchObject({ imported: 3, rejected: [], dryRun: false });
    const list = await t.call('request.list', { sort: 'ref' });
    expect(list.rows.map((x) => [x.type, x.channel, x.regime, x.country])).toEqual([
      ['access+erasure', 'email', 'gdpr', 'NL'],
      ['objection+marketing-optout', 'live-chat', 'gdpr', 'DE'],
      ['access', 'letter', 'uk-gdpr', 'GB'],
    ]);
    const first = await t.call('request.get', { ref: list.rows[0]!.ref });
    expect(first).toMatchObject({ receivedTime: '14:05', mailbox: 'optout@netrouting.example', description: 'Wants a copy, then deletion' });
    expect(first.timeline[0]!.action).toBe('imported');
    t.close();
  });

  it('reports bad rows per line (real line numbers, multi-line cells) and imports only the valid ones', async () => {
    const t = await openTestCore();
    const csv = [
      HEADER,
      `access,Ok One,one@example.com,${daysAgo(3)},email,,,,"line one`,
      `line two of the note"`,
      `teleport,,not-an-email,2026-02-30,fax,,,,`,
      '',
      `access,Future,f@example.com,2999-01-01,email,,,,`,
      `access,Wrong Country,w@example.com,${daysAgo(3)},email,,gdpr,US,`,
      `access,Ok Two,two@example.com,${daysAgo(2)},phone,,,,`,
    ].join('\n');
    const preview = await t.call('request.importPreview', { csv });
    expect(preview).toMatchObject({ totalRows: 5, validRows: 2, missingFields: [] });
    const r = await t.call('request.import', { csv });
    expect(r.imported).toBe(2);
    expect(r.rejected.map((x) => x.line)).toEqual([4, 6, 7]);
    const bad = r.rejected[0]!.errors.join(' | ');
    for (const col of ['type:', 'name:', 'email:', 'received:', 'channel:']) expect(bad).toContain(col);
    expect(r.rejected[1]!.errors[0]).toMatch(/^received: .*future/);
    expect(r.rejected[2]!.errors[0]).toMatch(/^country: /);
    // Personal data is not echoed in the report (the bad e-mail address is not quoted back).
    expect(JSON.stringify(r.rejected)).not.toContain('not-an-email');
    t.close();
  });

  it('preview honours a column mapping for a foreign header; dry run writes nothing', async () => {
    const t = await openTestCore();
    const csv = ['Datum;Naam;E-mailadres;Soort;Kanaal', `${daysAgo(4)};Piet Jansen;piet@example.nl;access;phone`].join('\n').replace(/;/g, ',');
    const guess = await t.call('request.importPreview', { csv });
    expect(guess.missingFields).toEqual(expect.arrayContaining(['type', 'name', 'channel']));
    const mapping = { received: 0, name: 1, email: 2, type: 3, channel: 4 };
    const preview = await t.call('request.importPreview', { csv, mapping });
    expect(preview.rows[0]).toMatchObject({ line: 2, ok: true, values: { name: 'Piet Jansen', type: 'access' } });
    const dry = await t.call('request.import', { csv, mapping, dryRun: true });
    expect(dry).toMatchObject({ imported: 1, dryRun: true, refs: [] });
    expect((await t.call('request.list', {})).total).toBe(0);
    expect((await t.fail('request.import', { csv })).fieldErrors?.mapping).toBeDefined();
    t.close();
  });

  it('a broken CSV file is one clear VALIDATION error', async () => {
    const t = await openTestCore();
    const err = await t.fail('request.import', { csv: `${HEADER}\naccess,"unclosed,x@y.z,2026-01-01,email,,,,\n` });
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/not valid CSV near line/);
    t.close();
  });
});

describe('CSV import crash safety', () => {
  let child: string;
  beforeAll(async () => {
    child = await bundleForChild(join('test', 'integration', 'requests', 'import-child.ts'));
  });

  function run(env: Record<string, string>, kill: boolean): Promise<{ signal: string | null; out: string }> {
    return new Promise((resolve, reject) => {
      const p = spawn(process.execPath, [child], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      p.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (kill && out.includes('MID')) p.kill('SIGKILL');
      });
      p.stderr.on('data', (d: Buffer) => (err += d.toString()));
      p.on('exit', (code, signal) => (code && code !== 0 ? reject(new Error(err)) : resolve({ signal, out })));
    });
  }

  it('SIGKILL in the middle of a 2,000-row import leaves none of them; a full run leaves all', async () => {
    const { session, dataDir } = await newSession();
    const key = Buffer.from(session.requireKey());
    session.lock();
    const rows = 2000;
    const lines = [HEADER];
    for (let i = 0; i < rows; i++) lines.push(`access,Person ${i},p${i}@example.com,${daysAgo(i % 20)},email,C-${i},,,`);
    const file = join(tempDir(), 'big.csv');
    writeFileSync(file, lines.join('\n'));
    const env = { IMPORT_DATA_DIR: dataDir, IMPORT_KEY_HEX: key.toString('hex'), IMPORT_CSV: file };

    const killed = await run({ ...env, IMPORT_STALL_AFTER: '1500' }, true);
    expect(killed.signal).toBe('SIGKILL');
    expect(killed.out).toContain('MID');
    let db = openDatabase(dbPath(dataDir), key);
    try {
      expect(integrityCheck(db)).toEqual(['ok']);
      expect((db.prepare('SELECT count(*) AS n FROM requests').get() as { n: number }).n).toBe(0);
      expect((db.prepare("SELECT count(*) AS n FROM audit_events WHERE operation = 'request.import'").get() as { n: number }).n).toBe(0);
    } finally {
      db.close();
    }

    const full = await run(env, false);
    expect(full.out).toContain(`DONE ${rows}`);
    db = openDatabase(dbPath(dataDir), key);
    try {
      expect((db.prepare('SELECT count(*) AS n FROM requests').get() as { n: number }).n).toBe(rows);
      expect((db.prepare('SELECT count(*) AS n FROM requests_fts').get() as { n: number }).n).toBe(rows);
      // The search index (written by the import itself, not by trigger) matches the rows exactly.
      db.exec("INSERT INTO requests_fts (requests_fts, rank) VALUES ('integrity-check', 1)");
      expect((db.prepare("SELECT count(*) AS n FROM requests_fts WHERE requests_fts MATCH '\"Person 1999\"'").get() as { n: number }).n).toBe(1);
      expect(verifyAuditChain(db, dataDir).ok).toBe(true);
    } finally {
      db.close();
    }
  }, 120_000);
});
