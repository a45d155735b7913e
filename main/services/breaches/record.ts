// Writing the breach register. Every change (recording, a correction, the notification to the
// authority, a phased follow-up, a file) writes the whole content as a new version beside the
// current row, in one transaction with its audit event: nothing is edited in place, so the
// register can be shown as it stood on any date (GDPR Art. 33(5), Art. 5(2)).
import { v7 as uuidv7 } from 'uuid';
import type { TxContext } from '../../store/store';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { refuseIfPurged } from '../../store/purged';
import { bumpVersion } from '../../store/versioned';
import { canonicalJson } from '../../store/canonical-json';
import { nextReferenceNumber } from '../../store/reference-counter';
import { decodeBase64, insertFile } from '../../store/file-store';
import type { FieldErrors } from '../../../shared/errors';
import { breachDeadline, isLateNotification } from '../../../shared/breaches/clock';
import { localToInstant, instantToLocal } from '../../../shared/dates/instant';
import {
  BREACH_REFERENCE_PREFIX,
  type BreachAdd,
  type BreachContent,
  type BreachContentParsed,
  type BreachCorrect,
  type BreachFileKind,
  type BreachFollowUp,
  type BreachNotify,
  type RecordedInstant,
} from '../../../shared/model/breach';
import { breachOwner, currentContent, requireBreach, type BreachRow } from './repo';
import { AlreadyNotifiedError, BreachChangedError, BreachInputError, NotYetNotifiedError } from './errors';

export type VersionChange = 'recorded' | 'corrected' | 'notified' | 'follow-up';

/** Where instants are read: the zone for inputs that name none, and now (nothing is recorded ahead). */
export interface Frame {
  zone: string;
  now: Date;
}

/** Collects field errors while resolving, so one answer names every bad field. */
class Problems {
  readonly errors: FieldErrors = {};
  add(path: string, message: string): void {
    (this.errors[path] ??= []).push(message);
  }
  throwIfAny(): void {
    if (Object.keys(this.errors).length) throw new BreachInputError(this.errors);
  }
}

// A minute of slack: a time typed as "now" on a clock a little ahead is not "still to come".
const FUTURE_SLACK_MS = 60_000;

function instant(v: { local: string; zone?: string | undefined }, frame: Frame, path: string, p: Problems): RecordedInstant {
  const zone = v.zone ?? frame.zone;
  const r = localToInstant(v.local, zone);
  if (!r.ok) {
    // The schema checked the shape against the zone it was given; the organisation's zone is known only here.
    p.add(`${path}.local`, r.problem === 'gap' ? `${v.local.replace('T', ' ')} does not exist in ${zone}: the clocks moved forward over that hour.` : 'Enter the time as YYYY-MM-DD HH:MM.');
    return { at: new Date(0).toISOString(), zone, local: v.local };
  }
  if (Date.parse(r.instant) > frame.now.getTime() + FUTURE_SLACK_MS) p.add(`${path}.local`, `${v.local.replace('T', ' ')} (${zone}) is still to come; record what has happened.`);
  return { at: r.instant, zone, local: instantToLocal(r.instant, zone) };
}

/** `prefix`: where the notification's fields sit in the input ('notification.' in a breach, '' in breach.notify). */
function notificationOf(n: NonNullable<BreachContentParsed['notification']>, awareAt: RecordedInstant, frame: Frame, p: Problems, prefix: string): NonNullable<BreachContent['notification']> {
  const at = instant(n.at, frame, `${prefix}at`, p);
  if (at.at < awareAt.at) p.add(`${prefix}at.local`, 'The authority cannot have been notified before you became aware of the breach.');
  const late = isLateNotification(awareAt.at, at.at);
  // GDPR Art. 33(1): "Where the notification … is not made within 72 hours, it shall be
  // accompanied by reasons for the delay."
  if (late && !n.delayReasons) p.add(`${prefix}delayReasons`, 'The notification came more than 72 hours after you became aware: give the reasons for the delay (GDPR Art. 33(1)).');
  return { at, reference: n.reference ?? null, authority: n.authority ?? null, delayReasons: n.delayReasons ?? null, late };
}

