import { describe, expect, it } from 'vitest';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { dpo, dpoJson } from '../../support/cli';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { Session } from '../../../main/services/session';

/** Unlocks an existing data folder in this process (the test reaches under the CLI to plant bad data). */
async function newSessionOn(dataDir: string): Promise<{ session: Session }> {
  const session = new Session({ dataDir, host: 'cli' });
  await session.unlock({ passphrase: PASSPHRASE }, 'test');
  return { session };
}

describe('dpo exit codes', () => {
  it('an unexpected failure exits 2 with one line for the user, no stack and no internal detail', async () => {
    const dir = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    // A settings row no version of the app writes (not JSON): reading it fails in a way no
    // user action explains, which is what exit 2 is for.
    const { session } = await newSessionOn(dir);
    session.requireStore().db.prepare("INSERT INTO settings (key, value) VALUES ('timeZone', '{not json')").run();
    session.lock();
    const r = dpo(['request', 'list', '--data-dir', dir]);
    expect(r.code).toBe(2);
    // The log line names the operation and the error's class only; then one line for the user.
    const lines = r.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(/^dpo: /);
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr).not.toContain('not json');
  }, 180_000);

  it("a database that is not this vault's is a damaged database: exit 1, naming the file and the restore", () => {
    const a = tempDir();
    const b = tempDir();
    dpoJson(['init', '--data-dir', a]);
    dpoJson(['init', '--data-dir', b]);
    for (const f of readdirSync(a).filter((n) => n.startsWith('workbench.db'))) copyFileSync(join(b, f), join(a, f));
    const r = dpo(['audit', 'verify', '--data-dir', a]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/workbench\.db .*dpo restore/);
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

describe('dpo in a pipe', () => {
  it('a reader that closes the pipe early (`| head`) is not a failure: exit 0, no EPIPE stack trace', () => {
    // `true` exits without reading, so the command's output meets a closed pipe.
    const errFile = join(tempDir(), 'stderr.txt');
    const r = spawnSync('bash', ['-c', 'node bin/dpo.cjs deadline --regime gdpr --country NL --received 2026-03-02 --json 2>"$ERR" | true; echo "${PIPESTATUS[0]}"'], {
      env: { ...process.env, ERR: errFile },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.stdout.trim()).toBe('0');
    expect(readFileSync(errFile, 'utf8')).toBe('');
  }, 60_000);
});
