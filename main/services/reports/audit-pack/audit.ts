// The audit-trail statement: the events recorded in the period, the verification of the whole
// chain, the head this pack prints (recorded as a new checkpoint once the pack is stored) and the
// checkpoints recorded before, so the regulator can have the pack checked against the database.
import { stmt } from '../../../store/statements';
import { verifyAuditChain } from '../../../store/audit-chain';
import { currentCheckpoints } from '../../../store/checkpoints';
import { table } from '../../../pdf/table';
import type { PdfDocument } from '../../../pdf/document';
import { auditHeadSection } from '../audit-head';
import { bounds, type PackContext, type PackSection } from './section';

export const auditSection: PackSection = {
  id: 'audit',
  title: (env) => env.w.reports.auditPack.audit.title,
  size: () => 1,
  render(pdf: PdfDocument, ctx: PackContext) {
    const { env, period, head } = ctx;
    const t = env.w.reports.auditPack.audit;
    const [from, to] = bounds(period);
    // Events are stamped in UTC; the period's days are compared on the UTC date.
    const events = (stmt(env.db, 'SELECT count(*) AS n FROM audit_events WHERE substr(at, 1, 10) BETWEEN ? AND ? AND seq <= ?').get(from, to, head.seq) as { n: number }).n;
    const v = verifyAuditChain(env.db, env.dataDir);
    pdf.keyValues([
      [t.events, ctx.count(events)],
      [t.verification, v.ok ? t.intact : t.broken(v.problem ?? '')],
    ], undefined, 230);
    auditHeadSection(pdf, env, head, 2);
    pdf.paragraph(t.newCheckpoint);
    pdf.heading(t.checkpoints, 2);
    table(pdf, {
      columns: [
        { header: t.checkpointColumns.at, width: 2.6 },
        { header: t.checkpointColumns.purpose, width: 1.8 },
        { header: t.checkpointColumns.seq, width: 1.3, align: 'right' },
        { header: t.checkpointColumns.hash, width: 6 },
      ],
      rows: currentCheckpoints(env.dataDir).map((c) => [c.at.replace('T', ' ').slice(0, 19), c.purpose, String(c.seq), c.hash]),
      empty: env.w.reports.pdf.none,
      size: 7,
    });
    ctx.tick();
  },
};
