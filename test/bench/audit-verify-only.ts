// `node scripts/bench.mjs --only audit_verify [--events N]`: the audit_verify figure alone, on a
// chain of N events (default 1,000,000) appended through the store's own appendAuditEvent into a
// real encrypted database, with summaries shaped like the workbench's (a created request, a
// transition, a note). For working on verify without building the whole benchmark workbench.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../main/store/database';
import { appendAuditEvent } from '../../main/store/audit-chain';
import { verifyFigure } from './figures/audit';
import { table } from './measure';

export async function auditVerifyOnly(events: number, runs = 3): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dpo-bench-audit-'));
  try {
    const db = openDatabase(join(dir, 'workbench.db'), randomBytes(32), { create: true });
    const at = new Date('2026-01-01T00:00:00Z').getTime();
    const BATCH = 50_000;
    for (let start = 1; start <= events; start += BATCH) {
      db.transaction(() => {
        for (let i = start; i < Math.min(start + BATCH, events + 1); i++) {
          const ref = `DSR-2026-${String(i % 100_000).padStart(5, '0')}`;
          const when = new Date(at + i * 60_000).toISOString();
          const kind = i % 3;
          const e =
            kind === 0
              ? { entityType: 'request', entityId: ref, summary: { created: { types: 'access', status: 'received', relation: 'self', channel: 'email', mailbox: null, received: '2026-01-01', receivedTime: '10:15', regime: 'gdpr', country: 'NL', due: '2026-02-01', rulesVersion: '2026.1', possibleDuplicateOf: null, source: 'form' } }, details: { created: { name: `Name ${i}`, email: `p${i}@example.nl`, customerId: null } } }
              : kind === 1
                ? { entityType: 'request', entityId: ref, summary: { action: 'start', label: 'Start work', changes: { status: { old: 'received', new: 'in-progress' } } } }
                : { entityType: 'request', entityId: ref, summary: { note: { direction: 'internal', on: null, length: 42 } } };
          appendAuditEvent(db, 'bench', kind === 0 ? 'request.create' : kind === 1 ? 'request.start' : 'request.addNote', when, e);
        }
      })();
    }
    const r = await verifyFigure(db, runs);
    const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
    process.stdout.write(table([r]) + `\nrss after: ${rss} MB\n`);
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
