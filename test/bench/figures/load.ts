// load_20_clients: browser mode (`dpo serve`, the built bin/dpo.cjs) on a fresh data folder, driven
// by 20 concurrent loopback HTTP clients (each its own keep-alive connection, as 20 open tabs
// would be) for a fixed time. Each client loops over the mix a person works with: the list's first
// page, one request's detail, the dashboard and a new request (one write in four). Every operation
// is timed from sending to the whole answer read.
//
// Baseline: the same loop made by ONE client, sequentially, on the same server in the same run:
// its throughput and p95. The ratio of the p95s is what 19 other clients queueing on the same
// single-threaded host cost each caller; the ratio of throughputs what concurrency gains or loses.
//
// Afterwards the server is stopped (SIGTERM: it locks and closes the database) and started again,
// and the figure throws unless every acknowledged write is there (and nothing else) and the audit
// chain verifies: a load figure over lost writes would be meaningless.
import { mkdtempSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { LIST_PAGE_SIZE } from '../../../shared/model/request';
import { startServe, stopServe } from '../../support/browser';
import { percentile, result, type Result } from '../measure';
import { PASSPHRASE } from '../workbench';

export const LOAD_CLIENTS = 20;
/** No single call may hang the bench: an answer slower than this fails it. */
const CALL_TIMEOUT_MS = 30_000;

interface Api {
  call<T = unknown>(op: string, input: unknown): Promise<T>;
  close(): void;
}

/** One client: its own keep-alive connection to the serve host, bearer token on every call. */
function client(origin: string, token: string): Api {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { hostname, port } = new URL(origin);
  return {
    call<T>(op: string, input: unknown): Promise<T> {
      const body = Buffer.from(JSON.stringify(input));
      return new Promise<T>((resolve, reject) => {
        const req = httpRequest(
          { agent, hostname, port, method: 'POST', path: `/api/${op}`, headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, Authorization: `Bearer ${token}` } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              try {
                const r = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; result?: T; error?: { code: string; message: string } };
                if (!r.ok) reject(new Error(`${op} answered ${res.statusCode} ${r.error?.code}: ${r.error?.message}`));
                else resolve(r.result as T);
              } catch (err) {
                reject(new Error(`${op} answered ${res.statusCode} with a body that is not JSON: ${String(err)}`));
              }
            });
          },
        );
        req.setTimeout(CALL_TIMEOUT_MS, () => req.destroy(new Error(`${op} took longer than ${CALL_TIMEOUT_MS} ms`)));
        req.on('error', reject);
        req.end(body);
      });
    },
    close: () => agent.destroy(),
  };
}

interface Samples {
  all: number[];
  writes: number[];
  ops: number;
  seconds: number;
}

/** Runs `clients` loops until `seconds` have passed; every acknowledged ref goes into `acked`. */
async function drive(origin: string, token: string, clients: number, seconds: number, today: string, acked: string[], tag: string): Promise<Samples> {
  const all: number[] = [];
  const writes: number[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  const loop = async (c: number): Promise<void> => {
    const api = client(origin, token);
    const timed = async <T>(op: string, input: unknown, into?: number[]): Promise<T> => {
      const t0 = performance.now();
      const r = await api.call<T>(op, input);
      const ms = performance.now() - t0;
      all.push(ms);
      into?.push(ms);
      return r;
    };
    try {
      for (let i = 0; performance.now() < end; i++) {
        // A first page of the list sorted by due, as the app's list asks for it.
        await timed('request.list', { sort: 'due', dir: 'asc', offset: 0, limit: LIST_PAGE_SIZE });
        if (acked.length) await timed('request.get', { ref: acked[(i * 7919 + c * 104_729) % acked.length] });
        await timed('request.dashboard', {});
        const created = await timed<{ ref: string }>(
          'request.create',
          { types: ['access'], requester: { name: `Load ${tag} ${c}-${i}`, email: `load.${tag}.${c}.${i}@example.com`, relation: 'self' }, channel: 'email', receivedDate: today },
          writes,
        );
        acked.push(created.ref);
      }
    } finally {
      api.close();
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, c) => loop(c)));
  return { all, writes, ops: all.length, seconds: (performance.now() - started) / 1000 };
}

/** Starts `dpo serve`, answers with its origin and token and a stop that waits for the host to lock. */
async function serve(dataDir: string): Promise<{ origin: string; token: string; stop: () => Promise<void> }> {
  const s = await startServe(dataDir);
  const token = new URL(s.url).searchParams.get('token')!;
  return {
    origin: s.origin,
    token,
    stop: () => stopServe(s.child),
  };
}

/** Every acknowledged ref is in the database, nothing else was written, and the audit chain verifies. */
async function checkAfterRestart(dataDir: string, acked: string[]): Promise<void> {
  const s = await serve(dataDir);
  const api = client(s.origin, s.token);
  try {
    await api.call('vault.unlock', { passphrase: PASSPHRASE });
    const found = new Set<string>();
    let total = 0;
    for (let offset = 0; offset === 0 || offset < total; offset += 1000) {
      const page = await api.call<{ rows: Array<{ ref: string }>; total: number }>('request.list', { sort: 'due', dir: 'asc', offset, limit: 1000 });
      total = page.total;
      for (const r of page.rows) found.add(r.ref);
      if (!page.rows.length) break;
    }
    const missing = acked.filter((ref) => !found.has(ref));
    if (missing.length) throw new Error(`load: ${missing.length} of ${acked.length} acknowledged requests are missing after a restart (first: ${missing[0]})`);
    if (total !== acked.length || new Set(acked).size !== acked.length) throw new Error(`load: ${acked.length} creates were acknowledged but the database holds ${total} requests`);
    const v = await api.call<{ ok: boolean; events: number; problem: string | null }>('audit.verify', {});
    if (!v.ok) throw new Error(`load: the audit chain does not verify after the load: ${v.problem}`);
  } finally {
    api.close();
    await s.stop();
  }
}

export async function loadFigures(dir: string, seconds: number, baselineSeconds: number, today: string): Promise<Result[]> {
  const dataDir = mkdtempSync(join(dir, 'load-'));
  const acked: string[] = [];
  const s = await serve(dataDir);
  let single: Samples;
  let many: Samples;
  try {
    const admin = client(s.origin, s.token);
    try {
      await admin.call('vault.create', { passphrase: PASSPHRASE, confirm: PASSPHRASE });
    } finally {
      admin.close();
    }
    // Untimed warm-up (JIT, page cache), then the single client, then the twenty.
    await drive(s.origin, s.token, 1, 0.5, today, acked, 'warm');
    single = await drive(s.origin, s.token, 1, baselineSeconds, today, acked, 'one');
    many = await drive(s.origin, s.token, LOAD_CLIENTS, seconds, today, acked, 'many');
  } finally {
    await s.stop();
  }
  await checkAfterRestart(dataDir, acked);
  const name = `load_${LOAD_CLIENTS}_clients`;
  return [
    result(`${name}_throughput`, 'ops/s', many.ops / many.seconds, single.ops / single.seconds),
    result(`${name}_p95_ms`, 'ms', percentile(many.all, 95), percentile(single.all, 95)),
    result(`${name}_write_p95_ms`, 'ms', percentile(many.writes, 95), percentile(single.writes, 95)),
  ];
}
