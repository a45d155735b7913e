// Privacy policy revisions in the audit pack: each revision in effect during the period (or
// published in it) with its dates, change classification, notice timing (a material change is
// announced before it takes effect, GDPR Art. 13(3), 12(1)) and its Art. 13/14 checklist.
import { stmt } from '../../../store/statements';
import { table } from '../../../pdf/table';
import type { PdfDocument } from '../../../pdf/document';
import type { ChecklistItem } from '../../../../shared/model/policy';
import { bounds, type PackContext, type PackSection, type Period } from './section';
import type { ReportEnv } from '../generate';

interface RevisionRow {
  id: number;
  number: number;
  label: string | null;
  effective_date: string;
  published_on: string | null;
  change_class: string | null;
  notice_on: string | null;
}

function revisions(env: ReportEnv, period: Period): RevisionRow[] {
  const [from, to] = bounds(period);
  // In effect at some moment of the period: effective by its end, and not replaced before it began.
  return stmt(
    env.db,
    `SELECT id, number, label, effective_date, published_on, change_class, notice_on FROM policy_revisions p
     WHERE effective_date <= ? AND NOT EXISTS (SELECT 1 FROM policy_revisions n WHERE n.effective_date > p.effective_date AND n.effective_date < ?)
     ORDER BY effective_date, number`,
  ).all(to, from) as RevisionRow[];
}

export const policySection: PackSection = {
  id: 'policy',
  title: (env) => env.w.reports.auditPack.policy.title,
  size: (env, period) => revisions(env, period).length,
  render(pdf: PdfDocument, ctx: PackContext) {
    const { env } = ctx;
    const t = env.w.reports.auditPack.policy;
    const pc = env.w.policyCodes;
    const list = revisions(env, ctx.period);
    const checklist = stmt(env.db, 'SELECT item, coalesce(override_status, auto_status) AS status FROM policy_checklist WHERE revision_id = ? ORDER BY item');
    const rows = list.map((r) => {
      const items = checklist.all(r.id) as Array<{ item: ChecklistItem; status: 'present' | 'missing' | 'unclear' }>;
      return { r, items, present: items.filter((i) => i.status === 'present').length };
    });
    table(pdf, {
      columns: [
        { header: t.columns.version, width: 2 },
        { header: t.columns.published, width: 2 },
        { header: t.columns.effective, width: 2 },
        { header: t.columns.change, width: 2 },
        { header: t.columns.notice, width: 2 },
        { header: t.columns.checklist, width: 2 },
      ],
      rows: rows.map(({ r, items, present }) => [
        r.label ? `${r.number} (${r.label})` : String(r.number),
        ctx.day(r.published_on),
        ctx.day(r.effective_date),
        r.change_class ? (pc.changeClasses[r.change_class as keyof typeof pc.changeClasses] ?? r.change_class) : '—',
        ctx.day(r.notice_on),
        t.checklist(present, items.length),
      ]),
      empty: t.empty,
      onRow: () => ctx.tick(),
    });
    // Each revision's checklist in full: what the text covers and what it lacks.
    for (const { r, items } of rows) {
      if (!items.length) continue;
      pdf.heading(`${t.columns.version} ${r.number}: ${t.columns.checklist}`, 3);
      table(pdf, {
        columns: [
          { header: t.columns.checklist, width: 6 },
          { header: '', width: 1.6 },
        ],
        rows: items.map((i) => [pc.items[i.item] ?? i.item, pc.statuses[i.status] ?? i.status]),
        empty: env.w.reports.pdf.none,
        size: 7.5,
      });
    }
  },
};
