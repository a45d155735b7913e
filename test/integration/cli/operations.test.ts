// The CLI's backup, restore and export are operations of the contract: called through dispatch
// (as the CLI calls them) they write their files and their audit events themselves, in the
// principal's name; a caller that may not name local paths (every renderer) is refused before
// anything is read or written.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localUser } from '../../../shared/auth';
import type { ApiResponse } from '../../../shared/errors';
import type { AuditPage } from '../../../shared/model/audit';
import type { Core } from '../../../main/app/core';
import { newCore } from '../../support/session';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { dpo, dpoJson } from '../../support/cli';

const LOCAL = { principal: localUser('cli:tester'), localFiles: true };
const RENDERER = { principal: localUser('dpo@browser') };

async function ok<T>(res: Promise<ApiResponse<unknown>>): Promise<T> {
  const r = await res;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

async function newest(core: Core, operation: string) {
  const page = await ok<AuditPage>(core.dispatch('audit.list', { limit: 5, operation }, LOCAL));
  return page.rows[0];
}

describe('backup, restore and export through dispatch', () => {
  it('backup.toFile writes the verified backup and its backup.create audit event as the caller', async () => {
    const { core } = await newCore();
    try {
      const file = join(tempDir('dpo-out-'), 'b.db');
      const info = await ok<{ file: string; auditSeq: number }>(core.dispatch('backup.toFile', { file }, LOCAL));
      expect(info.file).toBe(file);
      for (const f of [file, `${file}.manifest.json`, `${file}.vault.json`]) expect(existsSync(f), f).toBe(true);
      const event = await newest(core, 'backup.create');
      expect(event).toMatchObject({ actor: 'cli:tester', entityType: 'backup' });
      expect(event!.seq).toBe(info.auditSeq + 1);
      // An existing file without force is refused with the CLI's sentence, and nothing is audited.
      const again = await core.dispatch('backup.toFile', { file }, LOCAL);
      expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
      expect((await newest(core, 'backup.create'))!.seq).toBe(event!.seq);
    } finally {
      core.session.lock();
    }
  });

  it('export.write writes the file, records the printed head as a checkpoint and audits export.json', async () => {
    const { core, dataDir } = await newCore();
    try {
      const file = join(tempDir('dpo-out-'), 'e.json');
      const summary = await ok<{ auditSeq: number; auditHead: string }>(core.dispatch('export.write', { format: 'json', file }, LOCAL));
      expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'dpo-workbench-export', audit: { seq: summary.auditSeq, head: summary.auditHead } });
      expect(readFileSync(join(dataDir, 'audit-checkpoints.jsonl'), 'utf8')).toContain(summary.auditHead);
      expect(await newest(core, 'export.json')).toMatchObject({ actor: 'cli:tester', entityType: 'export', seq: summary.auditSeq + 1 });
    } finally {
      core.session.lock();
    }
  });

  it('backup.restoreFile restores while locked and audits backup.restore as the caller', async () => {
    const { core } = await newCore();
    try {
      const file = join(tempDir('dpo-out-'), 'b.db');
      const info = await ok<{ auditSeq: number }>(core.dispatch('backup.toFile', { file }, LOCAL));
      await ok(core.dispatch('vault.lock', {}, LOCAL));
      const r = await ok<{ previous: string | null; auditSeq: number }>(core.dispatch('backup.restoreFile', { file, passphrase: PASSPHRASE }, LOCAL));
      expect(r.auditSeq).toBe(info.auditSeq);
      expect(r.previous).toMatch(/before-restore-/);
      expect(await newest(core, 'backup.restore')).toMatchObject({ actor: 'cli:tester', entityType: 'backup' });
    } finally {
      core.session.lock();
    }
  });

  it('a caller without localFiles (a renderer) gets FORBIDDEN: no file, no audit event', async () => {
    const { core } = await newCore();
    try {
      const out = tempDir('dpo-out-');
      const before = (await ok<AuditPage>(core.dispatch('audit.list', { limit: 1 }, LOCAL))).rows[0]!.seq;
      for (const [op, input] of [
        ['backup.toFile', { file: join(out, 'b.db') }],
        ['export.write', { format: 'json', file: join(out, 'e.json') }],
        ['backup.restoreFile', { file: join(out, 'b.db'), passphrase: PASSPHRASE }],
      ] as const) {
        expect(await core.dispatch(op, input, RENDERER), op).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      expect(existsSync(join(out, 'b.db')) || existsSync(join(out, 'e.json'))).toBe(false);
      expect(core.session.unlocked).toBe(true);
      expect((await ok<AuditPage>(core.dispatch('audit.list', { limit: 1 }, LOCAL))).rows[0]!.seq).toBe(before);
    } finally {
      core.session.lock();
    }
  });

  it('a relative path is a field error: the caller resolves it, the core never guesses a folder', async () => {
    const { core } = await newCore();
    try {
      const r = await core.dispatch('backup.toFile', { file: 'b.db' }, LOCAL);
      expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { file: ['Give the full path of the file.'] } } });
    } finally {
      core.session.lock();
    }
  });
});

describe('the dpo command over those operations', () => {
  it('backup and export as run by a user: the audit events are the operations\', in the CLI user\'s name; an attachment is found by its public id', () => {
    const dir = tempDir();
    const out = tempDir('dpo-out-');
    const dd = ['--data-dir', dir];
    dpoJson(['init', ...dd]);
    const eml = join(out, 'm.eml');
    writeFileSync(eml, ['From: Frank <frank@example.com>', 'To: legal@example.com', `Date: ${new Date(Date.now() - 86_400_000).toUTCString()}`, 'Subject: access', '', 'Send me my data.', ''].join('\r\n'));
    const r = dpoJson<{ ref: string; publicId: string; attachments: Array<{ id: number; publicId: string }> }>(['request', 'import-eml', eml, '--type', 'access', ...dd]);
    expect(r.publicId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    const saved = join(out, 'back.eml');
    const got = dpo(['request', 'attachment', r.ref, r.attachments[0]!.publicId, '--out', saved, ...dd]);
    expect(got.code, got.stderr).toBe(0);
    expect(readFileSync(saved)).toEqual(readFileSync(eml));

    dpoJson(['backup', join(out, 'b.db'), ...dd]);
    dpoJson(['export', '--format', 'json', '--out', join(out, 'e.json'), ...dd]);
    const events = dpoJson<Array<{ operation: string; actor: string }>>(['audit', 'list', '--limit', '20', ...dd]);
    for (const operation of ['backup.create', 'export.json']) {
      const e = events.find((x) => x.operation === operation);
      expect(e, operation).toBeDefined();
      expect(e!.actor).toMatch(/^cli/);
    }
  }, 180_000);
});
