import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach } from 'vitest';

const made: string[] = [];
afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempDir(prefix = 'dpo-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Every file below `dir` (recursive). */
export function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...allFiles(p));
    else out.push(p);
  }
  return out;
}

/** name → SHA-256 of each file below `dir`, to prove that nothing was touched. */
export function snapshotHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of allFiles(dir)) out[f] = createHash('sha256').update(readFileSync(f)).digest('hex');
  return out;
}

export const PASSPHRASE = 'correct horse battery staple';
