// Requests in the audit pack: the figures for the period, vector charts, refusals by ground,
// extensions with their reasons, late responses, and the full register of requests received.
// Each figure's definition is the SQL beside it; the tests count the same way on the same file.
import type { Db } from '../../../store/database';
import { stmt } from '../../../store/statements';
import { table } from '../../../pdf/table';
import { barChart, lineChart, PALETTE } from '../../../pdf/charts';
import type { PdfDocument } from '../../../pdf/document';
import { formatMonth } from '../../../../shared/dates/format';
import { REQUEST_TYPES, type RequestType } from '../../../../shared/model/request';
import { batched, bounds, type PackContext, type PackSection, type Period } from './section';
import { memoByKey } from '../../../../shared/memo';

/** Requests whose status ends them without an answer are not "open" at any time. */
const NEVER_OPEN = `('withdrawn', 'duplicate')`;

export interface RequestFigures {
  received: number;
  answered: number;
  onTime: number;
  medianDays: number | null;
  meanDays: number | null;
  extended: number;
  paused: number;
  pauseAverageDays: number | null;
  refused: number;
  openAtEnd: number;
  overdueAtEnd: number;
}

/** The figures, each one query; exported so a test or the CLI could show the same numbers. */
export function requestFigures(db: Db, period: Period): RequestFigures {
  const [from, to] = bounds(period);
  const one = (sql: string, ...args: unknown[]) => (stmt(db, sql).get(...args) as { n: number | null }).n;
  // Received: the local date the request came in falls in the period.
  const received = one('SELECT count(*) AS n FROM requests WHERE received_date BETWEEN ? AND ?', from, to) ?? 0;
  // Answered (responded or refused) in the period; on time: on or before the binding deadline
  // (GDPR Art. 12(3): one month, extended by two where the notice was sent in time).
  const answered = one('SELECT count(*) AS n FROM requests WHERE answered_on BETWEEN ? AND ?', from, to) ?? 0;
  const onTime = one('SELECT count(*) AS n FROM requests WHERE answered_on BETWEEN ? AND ? AND answered_on <= effective_due', from, to) ?? 0;
  const days = (stmt(db, 'SELECT CAST(julianday(answered_on) - julianday(received_date) AS INTEGER) AS d FROM requests WHERE answered_on BETWEEN ? AND ? ORDER BY d').all(from, to) as Array<{ d: number }>).map((r) => r.d);
  const medianDays = days.length ? (days.length % 2 ? days[(days.length - 1) / 2]! : (days[days.length / 2 - 1]! + days[days.length / 2]!) / 2) : null;
  const meanDays = days.length ? days.reduce((a, b) => a + b, 0) / days.length : null;
  // Extensions: the notice (Art. 12(3)) was sent in the period.
  const extended = one('SELECT count(*) AS n FROM requests WHERE extension_notice_on BETWEEN ? AND ?', from, to) ?? 0;
  // Pauses that began in the period; their average length counts the ended ones.
  const paused = one('SELECT count(*) AS n FROM request_pauses WHERE from_date BETWEEN ? AND ?', from, to) ?? 0;
  const pauseAverageDays = one('SELECT avg(julianday(to_date) - julianday(from_date)) AS n FROM request_pauses WHERE from_date BETWEEN ? AND ? AND to_date IS NOT NULL', from, to);
  const refused = one('SELECT count(*) AS n FROM requests WHERE refusal_ground IS NOT NULL AND answered_on BETWEEN ? AND ?', from, to) ?? 0;
  // Open at the end: received by then and not answered by then (withdrawn and duplicates never count).
  const openAtEnd = one(`SELECT count(*) AS n FROM requests WHERE received_date <= ? AND (answered_on IS NULL OR answered_on > ?) AND status NOT IN ${NEVER_OPEN}`, to, to) ?? 0;
  const overdueAtEnd =
    one(`SELECT count(*) AS n FROM requests WHERE received_date <= ? AND (answered_on IS NULL OR answered_on > ?) AND status NOT IN ${NEVER_OPEN} AND effective_due < ?`, to, to, to) ?? 0;
  return { received, answered, onTime, medianDays, meanDays, extended, paused, pauseAverageDays, refused, openAtEnd, overdueAtEnd };
}

