// Anyone holding the data key could rebuild a consistent chain, so the chain is anchored outside
// the database: every report and export prints the head (seq + hash) and we remember each printed
// head here, in a file beside the database. It holds hashes and sequence numbers only, nothing
// personal. `verify` checks that every remembered head is still on the chain.
import { appendFileSync, existsSync, readFileSync, openSync, fsyncSync, closeSync, fstatSync, readSync } from 'node:fs';
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

/**
 * A deliberate restore puts an older chain in place on purpose. Its record (purpose "restore",
 * the restored head) starts a new era: heads recorded before it describe the replaced database
 * and are no longer expected on the chain. The restore itself is an audit event in the restored
 * chain that names the replaced head, so the rollback stays on record.
 */
export const RESTORE_PURPOSE = 'restore';

/**
 * Written just before a restore swaps the database file, with the restored head. The swap and the
 * restore record are two steps; a crash between them (SIGKILL, power cut) would otherwise leave a
 * correctly restored database that the recorded heads call "rolled back". A pending record is no
 * head of its own (the swap may not have happened): the next open completes it only when the
 * database is exactly the one it names (completeInterruptedRestore).
 */
export const RESTORE_PENDING_PURPOSE = 'restore-pending';

/** The checkpoints that the current database must still carry: those since the last restore. */
export function currentCheckpoints(dataDir: string): AuditCheckpoint[] {
  const all = readCheckpoints(dataDir).filter((c) => c.purpose !== RESTORE_PENDING_PURPOSE);
  let start = 0;
  all.forEach((c, i) => {
    if (c.purpose === RESTORE_PURPOSE) start = i;
  });
  return all.slice(start);
}

/**
 * After a crash between a restore's swap and its record: when the last record is a pending
 * restore and the database's head is exactly that one, the swap happened, so the restore record
 * is written now. Returns whether it did. A database that is not the restored one (the crash came
 * before the swap) is left to the normal checks against the heads recorded before.
 */
export function completeInterruptedRestore(dataDir: string, head: { seq: number; hash: string }): boolean {
  const last = lastCheckpoint(dataDir);
  if (last?.purpose !== RESTORE_PENDING_PURPOSE || last.seq !== head.seq || last.hash !== head.hash) return false;
  recordHead(dataDir, head, RESTORE_PURPOSE);
  return true;
}

/**
 * Remembers the head at lock, close and backup (hashes and sequence numbers only), so that a
 * database copied back over a newer one, or a rebuilt chain, is noticed on the next open. A head
 * equal to the last one recorded is not written again: every CLI command locks.
 */
export function recordHead(dataDir: string, head: { seq: number; hash: string }, purpose: string, at: Date = new Date()): void {
  const last = purpose === RESTORE_PURPOSE ? undefined : lastCheckpoint(dataDir);
  if (last && last.seq === head.seq && last.hash === head.hash) return;
  recordCheckpoint(dataDir, { seq: head.seq, hash: head.hash, at: at.toISOString(), purpose });
}

/** The most advanced head recorded for the current database, or null when none is. */
export function recordedHead(dataDir: string): AuditCheckpoint | null {
  let best: AuditCheckpoint | null = null;
  for (const c of currentCheckpoints(dataDir)) if (!best || c.seq >= best.seq) best = c;
  return best;
}

/** The last complete line only: read from the end, so a long history costs nothing at lock. */
function lastCheckpoint(dataDir: string): AuditCheckpoint | undefined {
  const file = join(dataDir, CHECKPOINTS_FILE);
  if (!existsSync(file)) return undefined;
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const n = Math.min(size, 4096);
    const buf = Buffer.alloc(n);
    readSync(fd, buf, 0, n, size - n);
    const lines = buf.toString('utf8').split('\n').filter((l) => l.trim());
    for (let i = lines.length - 1; i >= 0; i--) {
      try {
        const c = JSON.parse(lines[i]!) as AuditCheckpoint;
        if (Number.isInteger(c.seq) && typeof c.hash === 'string') return c;
      } catch {
        // A torn or partial line: look at the one before.
      }
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}
