// Anyone holding the data key could rebuild a consistent chain, so the chain is anchored outside
// the database: every report and export prints the head (seq + hash) and we remember each printed
// head here, in a file beside the database. It holds hashes and sequence numbers only, nothing
// personal. `verify` checks that every remembered head is still on the chain.
import { appendFileSync, existsSync, readFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditCheckpoint } from '../../shared/model/audit';

export const CHECKPOINTS_FILE = 'audit-checkpoints.jsonl';

export function recordCheckpoint(dataDir: string, c: AuditCheckpoint): void {
  const file = join(dataDir, CHECKPOINTS_FILE);
  appendFileSync(file, JSON.stringify(c) + '\n', { mode: 0o600 });
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function readCheckpoints(dataDir: string): AuditCheckpoint[] {
  const file = join(dataDir, CHECKPOINTS_FILE);
  if (!existsSync(file)) return [];
  const out: AuditCheckpoint[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
      const c = JSON.parse(line) as AuditCheckpoint;
      if (Number.isInteger(c.seq) && typeof c.hash === 'string') out.push(c);
    } catch {
      // A torn last line after a crash is skipped; every complete line still counts.
    }
  }
  return out;
}
