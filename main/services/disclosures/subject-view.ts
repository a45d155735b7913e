// Who received this person's data and why (GDPR Art. 15(1)(c); CJEU C-154/21: the actual
// recipients, not categories). A subject is found by e-mail address, customer number, or the
// requester of a request; a disclosure counts when it names any of these or links a request
// whose requester has them. What the subject may be told is split from what stays withheld:
// a secret disclosure until its date has come (Art. 23 restriction) and, always, an Art. 4(9)
// particular inquiry (such an authority is not a "recipient").
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import type { SubjectDisclosure, SubjectDisclosures } from '../../../shared/model/disclosure';
import { splitCategories, type DisclosureRow } from './repo';

export interface SubjectKeys {
  email: string | null;
  customerId: string | null;
  /** A request's row id: disclosures linked to it directly. */
  requestId?: number | null;
}

/** Ids of the disclosures that concern this subject (each once), by the partial indexes of 0012. */
export function subjectDisclosureIds(db: Db, s: SubjectKeys): number[] {
  const ids = new Set<number>();
  const pluck = (sql: string, v: unknown) => {
    for (const r of stmt(db, sql).all(v) as Array<{ id: number }>) ids.add(r.id);
  };
  if (s.email) {
    pluck('SELECT disclosure_id AS id FROM disclosure_subjects WHERE email_norm = ?', s.email);
    pluck('SELECT s.disclosure_id AS id FROM requests q JOIN disclosure_subjects s ON s.request_id = q.id WHERE q.email_norm = ?', s.email);
  }
  if (s.customerId) {
    pluck('SELECT disclosure_id AS id FROM disclosure_subjects WHERE customer_id = ?', s.customerId);
    pluck('SELECT s.disclosure_id AS id FROM requests q JOIN disclosure_subjects s ON s.request_id = q.id WHERE q.customer_id = ?', s.customerId);
  }
  if (s.requestId) pluck('SELECT disclosure_id AS id FROM disclosure_subjects WHERE request_id = ?', s.requestId);
  return [...ids];
}

type Row = DisclosureRow & { r_public_id: string; r_name: string; r_country: string | null };

export function subjectRows(db: Db, s: SubjectKeys): Row[] {
  const ids = subjectDisclosureIds(db, s);
  if (!ids.length) return [];
  return stmt(
    db,
    `SELECT d.*, r.public_id AS r_public_id, r.name AS r_name, r.country AS r_country
     FROM disclosures d JOIN disclosure_recipients r ON r.id = d.recipient_id
     WHERE d.id IN (SELECT value FROM json_each(?))
     ORDER BY d.disclosed_on DESC, d.id DESC`,
  ).all(JSON.stringify(ids)) as Row[];
}

/** Null when the subject may be told today; otherwise why not. */
export function withheldReason(r: DisclosureRow, today: string): SubjectDisclosure['withheld'] {
  if (r.inquiry === 1) return { reason: 'particular-inquiry', until: null, ground: null };
  if (r.secrecy === 'secret') return { reason: 'secret', until: null, ground: r.secrecy_ground };
  // "Secret until D": withheld before D, told from D on.
  if (r.secrecy === 'secret-until' && r.secret_until && today < r.secret_until) return { reason: 'secret-until', until: r.secret_until, ground: r.secrecy_ground };
  return null;
}

export function subjectView(db: Db, s: SubjectKeys, today: string): SubjectDisclosures {
  const shown: SubjectDisclosure[] = [];
  const withheld: SubjectDisclosure[] = [];
  for (const r of subjectRows(db, s)) {
    const item: SubjectDisclosure = {
      id: r.public_id,
      ref: r.ref,
      date: r.disclosed_on,
      recipient: { id: r.r_public_id, name: r.r_name, kind: r.recipient_kind, country: r.r_country },
      ground: r.ground,
      categories: splitCategories(r.categories),
      recurring: r.flow_frequency !== null,
      withheld: withheldReason(r, today),
    };
    (item.withheld ? withheld : shown).push(item);
  }
  return { asOf: today, shown, withheld };
}
