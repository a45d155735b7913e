// The stand-alone "Art. 30 record": the record of processing activities, controller and processor,
// as it stood at the end of a date, for the DPO to hand a supervisory authority on request
// (GDPR Art. 30(4)). Read through the processing register's as-of read, laid out by layout.ts.
import { formatDay } from '../../../../shared/dates/format';
import { formatCount } from '../../../../shared/i18n/locales';
import type { AuditHead } from '../../../../shared/model/report';
import type { PdfDocument } from '../../../pdf/document';
import { activitiesAsOf } from '../../processing/as-of';
import type { ReportEnv, ReportPlan, Step } from '../generate';
import { auditHeadSection } from '../audit-head';
import { layoutRecord, recordSize } from './layout';

export function processingRecordPlan(env: ReportEnv, date: string): ReportPlan {
  const t = env.w.reports.processingRecord;
  const day = (iso: string | null | undefined) => (iso ? formatDay(iso.slice(0, 10), { locale: env.locale }) : '—');
  return {
    kind: 'processing-record',
    fileKind: 'processing-record',
    filename: `record-of-processing-${date}.pdf`,
    title: t.title,
    subject: t.subject(day(date)),
    requestId: null,
    requestRef: null,
    from: null,
    to: date,
    layout(pdf: PdfDocument, head: AuditHead, step: Step) {
      const record = activitiesAsOf(env.db, date, env.settings.timeZone);
      const total = recordSize(record) + 1;
      let done = 0;
      const tick = () => step(++done, total);
      pdf.heading(t.heading, 1);
      pdf.keyValues([
        [t.organisation, env.organisation],
        [t.asOf, day(date)],
        [t.controllerCount, formatCount(record.controller.length, env.locale)],
        [t.processorCount, formatCount(record.processor.length, env.locale)],
      ], undefined, 260);
      layoutRecord(pdf, env, record, { level: 2, day, tick });
      auditHeadSection(pdf, env, head);
      tick();
    },
  };
}
