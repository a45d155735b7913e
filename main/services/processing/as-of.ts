// The record as it stood at the end of a day: for each activity, the version in force then (the
// last one written on or before that local date), leaving out activities not yet added or already
// removed. The audit pack prints this; an access response reads the controller activities that
// cover a kind of data subject from it (GDPR Art. 15(1)(a)-(h)).
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { todayIn } from '../requests/today';
import { addDays } from '../../../shared/dates/iso';
import type { ActivityAsOf, ControllerContent, CoveringActivity, ProcessingAsOf, SubjectKind } from '../../../shared/model/processing';
import { recipientsOf, toVersion, type VersionRow } from './repo';

type Row = VersionRow & { public_id: string; ref: string; kind: 'controller' | 'processor' };

/**
 * The first instant whose local date in `timeZone` is after `date`: versions written before it
 * count. Found by bisection over the 28 hours around midnight UTC (UTC offsets run from -12 to
 * +14 hours), asking Intl for the local date, so DST changes and odd offsets need no zone tables.
 */
export function endOfLocalDay(date: string, timeZone: string): string {
  const midnight = Date.parse(`${addDays(date, 1)}T00:00:00Z`);
  let lo = midnight - 15 * 3_600_000;
  let hi = midnight + 13 * 3_600_000;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (todayIn(new Date(mid), timeZone) > date) hi = mid;
    else lo = mid;
  }
  return new Date(hi).toISOString();
}

/**
 * Every activity's version in force at the end of `date`: the highest version written before the
 * end of that local day (the stored instants are ISO strings of one length, so they compare as text).
 */
export function activitiesAsOf(db: Db, date: string, timeZone: string): ProcessingAsOf {
  const rows = stmt(
    db,
    `SELECT v.*, a.public_id, a.ref, a.kind FROM processing_activities a
       JOIN processing_versions v ON v.activity_id = a.id
        AND v.version = (SELECT max(w.version) FROM processing_versions w WHERE w.activity_id = a.id AND w.at < ?)
      WHERE v.deleted = 0
      ORDER BY a.ref`,
  ).all(endOfLocalDay(date, timeZone)) as Row[];
  const out: ProcessingAsOf = { asOf: date, controller: [], processor: [] };
  for (const r of rows) {
    const v = toVersion(r);
    const entry: ActivityAsOf = { id: r.public_id, ref: r.ref, kind: r.kind, version: v.version, at: v.at, by: v.by, content: v.content, recipients: recipientsOf(db, v.content) };
    out[r.kind].push(entry);
  }
  return out;
}

/** The controller activities whose categories of data subjects include this kind, as of a date. */
export function coveringActivities(db: Db, subjectKind: SubjectKind, date: string, timeZone: string) {
  const record = activitiesAsOf(db, date, timeZone);
  const activities: CoveringActivity[] = [];
  for (const a of record.controller) {
    const c = a.content as ControllerContent;
    if (!c.subjectKinds.includes(subjectKind)) continue;
    activities.push({
      id: a.id,
      ref: a.ref,
      name: c.name,
      version: a.version,
      purposes: c.purposes,
      legalBasis: c.legalBasis,
      legitimateInterestNote: c.legitimateInterestNote ?? null,
      dataCategories: c.dataCategories,
      retention: c.retention,
      sources: c.sources,
      sourceNote: c.sourceNote ?? null,
      recipients: { kinds: c.recipients.kinds, named: a.recipients, note: c.recipients.note ?? null },
      transfers: c.transfers,
      automatedDecisions: { made: c.automatedDecisions, note: c.automatedDecisionsNote ?? null },
      toComplete: c.toComplete ?? [],
    });
  }
  return { subjectKind, asOf: date, activities };
}
