// The register as it stood at a moment: for each breach recorded by then, the newest version
// recorded by then, with the 72-hour clock as it read at that moment. The audit pack shows the
// register of a past date from this (GDPR Art. 33(5): the authority verifies compliance after the fact).
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { breachClock } from '../../../shared/breaches/clock';
import { addDays } from '../../../shared/dates/iso';
import { localToInstant } from '../../../shared/dates/instant';
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

/**
 * As it stood at the end of local day `date` in `zone`: versions recorded before the next local
 * midnight count, and the clock reads the last millisecond of the day (the audit pack's period end).
 */
export function registerAsOfDate(db: Db, date: string, zone: string): BreachAsOf {
  // A zone that skips midnight on a clock change starts its day at 01:00.
  const nextDay = addDays(date, 1);
  const midnight = localToInstant(`${nextDay}T00:00`, zone);
  const one = localToInstant(`${nextDay}T01:00`, zone);
  const before = midnight.ok ? midnight.instant : one.ok ? one.instant : `${nextDay}T00:00:00.000Z`;
  const last = new Date(Date.parse(before) - 1).toISOString();
  return registerAsOf(db, before, last, date);
}
