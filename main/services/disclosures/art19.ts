// GDPR Art. 19: after a rectification (Art. 16), erasure (Art. 17(1)) or restriction (Art. 18)
// each recipient to whom the data were disclosed is told, unless that proves impossible or
// involves disproportionate effort; the subject is told about those recipients on request.
// This is the request service's recipient source over the register, and the per-recipient
// closing record. Art. 4(9) inquiries are left out: such authorities are not recipients.
import type { Db } from '../../store/database';
import type { TxContext } from '../../store/store';
import { stmt } from '../../store/statements';
import { bumpVersion } from '../../store/versioned';
import { compareDates } from '../../../shared/dates/iso';
import { needsArt19 } from '../../../shared/model/request-machine';
import { FINAL_STATUSES } from '../../../shared/model/request';
import type { Art19Recipient } from '../../../shared/model/request';
import type { z } from 'zod';
import type { art19NoticeInput } from '../../../shared/model/disclosure';
import type { RecipientSource, SubjectKey } from '../requests/recipients';
import { parseTypes, requireRow } from '../requests/repo';
import { DisclosureInputError } from './errors';
import { subjectRows, withheldReason } from './subject-view';
import { readSettings } from '../../store/settings-repo';
import { todayIn } from '../requests/today';

function recipientsFor(db: Db, subject: SubjectKey): Art19Recipient[] {
  const today = todayIn(new Date(), readSettings(db).timeZone);
  const byRecipient = new Map<string, { name: string; events: string[]; withheld: Art19Recipient['withheldFromSubject'] }>();
  // Oldest first, so each recipient's description reads in the order things happened.
  for (const r of subjectRows(db, { email: subject.email, customerId: subject.customerId }).reverse()) {
    if (r.inquiry === 1) continue;
    const entry = byRecipient.get(r.r_public_id) ?? { name: r.r_name, events: [], withheld: null };
    entry.events.push(`${r.ref} (${r.disclosed_on})`);
    // The recipient is told about the erasure; the subject learns who it is only once every
    // disclosure to it may be told (Art. 23): the latest "until" wins, a plain secret has none.
    const w = withheldReason(r, today);
    if (w) entry.withheld = entry.withheld && (entry.withheld.until === null || w.until === null) ? { until: null } : { until: maxDate(entry.withheld?.until ?? null, w.until) };
    byRecipient.set(r.r_public_id, entry);
  }
  return [...byRecipient].map(([id, e]) => ({ id, name: e.name, description: e.events.join(', '), withheldFromSubject: e.withheld }));
}

function maxDate(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

export const disclosureRecipients: RecipientSource = {
  recipientsFor,
  note:
    'From the disclosures register: every recipient this subject\'s data was disclosed to, by e-mail address, customer number or a linked request. ' +
    'Particular inquiries by public authorities (GDPR Art. 4(9)) are not recipients and are not listed.',
};

type Art19Notice = z.output<typeof art19NoticeInput>;

/** One recipient's closing record on a request; the close transition then needs none for it. */
export function recordArt19Notice(t: TxContext, input: Art19Notice): void {
  const row = requireRow(t.db, input.ref);
  if (!needsArt19(parseTypes(row.types))) throw new DisclosureInputError({ ref: ['Art. 19 records apply only to rectification, erasure or restriction requests.'] });
  if (FINAL_STATUSES.includes(row.status)) throw new DisclosureInputError({ ref: [`${row.ref} is ${row.status}; its Art. 19 records were made when it was closed.`] });
  const recipient = recipientsFor(t.db, { email: row.email_norm, customerId: row.customer_id }).find((r) => r.id === input.recipientId);
  if (!recipient) throw new DisclosureInputError({ recipientId: ['This recipient did not receive this subject\'s data according to the register.'] });
  if (input.notifiedOn && compareDates(input.notifiedOn, row.received_date) < 0)
    throw new DisclosureInputError({ notifiedOn: [`${input.notifiedOn} is before the request was received (${row.received_date}).`] });
  const existing = stmt(t.db, 'SELECT outcome FROM request_art19 WHERE request_id = ? AND recipient_id = ?').get(row.id, input.recipientId);
  if (existing) throw new DisclosureInputError({ recipientId: ['This recipient already has its Art. 19 record on this request.'] });
  stmt(t.db, 'INSERT INTO request_art19 (request_id, recipient_id, recipient_name, outcome, notified_on, reason) VALUES (?, ?, ?, ?, ?, ?)').run(
    row.id,
    input.recipientId,
    recipient.name,
    input.outcome,
    input.outcome === 'notified' ? (input.notifiedOn ?? null) : null,
    input.outcome === 'notified' ? null : (input.reason ?? null),
  );
  bumpVersion(t.db, 'requests', row.id, t.now);
  // Codes and ids only; the reason is free text and stays on the record.
  t.audit({ entityType: 'request', entityId: row.ref, summary: { art19Notice: { recipientId: input.recipientId, outcome: input.outcome, notifiedOn: input.notifiedOn ?? null } } });
}
