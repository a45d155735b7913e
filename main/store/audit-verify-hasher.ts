// Verifying the audit chain is two kinds of work: reading the stored bytes (SQLCipher decrypts
// every page, about half the time) and SHA-256 over them (the other half). They need not wait for
// each other: event i is checked against the STORED hash of event i-1, so a batch can be checked
// while the next one is read. On a long trail the hashing runs on a worker thread, which is handed
// each batch and answers through shared memory, so verify stays synchronous for its callers (the
// main thread blocks in Atomics.wait, as it would block on the hashing itself).
//
// The worker holds no key and sees only the hashed bodies (which carry no personal data: details
// live in audit_details) and hashes. Its source is `firstMismatch` below, so the inline path and
// the worker run the same code; it is evaluated from the main bundle, which is itself verified,
// rather than loaded from a file.
import { hash as sha } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/** The domain separator every event's hashed bytes start with. */
export const AUDIT_DOMAIN = 'dpo-audit-v2\n';

/**
 * Index of the first of `count` events whose stored hash (in `storedHex`, 64 hex characters each)
 * is not SHA-256(domain + previous hash in hex + "\n" + body), or -1 when all match. `prevHex` is
 * the hash the first event is chained onto; `lengths` the bodies' byte lengths, comma-separated,
 * and `bodies` their bytes back to back. Standalone (no outer names): it is the worker's source.
 */
export function firstMismatch(hash: typeof sha, domain: string, prevHex: string, lengths: string, bodiesIn: Uint8Array, storedHex: string, count: number): number {
  const bodies = Buffer.from(bodiesIn.buffer, bodiesIn.byteOffset, bodiesIn.byteLength);
  const prevAt = domain.length;
  const bodyAt = prevAt + 65;
  // One buffer for every event's hashed bytes (grown for a longer body): one SHA-256 call per
  // event over bytes already in place. The hash as hex text is what the next event is chained
  // onto, and comparing it with the batch's stored hashes as one hex string is the cheapest test
  // (a digest as a Buffer costs an allocation per event).
  let input = Buffer.alloc(bodyAt + 4096);
  input.write(domain, 0, 'latin1');
  input.write(prevHex, prevAt, 'latin1');
  input[bodyAt - 1] = 10;
  const len = lengths.split(',');
  let at = 0;
  for (let i = 0; i < count; i++) {
    const size = +len[i]!;
    if (bodyAt + size > input.length) {
      const bigger = Buffer.alloc(bodyAt + size * 2);
      input.copy(bigger, 0, 0, bodyAt);
      input = bigger;
    }
    bodies.copy(input, bodyAt, at, at + size);
    const h = hash('sha256', input.subarray(0, bodyAt + size), 'hex');
    if (!storedHex.startsWith(h, i * 64)) return i;
    input.write(h, prevAt, 'latin1');
    at += size;
  }
  return -1;
}

export interface HashJob {
  prevHex: string;
  lengths: string;
  bodies: Uint8Array;
  storedHex: string;
  count: number;
}

/** Checks batches, one at a time, while the caller reads the next. */
export interface BatchHasher {
  /** Hands over a batch; `wait` returns its result. At most one batch is outstanding. */
  start(job: HashJob): void;
  /** The started batch's first mismatch (-1: none). */
  wait(): number;
  close(): void;
}

/** Hashing on this thread: `start` does the work, `wait` returns it (short trails, no worker). */
export function inlineHasher(): BatchHasher {
  let result = -1;
  return {
    start: (j) => {
      result = firstMismatch(sha, AUDIT_DOMAIN, j.prevHex, j.lengths, j.bodies, j.storedHex, j.count);
    },
    wait: () => result,
    close: () => undefined,
  };
}

/** A worker that hangs (it cannot: it only hashes) must not hang verify for ever. */
const WAIT_MS = 60_000;

// status[0]: id of the last batch answered; status[1]: its result (-2: the worker failed).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { hash } = require('node:crypto');
const firstMismatch = (${firstMismatch.toString()});
const status = new Int32Array(workerData);
parentPort.on('message', (m) => {
  let r;
  try { r = firstMismatch(hash, ${JSON.stringify(AUDIT_DOMAIN)}, m.prevHex, m.lengths, m.bodies, m.storedHex, m.count); } catch { r = -2; }
  Atomics.store(status, 1, r);
  Atomics.store(status, 0, m.id);
  Atomics.notify(status, 0);
});
`;

export class AuditVerifyWorkerError extends Error {
  constructor(what: string) {
    super(`Verifying the audit trail: the hashing thread ${what}.`);
    this.name = 'AuditVerifyWorkerError';
  }
}

export function workerHasher(): BatchHasher {
  const shared = new SharedArrayBuffer(8);
  const status = new Int32Array(shared);
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: shared });
  let id = 0;
  return {
    start: (j) => {
      id++;
      // Structured clone copies the batch (a few MB): the caller reuses nothing it handed over.
      worker.postMessage({ id, ...j });
    },
    wait: () => {
      const deadline = Date.now() + WAIT_MS;
      while (Atomics.load(status, 0) !== id) {
        if (Date.now() > deadline) throw new AuditVerifyWorkerError('did not answer');
        Atomics.wait(status, 0, id - 1, 100);
      }
      const r = Atomics.load(status, 1);
      if (r === -2) throw new AuditVerifyWorkerError('failed');
      return r;
    },
    close: () => void worker.terminate(),
  };
}
