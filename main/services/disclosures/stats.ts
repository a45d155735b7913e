// Transparency statistics per quarter: how many disclosures, to which kinds of recipient, on
// which grounds, how many subjects, how many inquiries (GDPR Art. 4(9): counted though not
// "recipients") and how many were later told. Read from the current version of each disclosure.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import {
  DISCLOSURE_GROUNDS,
  RECIPIENT_KINDS,
  type DisclosureGround,
  type DisclosureStats,
  type QuarterStats,
  type RecipientKind,
  type StatsCsv,
} from '../../../shared/model/disclosure';
import { csvLine } from '../csv-out';
import { addDays } from '../../../shared/dates/iso';

type Counts = Omit<QuarterStats, 'quarter'>;

function zero(): Counts {
  return {
    disclosures: 0,
    inquiries: 0,
    subjectsAffected: 0,
    laterTold: 0,
    byRecipientKind: Object.fromEntries(RECIPIENT_KINDS.map((k) => [k, 0])) as Record<RecipientKind, number>,
    byGround: Object.fromEntries(DISCLOSURE_GROUNDS.map((g) => [g, 0])) as Record<DisclosureGround, number>,
  };
}

/** Quarter of a YYYY-MM-DD date: 2026-Q1 … 2026-Q4. */
export const QUARTER_SQL = "substr(disclosed_on, 1, 4) || '-Q' || ((CAST(substr(disclosed_on, 6, 2) AS INTEGER) + 2) / 3)";

type Row = { quarter: string; kind: RecipientKind; ground: DisclosureGround; n: number; inquiries: number; subjects: number; told: number };

/** Counted from the disclosures themselves, for the days of a quarter the period only partly covers. */
function daysRows(db: Db, from: string, to: string): Row[] {
  return stmt(
    db,
    `SELECT ${QUARTER_SQL} AS quarter, recipient_kind AS kind, ground, count(*) AS n, sum(inquiry) AS inquiries,
            sum(subjects_count) AS subjects, sum(subject_told_on IS NOT NULL) AS told
     FROM disclosures
     WHERE disclosed_on >= ? AND disclosed_on <= ?
     GROUP BY quarter, kind, ground`,
  ).all(from, to) as Row[];
}

/** The trigger-kept sums of whole quarters (migration 0014); combinations emptied by corrections keep a zero row. */
function quarterRows(db: Db, first: string, last: string): Row[] {
  return stmt(
    db,
    `SELECT quarter, recipient_kind AS kind, ground, n, inquiries, subjects, told FROM disclosure_quarter_stats
     WHERE quarter >= ? AND quarter <= ? AND n > 0`,
  ).all(first, last) as Row[];
}

/** 2026-05-17 → 2026-Q2, as QUARTER_SQL. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)}-Q${Math.floor((Number(date.slice(5, 7)) + 2) / 3)}`;
}

function quarterStart(date: string): string {
  const month = (Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 1).toString().padStart(2, '0');
  return `${date.slice(0, 4)}-${month}-01`;
}

function quarterEnd(date: string): string {
  const month = Math.floor((Number(date.slice(5, 7)) - 1) / 3) * 3 + 3;
  return `${date.slice(0, 4)}-${month.toString().padStart(2, '0')}-${month === 3 || month === 12 ? '31' : '30'}`;
}

/**
 * The rows of a period: its whole quarters from the summary rows, the days of a quarter it starts
 * or ends inside from the disclosures (a period inside one quarter is counted from them alone).
 */
function periodRows(db: Db, from: string | null, to: string | null): Row[] {
  if (from && to && from > to) return [];
  if (from && to && quarterOf(from) === quarterOf(to)) return daysRows(db, from, to);
  const rows: Row[] = [];
  let first = '';
  let last = '~';
  if (from) {
    first = quarterOf(from);
    if (from !== quarterStart(from)) {
      rows.push(...daysRows(db, from, quarterEnd(from)));
      first = quarterOf(addDays(quarterEnd(from), 1));
    }
  }
  if (to) {
    last = quarterOf(to);
    if (to !== quarterEnd(to)) {
      rows.push(...daysRows(db, quarterStart(to), to));
      last = quarterOf(addDays(quarterStart(to), -1));
    }
  }
  rows.push(...quarterRows(db, first, last));
  return rows;
}

export function disclosureStats(db: Db, from: string | null, to: string | null): DisclosureStats {
  const rows = periodRows(db, from, to).sort((a, b) => (a.quarter < b.quarter ? -1 : a.quarter > b.quarter ? 1 : 0));
  const quarters = new Map<string, Counts>();
  const total = zero();
  for (const r of rows) {
    let q = quarters.get(r.quarter);
    if (!q) quarters.set(r.quarter, (q = zero()));
    for (const c of [q, total]) {
      c.disclosures += r.n;
      c.inquiries += r.inquiries;
      c.subjectsAffected += r.subjects;
      c.laterTold += r.told;
      // A code written by an older or newer app still counts in the totals.
      c.byRecipientKind[r.kind] = (c.byRecipientKind[r.kind] ?? 0) + r.n;
      c.byGround[r.ground] = (c.byGround[r.ground] ?? 0) + r.n;
    }
  }
  return { from, to, quarters: [...quarters].map(([quarter, c]) => ({ quarter, ...c })), total };
}

/** One line per quarter and a total line; every cell goes through the formula-neutralising writer. */
export function statsCsv(stats: DisclosureStats, today: string): StatsCsv {
  const header = ['quarter', 'disclosures', 'inquiries', 'subjects_affected', 'later_told', ...RECIPIENT_KINDS.map((k) => `kind:${k}`), ...DISCLOSURE_GROUNDS.map((g) => `ground:${g}`)];
  const line = (label: string, c: Counts) =>
    csvLine([label, c.disclosures, c.inquiries, c.subjectsAffected, c.laterTold, ...RECIPIENT_KINDS.map((k) => c.byRecipientKind[k]), ...DISCLOSURE_GROUNDS.map((g) => c.byGround[g])]);
  const lines = [csvLine(header), ...stats.quarters.map((q) => line(q.quarter, q)), line('total', stats.total)];
  // CRLF per RFC 4180 and a BOM, as the request export.
  return { filename: `disclosure-statistics-${today}.csv`, csv: '\uFEFF' + lines.join('\r\n') + '\r\n', rows: stats.quarters.length };
}
