// `dpo report …` as a user runs it (the built CLI): the JSON shapes are fixed, the file written is
// the stored one (same SHA-256), the printed head is a checkpoint `dpo audit verify` then checks,
// and an existing --out is refused without --force.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { tempDir } from '../../support/temp';

describe('dpo report', () => {
  it('case-file and audit-pack print their fixed JSON and write the stored file', () => {
    const dir = tempDir();
    const out = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    const { ref } = dpoJson<{ ref: string }>(['request', 'add', '--data-dir', dir, '--type', 'access', '--name', 'Ἀθηνᾶ Παππά', '--email', 'athena@example.com', '--received', '2026-11-02']);
    const caseFile = dpoJson<Record<string, unknown>>(['report', 'case-file', ref, '--out', join(out, 'case.pdf'), '--data-dir', dir]);
    expect(Object.keys(caseFile).sort()).toEqual(['file', 'pages', 'sha256']);
    expect(caseFile.file).toBe(join(out, 'case.pdf'));
    expect(createHash('sha256').update(readFileSync(join(out, 'case.pdf'))).digest('hex')).toBe(caseFile.sha256);
    const pack = dpoJson<{ file: string; pages: number; sha256: string; auditHead: { seq: number; hash: string } }>(['report', 'audit-pack', '--out', join(out, 'pack.pdf'), '--data-dir', dir]);
    expect(Object.keys(pack).sort()).toEqual(['auditHead', 'file', 'pages', 'sha256']);
    expect(Object.keys(pack.auditHead).sort()).toEqual(['hash', 'seq']);
    expect(createHash('sha256').update(readFileSync(pack.file)).digest('hex')).toBe(pack.sha256);
    const verify = dpoJson<{ ok: boolean; checkpoints: { missing: unknown[] } }>(['audit', 'verify', '--data-dir', dir]);
    expect(verify.ok).toBe(true);
    expect(verify.checkpoints.missing).toEqual([]);
    const checkpoints = readFileSync(join(dir, 'audit-checkpoints.jsonl'), 'utf8');
    expect(checkpoints).toContain(`"seq":${pack.auditHead.seq},"hash":"${pack.auditHead.hash}"`);
    const listed = dpoJson<Array<{ sha256: string }>>(['report', 'list', '--data-dir', dir]);
    expect(listed.map((r) => r.sha256)).toEqual([pack.sha256, caseFile.sha256]);
  });

  it('processing-record prints { file, pages, sha256 } and writes the stored Art. 30 record', () => {
    const dir = tempDir();
    const out = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    dpoJson(['processing', 'load-example', '--data-dir', dir]);
    const r = dpoJson<Record<string, unknown>>(['report', 'processing-record', '--date', '2026-11-30', '--lang', 'nl', '--out', join(out, 'art30.pdf'), '--data-dir', dir]);
    expect(Object.keys(r).sort()).toEqual(['file', 'pages', 'sha256']);
    expect(r.file).toBe(join(out, 'art30.pdf'));
    expect(createHash('sha256').update(readFileSync(join(out, 'art30.pdf'))).digest('hex')).toBe(r.sha256);
    const listed = dpoJson<Array<{ sha256: string; kind: string; to: string; lang: string }>>(['report', 'list', '--kind', 'processing-record', '--data-dir', dir]);
    expect(listed).toMatchObject([{ sha256: r.sha256, kind: 'processing-record', to: '2026-11-30', lang: 'nl' }]);
    const help = dpo(['report', 'processing-record', '--help']);
    for (const flag of ['--date <YYYY-MM-DD>', '--out <file.pdf>', '--lang <en|nl>', '--json']) expect(help.stdout).toContain(flag);
  });

  it('refuses an existing --out without --force, before any work', () => {
    const dir = tempDir();
    const out = join(tempDir(), 'exists.pdf');
    writeFileSync(out, 'mine');
    dpoJson(['init', '--data-dir', dir]);
    const r = dpo(['report', 'audit-pack', '--out', out, '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/already exists/);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    expect(dpoJson<unknown[]>(['report', 'list', '--data-dir', dir])).toEqual([]);
  });
});
