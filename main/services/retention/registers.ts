// Retention for the disclosures and breach registers (GDPR Art. 5(1)(e)). What is due is read
// here, once, for the preview and the purge alike; the purge pseudonymises a due record in place:
// its personal fields (the register's line in shared/model/personal.ts) become the marker in the
// row and in every stored version, its subjects' addresses and customer numbers go, its files'
// bytes are deleted and its audit details erased. Dates, codes and counts stay, so transparency
// statistics and the 72-hour figures for past periods keep their numbers.
import type { Db } from '../../store/database';
import type { TxContext } from '../../store/store';
import { purgeFiles } from '../../store/file-store';
import { addDays, addMonthsClamped } from '../../../shared/dates/iso';
import { PERSONAL_FIELDS } from '../../../shared/model/personal';
import { PURGED_MARKER, type RetentionRules, type RetentionUpcoming } from '../../../shared/model/retention';
import { scrubJson } from './scrub';
import { detailSeqs, eraseDetails } from './audit-details';

export type RegisterKind = 'disclosures' | 'breaches';

export interface DueRecord {
  kind: RegisterKind;
  id: number;
  ref: string;
  finishedOn: string;
  fileIds: number[];
  bytes: number;
}

export interface RegisterDue {
  due: DueRecord[];
  /** Due, but kept: held itself, or a disclosure about a request on hold (a legal claim may turn on it). */
  held: number;
  upcoming: RetentionUpcoming[];
}

// The day a disclosure stops being needed for accountability: its date, or later the end of
// its secrecy (until then the subject cannot yet be told, Art. 23) or the last day of a
// recurring flow (a flow without an end is still running and never due).
const DISCLOSURE_FINISHED = `max(d.disclosed_on, coalesce(d.secret_until, ''), CASE WHEN d.flow_frequency IS NULL THEN '' ELSE coalesce(d.flow_to, '9999-12-31') END)`;
const DISCLOSURES_SQL = `
  SELECT d.id, d.public_id, d.ref, ${DISCLOSURE_FINISHED} AS finished_on,
         EXISTS (SELECT 1 FROM disclosure_subjects s JOIN request_holds h ON h.request_id = s.request_id
                 WHERE s.disclosure_id = d.id AND h.until >= @today)
         OR EXISTS (SELECT 1 FROM record_holds h WHERE h.kind = 'disclosure' AND h.record_id = d.id AND h.until >= @today) AS held
  FROM disclosures d
  WHERE d.purged_at IS NULL AND d.disclosed_on <= @latest AND ${DISCLOSURE_FINISHED} <= @latest
  ORDER BY d.id`;

// A breach's documentation is complete when its record last changed (the notification, the last
// follow-up, the last evidence added); the authority may ask for it until then plus the rule's
// period (Art. 33(5)).
const BREACHES_SQL = `
  SELECT b.id, b.public_id, b.ref, max(b.aware_date, substr(b.updated_at, 1, 10)) AS finished_on,
         EXISTS (SELECT 1 FROM record_holds h WHERE h.kind = 'breach' AND h.record_id = b.id AND h.until >= @today) AS held
  FROM breaches b
  WHERE b.purged_at IS NULL AND max(b.aware_date, substr(b.updated_at, 1, 10)) <= @latest
  ORDER BY b.id`;

const OWNER_KIND: Record<RegisterKind, 'disclosure' | 'breach'> = { disclosures: 'disclosure', breaches: 'breach' };

/**
 * Records of one register due today (holds apart) and those falling due within `aheadDays`.
 * SQL narrows by the latest finishing day that can be due by the horizon (months back, a few days
 * slack for month-end clamping); the exact test is addMonthsClamped, as for requests.
 */
export function registerDue(db: Db, kind: RegisterKind, rules: RetentionRules, today: string, aheadDays = 30): RegisterDue {
  const months = rules[kind].months;
  const out: RegisterDue = { due: [], held: 0, upcoming: [] };
  if (months === null) return out;
  const horizon = addDays(today, aheadDays);
  const latest = addDays(addMonthsClamped(horizon, -months), 3);
  const files = db.prepare(`SELECT id, size_bytes FROM files WHERE owner_kind = ? AND owner_id = ? AND deleted_at IS NULL`);
  const rows = db.prepare(kind === 'disclosures' ? DISCLOSURES_SQL : BREACHES_SQL).all({ today, latest }) as Array<{ id: number; public_id: string; ref: string; finished_on: string; held: number }>;
  for (const r of rows) {
    const dueOn = addMonthsClamped(r.finished_on, months);
    if (dueOn > today) {
      if (dueOn <= horizon) out.upcoming.push({ kind: OWNER_KIND[kind], id: r.public_id, ref: r.ref, finishedOn: r.finished_on, dueOn });
      continue;
    }
    if (r.held) {
      out.held++;
      continue;
    }
    const own = files.all(OWNER_KIND[kind], r.id) as Array<{ id: number; size_bytes: number }>;
    out.due.push({ kind, id: r.id, ref: r.ref, finishedOn: r.finished_on, fileIds: own.map((f) => f.id), bytes: own.reduce((n, f) => n + f.size_bytes, 0) });
  }
  return out;
}

const set = (names: readonly string[]) => new Set<string>(names);

// Content names that hold personal data beyond the audit summaries' names: the subjects'
// request references (they lead to the person), the authority's case reference, a flow's
// description; `secrecy.ground` is free text, while the top-level `ground` is a code.
const DISCLOSURE_KEYS = set([...PERSONAL_FIELDS.disclosure, 'requestRefs', 'caseRef', 'contact']);
const DISCLOSURE_PATHS = ['secrecy.ground', 'flow.description'];
const BREACH_KEYS = set(PERSONAL_FIELDS.breach);
const RECIPIENT_KEYS = set(['contact', 'reason']);

