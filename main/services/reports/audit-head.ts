// The audit-trail head a report prints (and the generator records as a checkpoint), with what it
// means, so a reader can check the document against the database later.
import type { AuditHead } from '../../../shared/model/report';
import type { PdfDocument } from '../../pdf/document';
import type { ReportEnv } from './generate';

export function auditHeadSection(pdf: PdfDocument, env: ReportEnv, head: AuditHead, level: 1 | 2 = 2): void {
  const a = env.w.reports.pdf.auditHead;
  pdf.heading(a.title, level);
  pdf.paragraph(a.body);
  pdf.keyValues([
    [a.seq, String(head.seq)],
    [a.hash, head.hash],
  ]);
}
