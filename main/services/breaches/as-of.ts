// The register as it stood at a moment: for each breach recorded by then, the newest version
// recorded by then, with the 72-hour clock as it read at that moment. The audit pack shows the
// register of a past date from this (GDPR Art. 33(5): the authority verifies compliance after the fact).
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { breachClock } from '../../../shared/breaches/clock';
import type { BreachAsOf, BreachContent } from '../../../shared/model/breach';

/** `before`: versions recorded strictly before this UTC instant count. */
export function registerAsOf(db: Db, before: string, shownAt: string, date: string | null): BreachAsOf {
  const rows = stmt(
    db,
    `SELECT b.public_id, b.ref, v.version, v.at, v.content
       FROM breach_versions v JOIN breaches b ON b.id = v.breach_id
      WHERE v.version = (SELECT max(w.version) FROM breach_versions w WHERE w.breach_id = v.breach_id AND w.at < ?)
      ORDER BY b.ref`,
  ).all(before) as Array<{ public_id: string; ref: string; version: number; at: string; content: string }>;
  const moment = new Date(shownAt);
  return {
    at: shownAt,
    date,
    breaches: rows.map((r) => {
      const content = JSON.parse(r.content) as BreachContent;
      const clock = breachClock({ awareAt: content.awareAt.at, role: content.role, risk: content.risk, notifiedAt: content.notification?.at.at ?? null }, moment);
      return { id: r.public_id, ref: r.ref, version: r.version, recordedAt: r.at, content, clock };
    }),
  };
}
