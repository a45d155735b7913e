// Deadline reminders: when a running request enters its last 7 days and when it becomes overdue,
// once per request per threshold. Returned to the UI and marked shown in the same transaction,
// so two windows never show the same reminder twice.
import type { Store } from '../../store/store';
import type { Db } from '../../store/database';
import { addDays, daysBetween } from '../../../shared/dates/iso';
import { DUE_SOON_DAYS, type DueReminder } from '../../../shared/model/request';
import { stmt } from './repo';
import { RUNNING_IN } from './work-queues';

function pending(db: Db, today: string): Array<DueReminder & { id: number }> {
  // A request already overdue gets only the overdue reminder, not a stale "due soon" first.
  const rows = stmt(
    db,
    `SELECT r.id, r.ref, r.name, r.effective_due AS due,
            CASE WHEN r.effective_due < @today THEN 'overdue' ELSE 'due-soon' END AS threshold
     FROM requests r
     WHERE r.status IN ${RUNNING_IN} AND r.effective_due <= @soon
       AND NOT EXISTS (SELECT 1 FROM request_reminders m WHERE m.request_id = r.id
                       AND m.threshold = CASE WHEN r.effective_due < @today THEN 'overdue' ELSE 'due-soon' END)
     ORDER BY r.effective_due, r.id`,
  ).all({ today, soon: addDays(today, DUE_SOON_DAYS) }) as Array<{ id: number; ref: string; name: string; due: string; threshold: DueReminder['threshold'] }>;
  return rows.map((r) => ({ ...r, daysLeft: daysBetween(today, r.due) }));
}

export function dueReminders(store: Store, actor: string, today: string, peek: boolean): DueReminder[] {
  const strip = (r: DueReminder & { id: number }): DueReminder => ({ ref: r.ref, threshold: r.threshold, due: r.due, daysLeft: r.daysLeft, name: r.name });
  if (peek) return pending(store.db, today).map(strip);
  const first = pending(store.db, today);
  if (first.length === 0) return [];
  return store.tx(actor, 'request.dueReminders', (t) => {
    const list = pending(t.db, today);
    for (const r of list) stmt(t.db, 'INSERT OR IGNORE INTO request_reminders (request_id, threshold, shown_at) VALUES (?, ?, ?)').run(r.id, r.threshold, t.now);
    // Refs and thresholds only: the audit trail needs no names for this.
    t.audit({ entityType: 'request', entityId: null, summary: { remindersShown: list.map((r) => `${r.ref}:${r.threshold}`) } });
    return list.map(strip);
  });
}
