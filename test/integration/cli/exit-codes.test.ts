import { describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { tempDir } from '../../support/temp';

describe('dpo exit codes', () => {
  it('an unexpected failure (a database that is not this vault\'s) exits 2 with one line, no stack', () => {
    const a = tempDir();
    const b = tempDir();
    dpoJson(['init', '--data-dir', a]);
    dpoJson(['init', '--data-dir', b]);
    for (const f of readdirSync(a).filter((n) => n.startsWith('workbench.db'))) copyFileSync(join(b, f), join(a, f));
    const r = dpo(['audit', 'verify', '--data-dir', a]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^dpo: The database cannot be decrypted/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 180_000);

  it('a damaged vault.json is a user-facing error naming the file, exit 1', () => {
    const dir = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    copyFileSync(join(dir, 'workbench.db'), join(dir, 'vault.json'));
    const r = dpo(['audit', 'verify', '--data-dir', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/vault\.json\) is damaged/);
  }, 180_000);
});