/** The stored content for validated input; follow-ups are carried over from the version before. */
export function resolveContent(c: BreachContentParsed, frame: Frame, followUps: BreachContent['followUps']): BreachContent {
  const p = new Problems();
  const discoveredAt = instant(c.discoveredAt, frame, 'discoveredAt', p);
  const awareAt = instant(c.awareAt, frame, 'awareAt', p);
  // Awareness is the reasonable certainty that a breach happened, which comes with or after its discovery.
  if (awareAt.at < discoveredAt.at) p.add('awareAt.local', 'You cannot have become aware of the breach before it was discovered.');
  const notification = c.notification ? notificationOf(c.notification, awareAt, frame, p, 'notification.') : null;
  const controllersNotified = c.controllersNotified.map((x, i) => ({ controller: x.controller, notifiedAt: instant(x.notifiedAt, frame, `controllersNotified.${i}.notifiedAt`, p) }));
  if (c.subjectsTold.on && c.subjectsTold.on > instantToLocal(frame.now.toISOString(), frame.zone).slice(0, 10)) p.add('subjectsTold.on', `${c.subjectsTold.on} is still to come.`);
  p.throwIfAny();
  return {
    title: c.title,
    role: c.role,
    discoveredAt,
    awareAt,
    natures: c.natures,
    description: c.description ?? null,
    subjectCategories: c.subjectCategories,
    dataCategories: c.dataCategories,
    subjectsApprox: c.subjectsApprox ?? null,
    recordsApprox: c.recordsApprox ?? null,
    consequences: c.consequences ?? null,
    measuresTaken: c.measuresTaken ?? null,
    measuresProposed: c.measuresProposed ?? null,
    risk: c.risk,
    riskReasoning: c.riskReasoning,
    notification,
    followUps,
    subjectsTold: {
      decision: c.subjectsTold.decision,
      on: c.subjectsTold.decision === 'told' ? (c.subjectsTold.on ?? null) : null,
      how: c.subjectsTold.decision === 'told' ? (c.subjectsTold.how ?? null) : null,
      ground: c.subjectsTold.decision === 'not-told' ? (c.subjectsTold.ground ?? null) : null,
      reason: c.subjectsTold.decision === 'not-told' ? (c.subjectsTold.reason ?? null) : null,
    },
    controllersNotified,
  };
}

const COLUMN_NAMES =
  'title, role, discovered_at, aware_at, aware_zone, aware_date, deadline_at, natures, risk, subjects_approx, records_approx, notified_at, follow_ups, subjects_told';

function columns(c: BreachContent): unknown[] {
  return [
    c.title,
    c.role,
    c.discoveredAt.at,
    c.awareAt.at,
    c.awareAt.zone,
    c.awareAt.local.slice(0, 10),
    breachDeadline(c.awareAt.at),
    c.natures.join(','),
    c.risk,
    c.subjectsApprox,
    c.recordsApprox,
    c.notification?.at.at ?? null,
    c.followUps.length,
    c.subjectsTold.decision,
  ];
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');
const COLUMN_COUNT = COLUMN_NAMES.split(',').length;

function writeVersion(t: TxContext, id: number, version: number, change: VersionChange, c: BreachContent, reason: string | null, actor: string): void {
  stmt(t.db, 'INSERT INTO breach_versions (breach_id, version, change, content, reason, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(id, version, change, canonicalJson(c), reason, t.now, actor);
}

/** Non-personal facts for the audit trail: codes, counts, ids and whether the notification was late. */
function auditFacts(c: BreachContent, version: number) {
  return {
    version,
    role: c.role,
    risk: c.risk,
    natures: c.natures,
    subjects: c.subjectsApprox,
    records: c.recordsApprox,
    notified: c.notification !== null,
    late: c.notification?.late ?? null,
    followUps: c.followUps.length,
    subjectsTold: c.subjectsTold.decision,
    controllersTold: c.controllersNotified.length,
  };
}

/** Names of the top-level content fields that differ (never their values). */
function changedFields(before: BreachContent, after: BreachContent): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonicalJson((before as unknown as Record<string, unknown>)[k] ?? null) !== canonicalJson((after as unknown as Record<string, unknown>)[k] ?? null)).sort();
}

function attachOne(t: TxContext, row: { id: number; ref: string }, f: { filename: string; mimeType?: string; base64: string; purpose: BreachFileKind }, field: string, actor: string): void {
  const bytes = decodeBase64(f.base64, field);
  const info = insertFile(t, breachOwner(row), { filename: f.filename.trim(), mimeType: f.mimeType?.trim() || 'application/octet-stream', bytes, kind: 'document', deleteAfter: null }, actor);
  stmt(t.db, 'INSERT INTO breach_files (file_id, purpose) VALUES (?, ?)').run(info.id, f.purpose);
}

