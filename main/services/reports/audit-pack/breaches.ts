// The breach register in the audit pack: every breach recorded by the end of the period, in the
// version recorded by then (GDPR Art. 33(5): the register lets the authority verify compliance),
// with the 72-hour figures. Each breach's clock is the breach register's own (shared/breaches/
// clock.ts, read at the period's last moment through registerAsOfDate), never recounted here.
import { registerAsOfDate } from '../../breaches/as-of';
import { table } from '../../../pdf/table';
import type { PdfDocument } from '../../../pdf/document';
import type { BreachAsOf } from '../../../../shared/model/breach';
import { bounds, type PackContext, type PackSection, type Period } from './section';
import type { ReportEnv } from '../generate';

type Entry = BreachAsOf['breaches'][number];

/** The register at the period's end, oldest awareness first. */
function register(env: ReportEnv, period: Period): Entry[] {
  const asOf = registerAsOfDate(env.db, period.to, env.settings.timeZone);
  return asOf.breaches.sort((a, b) => a.content.awareAt.at.localeCompare(b.content.awareAt.at) || a.ref.localeCompare(b.ref));
}

export interface BreachFigures {
  total: number;
  inPeriod: number;
  inTime: number;
  late: number;
  notRequired: number;
  processor: number;
  /** Running or overdue at the period's end: no notification yet where one is due. */
  open: number;
  subjectsTold: number;
  medianHours: number | null;
}

export function breachFigures(list: readonly Entry[], period: Period): BreachFigures {
  const [from, to] = bounds(period);
  const state = (s: string) => list.filter((b) => b.clock.state === s).length;
  const hours = list.flatMap((b) => (b.clock.hoursTaken === null ? [] : [b.clock.hoursTaken])).sort((a, b) => a - b);
  const mid = hours.length >> 1;
  return {
    total: list.length,
    // The local date of awareness in the zone it was recorded in (as the register's period filter).
    inPeriod: list.filter((b) => b.content.awareAt.local.slice(0, 10) >= from && b.content.awareAt.local.slice(0, 10) <= to).length,
    inTime: state('notified-in-time'),
    late: state('notified-late'),
    notRequired: state('not-required'),
    processor: state('processor'),
    open: state('running') + state('overdue'),
    // GDPR Art. 34(1): the subjects were told of a high-risk breach.
    subjectsTold: list.filter((b) => b.content.subjectsTold.decision === 'told').length,
    medianHours: hours.length ? (hours.length % 2 ? hours[mid]! : (hours[mid - 1]! + hours[mid]!) / 2) : null,
  };
}

export const breachesSection: PackSection = {
  id: 'breaches',
  title: (env) => env.w.reports.auditPack.breaches.title,
  size: (env, period) => register(env, period).length,
  render(pdf: PdfDocument, ctx: PackContext) {
    const { env, period } = ctx;
    const t = env.w.reports.auditPack.breaches;
    const bw = env.w.breaches;
    const hoursText = (h: number | null) => (h === null ? '—' : new Intl.NumberFormat(env.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(h));
    const list = register(env, period);
    const f = breachFigures(list, period);
    pdf.paragraph(t.intro(ctx.day(period.to)));
    pdf.keyValues([
      [t.total, ctx.count(f.total)],
      [t.inPeriod, ctx.count(f.inPeriod)],
      [t.inTime, ctx.count(f.inTime)],
      [t.late, ctx.count(f.late)],
      [t.notRequired, ctx.count(f.notRequired)],
      [t.processor, ctx.count(f.processor)],
      [t.open, ctx.count(f.open)],
      [t.subjectsTold, ctx.count(f.subjectsTold)],
      [t.medianHours, hoursText(f.medianHours)],
    ], undefined, 250);
    pdf.heading(t.register, 2);
    const aware = (b: Entry) => {
      const a = b.content.awareAt;
      return `${ctx.day(a.local)} ${a.local.slice(11, 16)}${a.zone === env.settings.timeZone ? '' : ` (${a.zone})`}`;
    };
    const told = (b: Entry) => {
      const s = b.content.subjectsTold;
      if (s.decision === 'told') return `${bw.subjectNotices.told}, ${ctx.day(s.on)}`;
      if (s.decision === 'not-told' && s.ground) return `${bw.subjectNotices['not-told']}: ${bw.notToldGrounds[s.ground] ?? s.ground}`;
      return bw.subjectNotices[s.decision] ?? s.decision;
    };
    table(pdf, {
      columns: [
        { header: t.columns.ref, width: 2.1 },
        { header: t.columns.aware, width: 2.3 },
        { header: t.columns.title, width: 3.2 },
        { header: t.columns.risk, width: 1.6 },
        { header: t.columns.clock, width: 2.1 },
        { header: t.columns.hours, width: 1.4, align: 'right' },
        { header: t.columns.told, width: 2.8 },
      ],
      rows: list.map((b) => [b.ref, aware(b), b.content.title, bw.risks[b.content.risk] ?? b.content.risk, bw.clockStates[b.clock.state] ?? b.clock.state, hoursText(b.clock.hoursTaken), told(b)]),
      empty: t.empty,
      onRow: () => ctx.tick(),
    });
    // A notification past 72 hours carries its reasons for the delay (GDPR Art. 33(1)).
    pdf.heading(t.lateTitle, 2);
    table(pdf, {
      columns: [
        { header: t.lateColumns.ref, width: 2.1 },
        { header: t.lateColumns.hours, width: 1.5, align: 'right' },
        { header: t.lateColumns.reasons, width: 8 },
      ],
      rows: list.filter((b) => b.clock.state === 'notified-late').map((b) => [b.ref, hoursText(b.clock.hoursTaken), b.content.notification?.delayReasons || t.noReason]),
      empty: t.noneLate,
    });
  },
};
