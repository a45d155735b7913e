// A hold keeps a record from being purged until a date: a legal claim or a complaint to the
// authority still needs it (GDPR Art. 17(3)(e): erasure does not apply to data needed for legal
// claims). A request's hold also keeps the disclosures about it. Disclosures (D-…) and breaches
// (B-…) can be held on their own. The reason is the DPO's free text and may name people, so it
// is kept in the event's erasable details, not in the chain; the purge deletes it with the record.
import type { z } from 'zod';
import type { Db } from '../../store/database';
import type { Store } from '../../store/store';
import type { RetentionHold, RetentionHoldResult, retentionHoldInput } from '../../../shared/model/retention';
import { requireRow } from '../requests/repo';
import { findBreach } from '../breaches/repo';
import { BreachNotFoundError } from '../breaches/errors';
import { DisclosureNotFoundError } from '../disclosures/errors';
import { refuseIfPurged } from '../../store/purged';
import { RetentionHoldInPastError } from './errors';

type RecordKind = 'disclosure' | 'breach';

/** A disclosure or breach by its reference (d-2026-0001 is D-2026-0001); null for anything else. */
function heldRecord(db: Db, ref: string): { kind: RecordKind; id: number; ref: string } | null {
  const key = ref.trim().toUpperCase();
  if (/^D-\d{4}-\d+$/.test(key)) {
    const row = db.prepare('SELECT id, ref FROM disclosures WHERE ref = ?').get(key) as { id: number; ref: string } | undefined;
    if (!row) throw new DisclosureNotFoundError(key);
    return { kind: 'disclosure', ...row };
  }
  if (/^B-\d{4}-\d+$/.test(key)) {
    const row = findBreach(db, key);
    if (!row) throw new BreachNotFoundError(key);
    return { kind: 'breach', id: row.id, ref: row.ref };
  }
  return null;
}

export function setHold(store: Store, actor: string, input: z.output<typeof retentionHoldInput>, today: string): RetentionHoldResult {
  if (input.until < today) throw new RetentionHoldInPastError(input.until, today);
  return store.tx(actor, 'retention.hold', (t) => {
    const record = heldRecord(t.db, input.ref);
    if (record) {
      // A purged record has nothing left to keep.
      refuseIfPurged(t.db, record.kind === 'disclosure' ? 'disclosures' : 'breaches', record.id, record.ref);
      const before = t.db.prepare('SELECT until FROM record_holds WHERE kind = ? AND record_id = ?').get(record.kind, record.id) as { until: string } | undefined;
      t.db
        .prepare(
          `INSERT INTO record_holds (kind, record_id, until, reason, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT(kind, record_id) DO UPDATE SET until = excluded.until, reason = excluded.reason, set_at = excluded.set_at, set_by = excluded.set_by`,
        )
        .run(record.kind, record.id, input.until, input.reason, t.now, actor);
      t.audit({ entityType: record.kind, entityId: record.ref, summary: { hold: { old: before?.until ?? null, new: input.until } }, details: { reason: input.reason } });
      return { kind: record.kind, ref: record.ref, until: input.until };
    }
    const row = requireRow(t.db, input.ref);
    const before = t.db.prepare('SELECT until FROM request_holds WHERE request_id = ?').get(row.id) as { until: string } | undefined;
    t.db
      .prepare(
        `INSERT INTO request_holds (request_id, until, reason, set_at, set_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(request_id) DO UPDATE SET until = excluded.until, reason = excluded.reason, set_at = excluded.set_at, set_by = excluded.set_by`,
      )
      .run(row.id, input.until, input.reason, t.now, actor);
    t.audit({ entityType: 'request', entityId: row.ref, summary: { hold: { old: before?.until ?? null, new: input.until } }, details: { holdReason: input.reason } });
    return { kind: 'request', ref: row.ref, until: input.until };
  });
}

/** Holds in force today (a hold ending today still holds today), soonest end first. */
export function activeHolds(db: Db, today: string): RetentionHold[] {
  return db
    .prepare(
      `SELECT 'request' AS kind, r.ref AS id, r.ref, h.until, h.reason FROM request_holds h JOIN requests r ON r.id = h.request_id WHERE h.until >= @today
       UNION ALL
       SELECT 'disclosure', d.public_id, d.ref, h.until, h.reason FROM record_holds h JOIN disclosures d ON h.kind = 'disclosure' AND d.id = h.record_id WHERE h.until >= @today
       UNION ALL
       SELECT 'breach', b.public_id, b.ref, h.until, h.reason FROM record_holds h JOIN breaches b ON h.kind = 'breach' AND b.id = h.record_id WHERE h.until >= @today
       ORDER BY 4, 3`,
    )
    .all({ today }) as RetentionHold[];
}

/** The hold in force today on one record, or null; an unknown reference is NOT_FOUND. */
export function holdOf(db: Db, ref: string, today: string): RetentionHold | null {
  const record = heldRecord(db, ref);
  const key = record ?? { kind: 'request' as const, ref: requireRow(db, ref).ref };
  return activeHolds(db, today).find((h) => h.kind === key.kind && h.ref === key.ref) ?? null;
}
