// The record as it stood at the end of a day: for each activity, the version in force then (the
// last one written on or before that local date), leaving out activities not yet added or already
// removed. The audit pack prints this; an access response reads the controller activities that
// cover a kind of data subject from it (GDPR Art. 15(1)(a)-(h)).
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { todayIn } from '../requests/today';
import type { ActivityAsOf, ControllerContent, CoveringActivity, ProcessingAsOf, SubjectKind } from '../../../shared/model/processing';
import { recipientsOf, toVersion, type VersionRow } from './repo';

type Row = VersionRow & { public_id: string; ref: string; kind: 'controller' | 'processor' };

/**
 * Versions carry UTC instants; the question is about a local date in the organisation's zone.
 * The register holds tens of activities with a few versions each, so every version is read and
 * its local date compared here, which stays right across DST changes without zone arithmetic.
 */
export function activitiesAsOf(db: Db, date: string, timeZone: string): ProcessingAsOf {
  const rows = stmt(
    db,
    `SELECT v.*, a.public_id, a.ref, a.kind FROM processing_versions v JOIN processing_activities a ON a.id = v.activity_id ORDER BY a.ref, v.version`,
  ).all() as Row[];
  const inForce = new Map<number, Row>();
  for (const r of rows) if (todayIn(new Date(r.at), timeZone) <= date) inForce.set(r.activity_id, r);
  const out: ProcessingAsOf = { asOf: date, controller: [], processor: [] };
  for (const r of inForce.values()) {
    if (r.deleted) continue;
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
    });
  }
  return { subjectKind, asOf: date, activities };
}
