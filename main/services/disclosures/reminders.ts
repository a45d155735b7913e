// "Secret until" reminders: when the day comes that a disclosure may be told to the subject, the
// DPO is reminded once (per disclosure and date), so the next access response includes it
// (GDPR Art. 15(1)(c) once the Art. 23 restriction has lapsed). Returned and marked shown in one
// transaction, like the request deadline reminders, so two windows never show one twice.
import type { Store } from '../../store/store';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { daysBetween } from '../../../shared/dates/iso';
import type { SecrecyReminder } from '../../../shared/model/disclosure';

/** Where each channel records what it has shown: the dashboard's reminders, the desktop notifications. */
const SHOWN_IN = { dashboard: 'disclosure_reminders', desktop: 'disclosure_notices' } as const;
type Channel = keyof typeof SHOWN_IN;

function pending(db: Db, today: string, channel: Channel = 'dashboard'): Array<SecrecyReminder & { rowId: number }> {
  const rows = stmt(
    db,
    `SELECT d.id AS rowId, d.public_id AS id, d.ref, d.secret_until AS until, r.name AS recipientName
     FROM disclosures d JOIN disclosure_recipients r ON r.id = d.recipient_id
     WHERE d.secret_until IS NOT NULL AND d.secret_until <= ? AND d.secrecy = 'secret-until' AND d.inquiry = 0
       AND d.subject_told_on IS NULL
       AND NOT EXISTS (SELECT 1 FROM ${SHOWN_IN[channel]} m WHERE m.disclosure_id = d.id AND m.until = d.secret_until)
     ORDER BY d.secret_until, d.id`,
  ).all(today) as Array<{ rowId: number; id: string; ref: string; until: string; recipientName: string }>;
  return rows.map((r) => ({ ...r, threshold: 'secrecy-ended' as const, daysAgo: daysBetween(r.until, today) }));
}

export function secrecyReminders(store: Store, actor: string, today: string, peek: boolean): SecrecyReminder[] {
  const strip = ({ rowId: _r, ...r }: SecrecyReminder & { rowId: number }): SecrecyReminder => (void _r, r);
  if (peek || pending(store.db, today).length === 0) return pending(store.db, today).map(strip);
  return store.tx(actor, 'disclosure.dueReminders', (t) => {
    const list = pending(t.db, today);
    for (const r of list) stmt(t.db, 'INSERT OR IGNORE INTO disclosure_reminders (disclosure_id, until, shown_at) VALUES (?, ?, ?)').run(r.rowId, r.until, t.now);
    t.audit({ entityType: 'disclosure', entityId: null, summary: { remindersShown: list.map((r) => `${r.ref}:${r.threshold}`) } });
    return list.map(strip);
  });
}

/**
 * The ended secrecies not yet shown as a desktop notification, marked notified in the same
 * transaction (once per disclosure and date, however many windows or restarts). Apart from the
 * dashboard's reminders: those stay until the DPO marks them seen.
 */
export function secrecyNotices(store: Store, actor: string, today: string): SecrecyReminder[] {
  const strip = ({ rowId: _r, ...r }: SecrecyReminder & { rowId: number }): SecrecyReminder => (void _r, r);
  if (pending(store.db, today, 'desktop').length === 0) return [];
  return store.tx(actor, 'disclosure.notices', (t) => {
    const list = pending(t.db, today, 'desktop');
    for (const r of list) stmt(t.db, 'INSERT OR IGNORE INTO disclosure_notices (disclosure_id, until, notified_at) VALUES (?, ?, ?)').run(r.rowId, r.until, t.now);
    t.audit({ entityType: 'disclosure', entityId: null, summary: { noticesShown: list.map((r) => `${r.ref}:${r.threshold}`) } });
    return list.map(strip);
  });
}
