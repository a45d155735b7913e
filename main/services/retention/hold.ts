// A hold keeps a finished request from being purged until a date: a legal claim or a complaint
// to the authority still needs its file (GDPR Art. 17(3)(e): erasure does not apply to data
// needed for legal claims). The reason is the DPO's free text and may name people, so it is kept
// in the event's erasable details, not in the chain.
import type { z } from 'zod';
import type { Store } from '../../store/store';
import type { RetentionHoldResult, retentionHoldInput } from '../../../shared/model/retention';
import { requireRow } from '../requests/repo';
import { RetentionHoldInPastError } from './errors';

export function setHold(store: Store, actor: string, input: z.output<typeof retentionHoldInput>, today: string): RetentionHoldResult {
  if (input.until < today) throw new RetentionHoldInPastError(input.until, today);
  return store.tx(actor, 'retention.hold', (t) => {
    const row = requireRow(t.db, input.ref);
    const before = t.db.prepare('SELECT until FROM request_holds WHERE request_id = ?').get(row.id) as { until: string } | undefined;
    t.db
      .prepare(
        `INSERT INTO request_holds (request_id, until, reason, set_at, set_by) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT(request_id) DO UPDATE SET until = excluded.until, reason = excluded.reason, set_at = excluded.set_at, set_by = excluded.set_by`,
      )
      .run(row.id, input.until, input.reason, t.now, actor);
    t.audit({ entityType: 'request', entityId: row.ref, summary: { hold: { old: before?.until ?? null, new: input.until } }, details: { holdReason: input.reason } });
    return { ref: row.ref, until: input.until };
  });
}