function months(rows: Array<{ month: string }>): string[] {
  return [...new Set(rows.map((r) => r.month))].sort();
}

const oneDecimal = memoByKey((locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }));
const one1 = (n: number | null, locale: string) => (n === null ? '—' : oneDecimal(locale).format(n));

export const requestsSection: PackSection = {
  id: 'requests',
  title: (env) => env.w.reports.auditPack.requests.title,
  size(env, period) {
    const [from, to] = bounds(period);
    return (stmt(env.db, 'SELECT count(*) AS n FROM requests WHERE received_date BETWEEN ? AND ?').get(from, to) as { n: number }).n;
  },
  render(pdf: PdfDocument, ctx: PackContext) {
    const { env, period } = ctx;
    const { db, w, locale } = env;
    const t = w.reports.auditPack.requests;
    const r = w.requests;
    const [from, to] = bounds(period);
    const f = requestFigures(db, period);

    pdf.heading(t.figures, 2);
    pdf.keyValues([
      [t.received, ctx.count(f.received)],
      [t.answered, ctx.count(f.answered)],
      [t.onTime, t.share(f.onTime, f.answered)],
      [t.medianDays, one1(f.medianDays, locale)],
      [t.meanDays, one1(f.meanDays, locale)],
      [t.extended, ctx.count(f.extended)],
      [t.paused, ctx.count(f.paused)],
      [t.pauseAverage, one1(f.pauseAverageDays, locale)],
      [t.refused, ctx.count(f.refused)],
      [t.openAtEnd, ctx.count(f.openAtEnd)],
      [t.overdueAtEnd, ctx.count(f.overdueAtEnd)],
    ], undefined, 230);

    // Received per month and type (a request of two types counts once for each).
    const perType = stmt(
      db,
      `SELECT substr(q.received_date, 1, 7) AS month, t.type AS type, count(*) AS n
       FROM requests q JOIN request_types t ON t.request_id = q.id
       WHERE q.received_date BETWEEN ? AND ? GROUP BY month, t.type`,
    ).all(from, to) as Array<{ month: string; type: RequestType; n: number }>;
    const ms = months(perType);
    if (ms.length) {
      const types = REQUEST_TYPES.filter((ty) => perType.some((x) => x.type === ty));
      barChart(pdf, {
        title: t.perMonth,
        categories: ms.map((m) => formatMonth(m, { locale, withYear: ms.length <= 12 ? false : true })),
        series: types.map((ty, i) => ({ label: r.typeLabels[ty] ?? ty, color: PALETTE[i % PALETTE.length]!, values: ms.map((m) => perType.find((x) => x.month === m && x.type === ty)?.n ?? 0) })),
      });
      const answeredPerMonth = stmt(
        db,
        `SELECT substr(answered_on, 1, 7) AS month, sum(answered_on <= effective_due) AS onTime, sum(answered_on > effective_due) AS late
         FROM requests WHERE answered_on BETWEEN ? AND ? GROUP BY month`,
      ).all(from, to) as Array<{ month: string; onTime: number; late: number }>;
      const am = months(answeredPerMonth);
      if (am.length)
        lineChart(pdf, {
          title: t.onTimeChart,
          categories: am.map((m) => formatMonth(m, { locale, withYear: am.length > 12 })),
          series: [
            { label: t.onTimeSeries, color: PALETTE[2], values: am.map((m) => answeredPerMonth.find((x) => x.month === m)?.onTime ?? 0) },
            { label: t.lateSeries, color: PALETTE[3], values: am.map((m) => answeredPerMonth.find((x) => x.month === m)?.late ?? 0) },
          ],
        });
    }

    pdf.heading(t.byGround, 2);
    const grounds = stmt(db, 'SELECT refusal_ground AS ground, count(*) AS n FROM requests WHERE refusal_ground IS NOT NULL AND answered_on BETWEEN ? AND ? GROUP BY refusal_ground ORDER BY n DESC, ground').all(from, to) as Array<{ ground: string; n: number }>;
    table(pdf, {
      columns: [
        { header: t.groundColumns.ground, width: 5 },
        { header: t.groundColumns.count, width: 1.5, align: 'right' },
      ],
      rows: grounds.map((g) => [`${r.refusalGroundLabels[g.ground as keyof typeof r.refusalGroundLabels] ?? g.ground} (${r.refusalGroundArticles[g.ground as keyof typeof r.refusalGroundArticles] ?? ''})`, ctx.count(g.n)]),
      empty: w.reports.pdf.none,
    });

    pdf.heading(t.extensionReasons, 2);
    table(pdf, {
      columns: [
        { header: t.extensionColumns.ref, width: 2 },
        { header: t.extensionColumns.notice, width: 2.2 },
        { header: t.extensionColumns.reasons, width: 7 },
      ],
      rows: (function* () {
        for (const x of batched<{ ref: string; notice: string; reasons: string | null }>(db, {
          select: 'SELECT ref, extension_notice_on AS notice, extension_reasons AS reasons, extension_notice_on AS __k, id AS __id FROM requests',
          where: 'extension_notice_on BETWEEN ? AND ?',
          params: [from, to],
          key: 'extension_notice_on',
          id: 'id',
        }))
          yield [x.ref, ctx.day(x.notice), x.reasons ?? ''];
      })(),
      empty: w.reports.pdf.none,
    });

    pdf.heading(t.late, 2);
    table(pdf, {
      columns: [
        { header: t.lateColumns.ref, width: 2 },
        { header: t.lateColumns.due, width: 2.2 },
        { header: t.lateColumns.responded, width: 2.2 },
        { header: t.lateColumns.daysLate, width: 1.3, align: 'right' },
        { header: t.lateColumns.reason, width: 4 },
      ],
      rows: (function* () {
        for (const x of batched<{ ref: string; due: string; answered: string; late: number; reason: string | null }>(db, {
          select: `SELECT ref, effective_due AS due, answered_on AS answered, CAST(julianday(answered_on) - julianday(effective_due) AS INTEGER) AS late, refusal_reason AS reason,
                   answered_on AS __k, id AS __id FROM requests`,
          where: 'answered_on BETWEEN ? AND ? AND answered_on > effective_due',
          params: [from, to],
          key: 'answered_on',
          id: 'id',
        }))
          yield [x.ref, ctx.day(x.due), ctx.day(x.answered), ctx.count(x.late), x.reason ?? t.noReason];
      })(),
      empty: w.reports.pdf.none,
    });

    pdf.heading(t.register, 2);
    table(pdf, {
      columns: [
        { header: t.columns.ref, width: 3.1 },
        { header: t.columns.received, width: 2.2 },
        { header: t.columns.type, width: 2.2 },
        { header: t.columns.channel, width: 1.9 },
        { header: t.columns.verified, width: 2.1 },
        { header: t.columns.due, width: 2.2 },
        { header: t.columns.extendedDue, width: 2.2 },
        { header: t.columns.responded, width: 2.3 },
        { header: t.columns.outcome, width: 2.3 },
      ],
      // Nine columns on a portrait page: a smaller size keeps references and dates on one line.
      size: 6.8,
      rows: (function* () {
        for (const x of batched<{ ref: string; received_date: string; types: string; channel: string; verified_on: string | null; due: string; extended_due: string | null; extension_notice_on: string | null; answered_on: string | null; status: string }>(db, {
          select: `SELECT ref, received_date, types, channel, verified_on, due, extended_due, extension_notice_on, answered_on, status, received_date AS __k, id AS __id
                   FROM requests INDEXED BY requests_received`,
          where: 'received_date BETWEEN ? AND ?',
          params: [from, to],
          key: 'received_date',
          id: 'id',
        }))
          yield [
            x.ref,
            x.received_date,
            x.types
              .split('+')
              .map((ty) => r.typeLabels[ty as RequestType] ?? ty)
              .join(', '),
            r.channelLabels[x.channel as keyof typeof r.channelLabels] ?? x.channel,
            x.verified_on ?? w.reports.pdf.no,
            x.due,
            // The extended date binds only once the notice went out.
            x.extension_notice_on ? (x.extended_due ?? '—') : '—',
            x.answered_on ?? '—',
            r.statusLabels[x.status as keyof typeof r.statusLabels] ?? x.status,
          ];
      })(),
      empty: t.empty,
      onRow: () => ctx.tick(),
    });
  },
};
