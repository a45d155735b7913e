// SIGKILL in the middle of long mutations (a CLI CSV import, HTTP creates on `dpo serve`; restore
// in crash-restore.test.ts): a power cut or a killed terminal must leave a database that opens, passes its integrity check and carries an
// intact audit chain, and each mutation must be all or nothing (GDPR Art. 5(1)(f), 32(1)(b):
// integrity and resilience of processing). The per-transaction case lives in crash-safety.test.ts.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { newSession, openAndCheck } from '../../support/session';
import { PASSPHRASE, tempDir } from '../../support/temp';
import { dpo, runAndKill } from '../../support/cli';
import { startServe } from '../../support/browser';

const IMPORT_ROWS = 3000;

function csvOf(rows: number): string {
  const lines = ['type,name,email,received,channel,customer_id,regime,country,notes'];
  for (let i = 0; i < rows; i++) lines.push(`access,Person ${i} Example,person${i}@example.com,2026-11-0${1 + (i % 9)},email,C-${i},,,Row ${i}`);
  return lines.join('\n');
}

describe('SIGKILL during an import or HTTP creates', () => {
  it('a CSV import killed mid-way leaves 0 or all rows, integrity ok, chain intact (3 rounds)', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    const csv = join(tempDir(), 'in.csv');
    writeFileSync(csv, csvOf(IMPORT_ROWS));
    const args = ['request', 'import', csv, '--data-dir', dataDir, '--json'];
    // One full run first: it calibrates the kill window to this machine's speed.
    const t0 = Date.now();
    const full = dpo(args);
    const fullMs = Date.now() - t0;
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout)).toMatchObject({ imported: IMPORT_ROWS });
    let printed = 1;
    let killedRounds = 0;
    for (let round = 0; round < 3; round++) {
      // Anywhere from process start (unlock) to just before the end of a full run.
      const { killed, result } = await runAndKill(args, Math.floor(fullMs * (0.3 + Math.random() * 0.65)));
      if (killed) killedRounds++;
      else if (result.code === 0) printed++;
      const count = (await openAndCheck(dataDir)).length;
      expect(count % IMPORT_ROWS, `round ${round}: ${count} requests`).toBe(0);
      expect(count).toBeGreaterThanOrEqual(printed * IMPORT_ROWS);
    }
    expect(killedRounds).toBeGreaterThan(0);
  }, 60_000);

  it('dpo serve killed during HTTP creates keeps every create it answered (3 rounds)', async () => {
    const { session, dataDir } = await newSession();
    session.lock();
    const answered: string[] = [];
    for (let round = 0; round < 3; round++) {
      const { url, origin, child } = await startServe(dataDir);
      const token = new URL(url).searchParams.get('token')!;
      const api = async (op: string, input: unknown) => {
        const res = await fetch(`${origin}/api/${op}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(input) });
        return (await res.json()) as { ok: boolean; result?: { ref: string } };
      };
      expect(await api('vault.unlock', { passphrase: PASSPHRASE })).toMatchObject({ ok: true });
      const exited = new Promise((r) => child.once('exit', r));
      setTimeout(() => child.kill('SIGKILL'), 100 + Math.floor(Math.random() * 400));
      // Creates back to back until the server dies; each one answered ok must survive.
      for (let i = 0; ; i++) {
        try {
          const r = await api('request.create', { types: ['access'], requester: { name: `Person ${round}-${i}`, email: 'p@example.com' }, channel: 'email', receivedDate: '2026-11-20' });
          expect(r.ok).toBe(true);
          answered.push(r.result!.ref);
        } catch {
          break; // connection refused or reset: the server was killed
        }
      }
      await exited;
      const refs = await openAndCheck(dataDir);
      expect(answered.filter((ref) => !refs.includes(ref)), `round ${round}`).toEqual([]);
    }
    expect(answered.length).toBeGreaterThan(0);
  }, 60_000);
});
