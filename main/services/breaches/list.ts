// The breach list and its CSV: filters (period of awareness, risk, role, nature, clock state) →
// WHERE with bound values, sorts from an allow-list. The clock states are comparisons of stored
// instants with now (deadline_at is awareness + 72 hours), so a filter and the badge a row shows
// always agree.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { csvLine } from '../csv-out';
import type { BreachCsv, BreachFilters, BreachListQuery, BreachListResult, BreachSort, BreachContent } from '../../../shared/model/breach';
import type { ClockState } from '../../../shared/breaches/clock';
import { breachDeadline } from '../../../shared/breaches/clock';
import { SUMMARY_COLUMNS, toSummary, type BreachRow } from './repo';

const SORTS: Record<BreachSort, string> = {
  aware: 'aware_at {dir}, id {dir}',
  ref: 'ref {dir}',
  risk: "CASE risk WHEN 'high-risk' THEN 2 WHEN 'risk' THEN 1 ELSE 0 END {dir}, aware_at DESC",
};

const OPEN = "notified_at IS NULL AND role = 'controller' AND risk <> 'none'";
/** `?` = now (UTC ISO) where a state depends on it. */
const CLOCK_WHERE: Record<ClockState, { sql: string; now: boolean }> = {
  running: { sql: `${OPEN} AND deadline_at > ?`, now: true },
  overdue: { sql: `${OPEN} AND deadline_at <= ?`, now: true },
  'notified-in-time': { sql: 'notified_at IS NOT NULL AND notified_at <= deadline_at', now: false },
  'notified-late': { sql: 'notified_at IS NOT NULL AND notified_at > deadline_at', now: false },
  'not-required': { sql: "notified_at IS NULL AND role = 'controller' AND risk = 'none'", now: false },
  processor: { sql: "notified_at IS NULL AND role = 'processor'", now: false },
};

function whereOf(f: BreachFilters, now: Date): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (f.from) add('aware_date >= ?', f.from);
  if (f.to) add('aware_date <= ?', f.to);
  if (f.risk) add('risk = ?', f.risk);
  if (f.role) add('role = ?', f.role);
  if (f.nature) add("instr(',' || natures || ',', ',' || ? || ',') > 0", f.nature);
  if (f.clock) {
    const c = CLOCK_WHERE[f.clock];
    if (c.now) add(c.sql, now.toISOString());
    else add(c.sql);
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

export function listBreaches(db: Db, q: BreachListQuery, now: Date): BreachListResult {
  const { sql, params } = whereOf(q, now);
  const total = (stmt(db, `SELECT count(*) AS n FROM breaches ${sql}`).get(...params) as { n: number }).n;
  const order = SORTS[q.sort].replaceAll('{dir}', q.dir === 'asc' ? 'ASC' : 'DESC');
  const rows = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM breaches ${sql} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, q.limit, q.offset) as BreachRow[];
  return { rows: rows.map((r) => toSummary(r, now)), total, limit: q.limit, offset: q.offset, nextCursor: null };
}

/** The running clocks: read through the partial index of breaches not yet notified. */
export function openClockRows(db: Db): BreachRow[] {
  return stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM breaches WHERE ${OPEN} ORDER BY aware_at`).all() as BreachRow[];
}

const HEADER = [
  'ref', 'title', 'role', 'discovered_local', 'aware_local', 'time_zone', 'aware_utc', 'deadline_utc', 'natures', 'subject_categories', 'data_categories',
  'subjects_approx', 'records_approx', 'risk', 'risk_reasoning', 'consequences', 'measures_taken', 'measures_proposed', 'notified_utc', 'notified_late',
  'authority', 'authority_reference', 'delay_reasons', 'follow_ups', 'subjects_told', 'subjects_told_on', 'not_told_ground', 'controllers_notified', 'version',
];

/** Every breach matching the filters, current version, one line each (formula cells neutralised). */
export function breachCsv(db: Db, f: BreachFilters, now: Date, today: string): BreachCsv {
  const { sql, params } = whereOf(f, now);
  const order = SORTS[f.sort].replaceAll('{dir}', f.dir === 'asc' ? 'ASC' : 'DESC');
  const rows = stmt(db, `SELECT ref, version, (SELECT content FROM breach_versions v WHERE v.breach_id = breaches.id AND v.version = breaches.version) AS content FROM breaches ${sql} ORDER BY ${order}`).all(
    ...params,
  ) as Array<{ ref: string; version: number; content: string }>;
  const lines = [csvLine(HEADER)];
  for (const r of rows) {
    const c = JSON.parse(r.content) as BreachContent;
    lines.push(
      csvLine([
        r.ref, c.title, c.role, c.discoveredAt.local, c.awareAt.local, c.awareAt.zone, c.awareAt.at, breachDeadline(c.awareAt.at), c.natures.join(' '),
        c.subjectCategories.join(' '), c.dataCategories.join(' '), c.subjectsApprox, c.recordsApprox, c.risk, c.riskReasoning, c.consequences, c.measuresTaken,
        c.measuresProposed, c.notification?.at.at ?? null, c.notification ? c.notification.late : null, c.notification?.authority ?? null,
        c.notification?.reference ?? null, c.notification?.delayReasons ?? null, c.followUps.length, c.subjectsTold.decision, c.subjectsTold.on,
        c.subjectsTold.ground, c.controllersNotified.map((x) => `${x.controller} (${x.notifiedAt.at})`).join('; '), r.version,
      ]),
    );
  }
  // CRLF per RFC 4180 and a BOM, as the request export.
  return { filename: `breaches-${today}.csv`, csv: '\uFEFF' + lines.join('\r\n') + '\r\n', rows: rows.length };
}
