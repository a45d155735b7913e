import { beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { bundleForChild } from '../../support/bundle';
import { newSession } from '../../support/session';
import { openDatabase, integrityCheck } from '../../../main/store/database';
import { dbPath } from '../../../main/store/files';
import { verifyAuditChain } from '../../../main/store/audit-chain';

const ROUNDS = 20;
let childScript: string;

beforeAll(async () => {
  childScript = await bundleForChild(join('test', 'fixtures', 'crash-writer.ts'));
});

/** Runs the writer, kills it with SIGKILL after `killAfterMs` of committed writes, returns what it reported. */
function runAndKill(env: NodeJS.ProcessEnv, killAfterMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (!armed) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer exited on its own: ${err}`));
      // The last line may be torn mid-write; only complete lines were reported as committed.
      resolve(out.split('\n').slice(0, -1).filter(Boolean).map(Number));
    });
  });
}

describe('crash safety', () => {
  it(`every transaction reported committed survives SIGKILL (${ROUNDS} rounds), integrity ok, chain intact`, async () => {
    const { session, dataDir } = await newSession();
    const key = Buffer.from(session.requireKey());
    session.lock();
    const committed: number[] = [];
    let next = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const killAfter = 20 + Math.floor(Math.random() * 200);
      const reported = await runAndKill({ CRASH_DATA_DIR: dataDir, CRASH_KEY_HEX: key.toString('hex'), CRASH_START: String(next) }, killAfter);
      committed.push(...reported);
      // The next round starts after whatever the killed child may have committed unreported.
      const db = openDatabase(dbPath(dataDir), key);
      const max = db.prepare("SELECT max(CAST(substr(key, 3) AS INTEGER)) AS m FROM settings WHERE key LIKE 'k-%'").get() as { m: number | null };
      db.close();
      next = (max.m ?? -1) + 1;
    }
    expect(committed.length).toBeGreaterThan(ROUNDS);
    const db = openDatabase(dbPath(dataDir), key);
    try {
      expect(integrityCheck(db)).toEqual(['ok']);
      const present = new Set((db.prepare("SELECT key FROM settings WHERE key LIKE 'k-%'").all() as Array<{ key: string }>).map((r) => r.key));
      const lost = committed.filter((i) => !present.has(`k-${i}`));
      expect(lost).toEqual([]);
      const v = verifyAuditChain(db, dataDir);
      expect(v).toMatchObject({ ok: true, firstBadSeq: null });
      // Each row has exactly its one audit event: row and event committed together.
      const events = db.prepare("SELECT count(*) AS n FROM audit_events WHERE operation = 'test.crash'").get() as { n: number };
      expect(events.n).toBe(present.size);
    } finally {
      db.close();
    }
  }, 120_000);
});
