// Disclosures in the audit pack: the transparency statistics (Art. 4(9) inquiries counted apart:
// such an authority is not a "recipient") and the full register of the period, secret entries
// included: the regulator sees what the subject may not yet be told (GDPR Art. 23, 58(1)(e)).
import { stmt } from '../../../store/statements';
import { table } from '../../../pdf/table';
import { disclosureStats } from '../../disclosures/stats';
import type { PdfDocument } from '../../../pdf/document';
import { bounds, type PackContext, type PackSection } from './section';

export const disclosuresSection: PackSection = {
  id: 'disclosures',
  title: (env) => env.w.reports.auditPack.disclosures.title,
  size(env, period) {
    const [from, to] = bounds(period);
    return (stmt(env.db, 'SELECT count(*) AS n FROM disclosures WHERE disclosed_on BETWEEN ? AND ?').get(from, to) as { n: number }).n;
  },
  render(pdf: PdfDocument, ctx: PackContext) {
    const { env, period } = ctx;
    const { db, w } = env;
    const t = w.reports.auditPack.disclosures;
    const dw = w.disclosures;
    const [from, to] = bounds(period);
    pdf.paragraph(t.intro);
    const stats = disclosureStats(db, period.from, period.to);
    // Secret at the period's end: not "may tell", and no end of secrecy on or before that day.
    const secret = (stmt(db, `SELECT count(*) AS n FROM disclosures WHERE disclosed_on BETWEEN ? AND ? AND secrecy <> 'may-tell' AND (secret_until IS NULL OR secret_until > ?)`).get(from, to, to) as { n: number }).n;
    pdf.keyValues([
      [t.total, ctx.count(stats.total.disclosures)],
      [t.inquiries, ctx.count(stats.total.inquiries)],
      [dw.stats.subjectsAffected, ctx.count(stats.total.subjectsAffected)],
      [dw.stats.laterTold, ctx.count(stats.total.laterTold)],
      [t.secret, ctx.count(secret)],
    ], undefined, 230);
    pdf.heading(dw.stats.title, 2);
    table(pdf, {
      columns: [
        { header: dw.stats.quarter, width: 2 },
        { header: dw.stats.disclosures, width: 2, align: 'right' },
        { header: dw.stats.inquiries, width: 3, align: 'right' },
        { header: dw.stats.subjectsAffected, width: 2, align: 'right' },
        { header: dw.stats.laterTold, width: 2, align: 'right' },
      ],
      rows: [...stats.quarters.map((q) => [q.quarter, ctx.count(q.disclosures), ctx.count(q.inquiries), ctx.count(q.subjectsAffected), ctx.count(q.laterTold)]), ...(stats.quarters.length ? [[dw.stats.total, ctx.count(stats.total.disclosures), ctx.count(stats.total.inquiries), ctx.count(stats.total.subjectsAffected), ctx.count(stats.total.laterTold)]] : [])],
      empty: t.empty,
    });
    pdf.heading(t.register, 2);
    table(pdf, {
      columns: [
        { header: t.columns.ref, width: 2 },
        { header: t.columns.date, width: 1.8 },
        { header: t.columns.recipient, width: 3 },
        { header: t.columns.kind, width: 2 },
        { header: t.columns.ground, width: 2 },
        { header: t.columns.subjects, width: 1.3, align: 'right' },
        { header: t.columns.secrecy, width: 2.2 },
      ],
      rows: (function* () {
        for (const x of stmt(
          db,
          `SELECT d.ref, d.disclosed_on, r.name AS recipient, d.recipient_kind, d.ground, d.subjects_count, d.secrecy, d.secret_until, d.inquiry
           FROM disclosures d JOIN disclosure_recipients r ON r.id = d.recipient_id
           WHERE d.disclosed_on BETWEEN ? AND ? ORDER BY d.disclosed_on, d.id`,
        ).iterate(from, to) as IterableIterator<{ ref: string; disclosed_on: string; recipient: string; recipient_kind: string; ground: string; subjects_count: number; secrecy: string; secret_until: string | null; inquiry: number }>)
          yield [
            x.ref,
            x.disclosed_on,
            x.recipient,
            dw.recipientKinds[x.recipient_kind as keyof typeof dw.recipientKinds] ?? x.recipient_kind,
            dw.grounds[x.ground as keyof typeof dw.grounds] ?? x.ground,
            ctx.count(x.subjects_count),
            x.inquiry ? t.inquiry : x.secrecy === 'may-tell' ? t.secrecyOpen : x.secret_until ? t.secrecyUntil(x.secret_until) : t.secrecySecret,
          ];
      })(),
      empty: t.empty,
      onRow: () => ctx.tick(),
    });
  },
};