function scrubVersions(db: Db, table: 'disclosure_versions' | 'breach_versions' | 'disclosure_recipient_versions', owner: string, id: number, keys: ReadonlySet<string>, paths: readonly string[] = []): void {
  const rows = db.prepare(`SELECT version, content FROM ${table} WHERE ${owner} = ?`).all(id) as Array<{ version: number; content: string }>;
  const update = db.prepare(`UPDATE ${table} SET content = ?, reason = CASE WHEN reason IS NULL THEN NULL ELSE ? END WHERE ${owner} = ? AND version = ?`);
  for (const v of rows) update.run(scrubJson(v.content, keys, paths), PURGED_MARKER, id, v.version);
}

/** One due record pseudonymised; returns the audit details erased. */
export function pseudonymiseRecord(t: TxContext, r: DueRecord): number {
  const db = t.db;
  purgeFiles(t, r.fileIds, PURGED_MARKER, 'retention period ended');
  if (r.kind === 'disclosures') {
    const m = (col: string) => `${col} = CASE WHEN ${col} IS NULL THEN NULL ELSE @m END`;
    db.prepare(
      `UPDATE disclosures SET ${['ground_note', 'reference', 'case_ref', 'approved_by', 'secrecy_ground', 'flow_note'].map(m).join(', ')}, purged_at = @now WHERE id = @id`,
    ).run({ m: PURGED_MARKER, now: t.now, id: r.id });
    // The subjects' addresses, customer numbers and request links go; subjects_count stays.
    db.prepare('DELETE FROM disclosure_subjects WHERE disclosure_id = ?').run(r.id);
    db.prepare("DELETE FROM record_holds WHERE kind = 'disclosure' AND record_id = ?").run(r.id);
    scrubVersions(db, 'disclosure_versions', 'disclosure_id', r.id, DISCLOSURE_KEYS, DISCLOSURE_PATHS);
    return eraseDetails(db, detailSeqs(db, 'disclosure', r.ref));
  }
  db.prepare('UPDATE breaches SET title = ?, purged_at = ? WHERE id = ?').run(PURGED_MARKER, t.now, r.id);
  db.prepare("DELETE FROM record_holds WHERE kind = 'breach' AND record_id = ?").run(r.id);
  scrubVersions(db, 'breach_versions', 'breach_id', r.id, BREACH_KEYS);
  return eraseDetails(db, detailSeqs(db, 'breach', r.ref));
}

/**
 * Directory entries none of whose disclosures is left unpurged: the contact (often a named
 * officer) and the corrections' reasons become the marker, in the entry and its versions. The
 * name stays: it is the organisation, and past statistics and audit packs name it.
 */
export function recipientsToPurge(db: Db): Array<{ id: number; publicId: string }> {
  return db
    .prepare(
      `SELECT r.id, r.public_id AS publicId FROM disclosure_recipients r
       WHERE (r.contact IS NOT NULL AND r.contact <> @m OR EXISTS (SELECT 1 FROM disclosure_recipient_versions v WHERE v.recipient_id = r.id AND v.reason IS NOT NULL AND v.reason <> @m))
         AND EXISTS (SELECT 1 FROM disclosures d WHERE d.recipient_id = r.id)
         AND NOT EXISTS (SELECT 1 FROM disclosures d WHERE d.recipient_id = r.id AND d.purged_at IS NULL)`,
    )
    .all({ m: PURGED_MARKER }) as Array<{ id: number; publicId: string }>;
}

export function pseudonymiseRecipient(t: TxContext, r: { id: number; publicId: string }): number {
  t.db.prepare('UPDATE disclosure_recipients SET contact = CASE WHEN contact IS NULL THEN NULL ELSE ? END WHERE id = ?').run(PURGED_MARKER, r.id);
  scrubVersions(t.db, 'disclosure_recipient_versions', 'recipient_id', r.id, RECIPIENT_KEYS);
  return eraseDetails(t.db, detailSeqs(t.db, 'disclosure-recipient', r.publicId));
}

export interface DuePack {
  id: string;
  fileId: number;
  bytes: number;
  createdOn: string;
}

/**
 * Stored audit packs that copied a breach now purged or due: the pack's breach register lists
 * every breach known at its period's end with its title (a personal field), so a pack whose
 * period ended, and which was made, on or after the earliest such breach's day holds one. Its
 * bytes go; the report record (period, pages, SHA-256, audit head) stays. The other sections
 * name no subject: requests by reference, disclosures by recipient organisation.
 */
export function packsToPurge(db: Db, dueBreaches: readonly DueRecord[]): DuePack[] {
  const purged = db.prepare('SELECT min(aware_date) FROM breaches WHERE purged_at IS NOT NULL').pluck().get() as string | null;
  const dueIds = new Set(dueBreaches.map((b) => b.id));
  const due = dueIds.size
    ? (db.prepare(`SELECT min(aware_date) FROM breaches WHERE id IN (SELECT value FROM json_each(?))`).pluck().get(JSON.stringify([...dueIds])) as string | null)
    : null;
  const earliest = [purged, due].filter((d): d is string => d !== null).sort()[0];
  if (!earliest) return [];
  return db
    .prepare(
      `SELECT r.public_id AS id, f.id AS fileId, f.size_bytes AS bytes, substr(r.created_at, 1, 10) AS createdOn
       FROM reports r JOIN files f ON f.id = r.file_id
       WHERE r.kind = 'audit-pack' AND f.deleted_at IS NULL
         AND min(coalesce(r.period_to, '9999-12-31'), substr(r.created_at, 1, 10)) >= ?
       ORDER BY r.id`,
    )
    .all(earliest) as DuePack[];
}
