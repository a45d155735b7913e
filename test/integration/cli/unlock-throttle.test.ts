import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { unlockAttemptsPath } from '../../../main/store/files';
import { dpo, dpoJson } from '../../support/cli';
import { tempDir } from '../../support/temp';

describe('dpo CLI unlock throttle', () => {
  it('a script repeating a wrong DPO_PASSPHRASE is throttled across runs: TOO_MANY_ATTEMPTS, exit 1', () => {
    const dir = tempDir();
    dpoJson(['init', '--data-dir', dir]);
    const seen: string[] = [];
    // Bounded: the 3rd wrong attempt arms a 2 s wait, the 4th (if it came later) a 4 s wait, so a
    // throttled answer must come within a few runs even on a slow machine.
    for (let i = 0; i < 7 && !seen.includes('throttled'); i++) {
      const r = dpo(['audit', 'verify', '--data-dir', dir], { DPO_PASSPHRASE: 'wrong passphrase here' });
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      seen.push(/Too many wrong attempts/.test(r.stderr) ? 'throttled' : /passphrase is not correct/.test(r.stderr) ? 'wrong' : r.stderr);
    }
    expect(seen.slice(0, 3)).toEqual(['wrong', 'wrong', 'wrong']);
    expect(seen).toContain('throttled');
    // While throttled, even the right passphrase is refused without being tried (a long wait is
    // set directly: on a slow machine the short early waits can pass between two runs).
    writeFileSync(unlockAttemptsPath(dir), JSON.stringify({ failures: 9, blockedUntil: Date.now() + 120_000 }));
    const right = dpo(['audit', 'verify', '--data-dir', dir, '--json']);
    expect(right.code).toBe(1);
    expect(right.stderr).toMatch(/Too many wrong attempts. Try again in \d+ seconds/);
    // Up to nine CLI runs with key derivation each, on a machine shared with other jobs.
  }, 300_000);
});
