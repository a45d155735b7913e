// Every command that writes a file the user names (export, backup FILE, request export --out,
// request attachment --out) goes through one rule: an existing file needs --force, the data
// folder is never a target (not even through a symlink), and the file appears whole or not at all.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { snapshotHashes, tempDir } from '../../support/temp';

function expectRefused(r: { code: number; stderr: string }, text: RegExp): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(text);
}

describe('CLI output files', () => {
  it('export, backup, request export and attachment refuse the data folder, even with --force or through a symlink', () => {
    const data = tempDir();
    const out = tempDir('dpo-out-');
    dpoJson(['init', '--data-dir', data]);
    const r = dpoJson<{ ref: string; attachments: Array<{ id: number }> }>(['request', 'import-eml', writeEml(out), '--type', 'access', '--data-dir', data]);
    const before = snapshotHashes(data);
    symlinkSync(join(data, 'vault.json'), join(out, 'innocent.json'));
    symlinkSync(data, join(out, 'data-link'));
    const dd = ['--data-dir', data];
    for (const target of [join(data, 'vault.json'), join(data, 'workbench.db'), join(data, 'new.json'), join(out, 'innocent.json'), join(out, 'data-link', 'vault.json')]) {
      for (const force of [[], ['--force']]) {
        expectRefused(dpo(['export', '--format', 'json', '--out', target, ...force, ...dd]), /inside the data folder/);
        expectRefused(dpo(['backup', target, ...force, ...dd]), /inside the data folder/);
      }
    }
    expectRefused(dpo(['request', 'export', '--out', join(data, 'vault.json'), '--force', ...dd]), /inside the data folder/);
    expectRefused(dpo(['request', 'attachment', r.ref, String(r.attachments[0]!.id), '--out', join(out, 'data-link', 'workbench.db'), '--force', ...dd]), /inside the data folder/);
    // The vault is untouched and no file appeared in the data folder (the database's own files
    // may change: the refused attachment command unlocked and read it).
    const after = snapshotHashes(data);
    expect(after[join(data, 'vault.json')]).toBe(before[join(data, 'vault.json')]);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  }, 180_000);

  it('an existing file is kept unless --force; with --force it is replaced whole, owner-only, with no temp file left', () => {
    const data = tempDir();
    const out = tempDir('dpo-out-');
    dpoJson(['init', '--data-dir', data]);
    const dd = ['--data-dir', data];
    const cases: Array<{ file: string; args: (f: string) => string[] }> = [
      { file: join(out, 'export.json'), args: (f) => ['export', '--format', 'json', '--out', f] },
      { file: join(out, 'list.csv'), args: (f) => ['request', 'export', '--out', f] },
      { file: join(out, 'backup.db'), args: (f) => ['backup', f] },
    ];
    for (const c of cases) {
      writeFileSync(c.file, 'precious\n');
      expectRefused(dpo([...c.args(c.file), ...dd]), /already exists.*--force/);
      expect(readFileSync(c.file, 'utf8')).toBe('precious\n');
      const ok = dpo([...c.args(c.file), '--force', ...dd]);
      expect(ok.code, ok.stderr).toBe(0);
      expect(readFileSync(c.file, 'utf8')).not.toBe('precious\n');
      if (process.platform !== 'win32') expect(statSync(c.file).mode & 0o777, c.file).toBe(0o600);
    }
    // A backup's manifest and vault copy count as part of it: an existing manifest blocks it too.
    writeFileSync(join(out, 'b2.db.manifest.json'), '{}');
    expectRefused(dpo(['backup', join(out, 'b2.db'), ...dd]), /b2\.db\.manifest\.json already exists/);
    expect(readdirSync(out).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(readdirSync(out).sort()).toEqual(['b2.db.manifest.json', 'backup.db', 'backup.db.manifest.json', 'backup.db.vault.json', 'export.json', 'list.csv']);
    expect(JSON.parse(readFileSync(join(out, 'export.json'), 'utf8'))).toMatchObject({ format: 'dpo-workbench-export' });
  }, 180_000);

  it('a missing folder is a one-line user error', () => {
    const data = tempDir();
    dpoJson(['init', '--data-dir', data]);
    expectRefused(dpo(['request', 'export', '--out', join(tempDir(), 'no', 'such', 'list.csv'), '--data-dir', data]), /does not exist/);
  }, 60_000);
});

function writeEml(dir: string): string {
  const file = join(dir, 'm.eml');
  writeFileSync(file, ['From: Frank <frank@example.com>', 'To: legal@netrouting.example', `Date: ${new Date(Date.now() - 86_400_000).toUTCString()}`, 'Subject: access', '', 'Send me my data.', ''].join('\r\n'));
  return file;
}
