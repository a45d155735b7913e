// What retention has to do today: finished requests whose period has ended (not on hold), their
// files, and the audit details that name them. Read-only; the purge and the preview share it, so
// the preview counts exactly what a purge would do.
import type { Db } from '../../store/database';
import { addDays, addMonthsClamped } from '../../../shared/dates/iso';
import { type RetentionUpcoming, type RetentionRules } from '../../../shared/model/retention';

export interface DueRequest {
  id: number;
  ref: string;
  finishedOn: string;
  /** When the whole request is pseudonymised; null: its rule keeps it. */
  dueOn: string | null;
  /** Whether the request itself is due today (not only some of its files). */
  requestDue: boolean;
  /** Files whose bytes are due today. */
  fileIds: number[];
  bytes: number;
  /** Of those files, the ID documents (their own rule) and their bytes. */
  idDocuments: number;
  idBytes: number;
}

// Finished requests old enough for a rule to reach by the horizon, from the finished_on index
// (migration 0023 keeps the day each request finished): those whose request rule may be due, and
// those with files whose (shorter) rule may be due. The exact test per request is below.
const CANDIDATES_SQL = `
  SELECT r.id, r.ref, r.finished_on, h.until AS hold_until
  FROM requests r LEFT JOIN request_holds h ON h.request_id = r.id
  WHERE r.purged_at IS NULL AND r.finished_on IS NOT NULL AND r.finished_on <= @latestRequest
  UNION
  SELECT r.id, r.ref, r.finished_on, h.until AS hold_until
  FROM files f JOIN requests r ON r.id = f.owner_id LEFT JOIN request_holds h ON h.request_id = r.id
  WHERE f.owner_kind = 'request' AND f.deleted_at IS NULL AND r.purged_at IS NULL AND r.finished_on IS NOT NULL AND r.finished_on <= @latestFiles
  ORDER BY 1`;

const FILES_SQL = `SELECT f.id, f.kind, f.size_bytes FROM files f WHERE f.owner_kind = 'request' AND f.owner_id = ? AND f.deleted_at IS NULL`;

function plus(date: string, months: number | null): string | null {
  return months === null ? null : addMonthsClamped(date, months);
}

const reached = (due: string | null, today: string) => due !== null && due <= today;

export interface DueSet {
  due: DueRequest[];
  held: number;
  upcoming: RetentionUpcoming[];
}

/**
 * Requests with anything due today, held ones apart (a hold ending today still holds today),
 * and those whose request rule falls due in the next `aheadDays` days.
 */
export function dueSet(db: Db, rules: RetentionRules, today: string, aheadDays = 30): DueSet {
  const horizon = addDays(today, aheadDays);
  const due: DueRequest[] = [];
  const upcoming: RetentionUpcoming[] = [];
  let held = 0;
  const files = db.prepare(FILES_SQL);
  // A few days' slack: addMonthsClamped maps several month-ends onto one day.
  const latest = (months: number | null) => (months === null ? '' : addDays(addMonthsClamped(horizon, -months), 3));
  const fileMonths = [rules.idDocuments.months, rules.lettersAndCaseFiles.months, rules.finishedRequests.months].filter((m): m is number => m !== null);
  const params = { latestRequest: latest(rules.finishedRequests.months), latestFiles: fileMonths.length ? latest(Math.min(...fileMonths)) : '' };
  for (const c of db.prepare(CANDIDATES_SQL).all(params) as Array<{ id: number; ref: string; finished_on: string; hold_until: string | null }>) {
    const dueOn = plus(c.finished_on, rules.finishedRequests.months);
    const idDue = plus(c.finished_on, rules.idDocuments.months);
    const otherDue = plus(c.finished_on, rules.lettersAndCaseFiles.months);
    const requestDue = reached(dueOn, today);
    if (!requestDue && dueOn !== null && dueOn <= horizon) upcoming.push({ kind: 'request', id: c.ref, ref: c.ref, finishedOn: c.finished_on, dueOn });
    if (c.hold_until !== null && c.hold_until >= today) {
      if (requestDue || reached(idDue, today) || reached(otherDue, today)) held++;
      continue;
    }
    const fileIds: number[] = [];
    let bytes = 0;
    let idDocuments = 0;
    let idBytes = 0;
    for (const f of files.all(c.id) as Array<{ id: number; kind: string; size_bytes: number }>) {
      const fileDue = requestDue || reached(f.kind === 'id-document' ? idDue : otherDue, today);
      if (!fileDue) continue;
      fileIds.push(f.id);
      bytes += f.size_bytes;
      if (f.kind === 'id-document') {
        idDocuments++;
        idBytes += f.size_bytes;
      }
    }
    if (requestDue || fileIds.length) due.push({ id: c.id, ref: c.ref, finishedOn: c.finished_on, dueOn, requestDue, fileIds, bytes, idDocuments, idBytes });
  }
  upcoming.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.ref.localeCompare(b.ref));
  return { due, held, upcoming };
}