export function addBreach(t: TxContext, input: BreachAdd, frame: Frame, actor: string): { publicId: string } {
  const { files, ...content } = input;
  // Decode first: a bad file is a field error before anything is numbered.
  files.forEach((f, i) => decodeBase64(f.base64, `files.${i}.base64`));
  const c = resolveContent(content, frame, []);
  const year = Number(c.awareAt.local.slice(0, 4));
  const ref = `${BREACH_REFERENCE_PREFIX}-${year}-${String(nextReferenceNumber(t.db, BREACH_REFERENCE_PREFIX, year)).padStart(4, '0')}`;
  const publicId = uuidv7();
  const info = stmt(t.db, `INSERT INTO breaches (public_id, ref, ${COLUMN_NAMES}, version, created_at, updated_at) VALUES (?, ?, ${placeholders(COLUMN_COUNT)}, 1, ?, ?)`).run(
    publicId,
    ref,
    ...columns(c),
    t.now,
    t.now,
  );
  const id = Number(info.lastInsertRowid);
  writeVersion(t, id, 1, 'recorded', c, null, actor);
  t.audit({ entityType: 'breach', entityId: ref, summary: { recorded: { id: publicId, ...auditFacts(c, 1), files: files.length } } });
  files.forEach((f, i) => attachOne(t, { id, ref }, f, `files.${i}.base64`, actor));
  return { publicId };
}

/** A change needs the version the caller read, on a breach not yet purged. */
function checkVersion(db: Db, row: BreachRow, expected: number | undefined): void {
  refuseIfPurged(db, 'breaches', row.id, row.ref);
  if (expected !== undefined && expected !== row.version) throw new BreachChangedError(row.ref);
}

/** Writes `next` as the breach's next version and its audit event. */
function newVersion(t: TxContext, row: BreachRow, change: VersionChange, next: BreachContent, reason: string | null, actor: string, extra: Record<string, unknown> = {}): void {
  const previous = currentContent(t.db, row);
  const changed = changedFields(previous, next);
  if (!changed.length && change === 'corrected') throw new BreachInputError({ reason: ['Nothing differs from the current version; there is nothing to correct.'] });
  stmt(t.db, `UPDATE breaches SET (${COLUMN_NAMES}) = (${placeholders(COLUMN_COUNT)}) WHERE id = ?`).run(...columns(next), row.id);
  bumpVersion(t.db, 'breaches', row.id, t.now);
  const version = row.version + 1;
  // A correction's reason is free text and may name people: it stays in the version, not in the trail.
  writeVersion(t, row.id, version, change, next, reason, actor);
  t.audit({ entityType: 'breach', entityId: row.ref, summary: { [change === 'follow-up' ? 'followUp' : change]: { id: row.public_id, ...auditFacts(next, version), changed, ...extra } } });
}

export function correctBreach(t: TxContext, input: BreachCorrect, frame: Frame, actor: string): string {
  const row = requireBreach(t.db, input.id);
  checkVersion(t.db, row, input.expectedVersion);
  const { id: _id, expectedVersion: _v, reason, ...content } = input;
  void _id;
  void _v;
  const previous = currentContent(t.db, row);
  const next = resolveContent(content, frame, previous.followUps);
  if (previous.followUps.length && !next.notification)
    throw new BreachInputError({ notification: ['This breach has follow-ups to its notification (GDPR Art. 33(4)); the notification cannot be removed.'] });
  newVersion(t, row, 'corrected', next, reason, actor);
  return row.public_id;
}

export function notifyBreach(t: TxContext, input: BreachNotify, frame: Frame, actor: string): string {
  const row = requireBreach(t.db, input.id);
  checkVersion(t.db, row, input.expectedVersion);
  const previous = currentContent(t.db, row);
  if (previous.notification) throw new AlreadyNotifiedError(row.ref);
  const p = new Problems();
  const notification = notificationOf(input, previous.awareAt, frame, p, '');
  p.throwIfAny();
  newVersion(t, row, 'notified', { ...previous, notification }, null, actor, { late: notification.late });
  return row.public_id;
}

export function addFollowUp(t: TxContext, input: BreachFollowUp, frame: Frame, actor: string): string {
  const row = requireBreach(t.db, input.id);
  checkVersion(t.db, row, input.expectedVersion);
  const previous = currentContent(t.db, row);
  if (!previous.notification) throw new NotYetNotifiedError(row.ref);
  const p = new Problems();
  const at = instant(input.at, frame, 'at', p);
  if (at.at < previous.notification.at.at) p.add('at.local', 'Further information follows the first notification; this is before it.');
  p.throwIfAny();
  const followUps = [...previous.followUps, { at, summary: input.summary, reference: input.reference ?? null }];
  newVersion(t, row, 'follow-up', { ...previous, followUps }, null, actor);
  return row.public_id;
}

export function attachFile(t: TxContext, input: { id: string; filename: string; mimeType?: string; base64: string; purpose: BreachFileKind }, actor: string): string {
  const row = requireBreach(t.db, input.id);
  refuseIfPurged(t.db, 'breaches', row.id, row.ref);
  attachOne(t, row, input, 'base64', actor);
  // Files are not part of a version's content: the file store's audit event is the record.
  return row.public_id;
}
