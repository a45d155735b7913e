// Records of processing in the audit pack: the controller record (GDPR Art. 30(1)) and the
// processor record (Art. 30(2)) as they stood at the end of the period, read through the
// processing register's as-of read and laid out as the stand-alone Art. 30 record is.
import { activitiesAsOf } from '../../processing/as-of';
import type { PdfDocument } from '../../../pdf/document';
import { layoutRecord, recordSize } from '../processing-record/layout';
import type { PackContext, PackSection } from './section';

export const processingSection: PackSection = {
  id: 'processing',
  title: (env) => env.w.reports.auditPack.processing.title,
  size: (env, period) => recordSize(activitiesAsOf(env.db, period.to, env.settings.timeZone)),
  render(pdf: PdfDocument, ctx: PackContext) {
    const { env, period } = ctx;
    const record = activitiesAsOf(env.db, period.to, env.settings.timeZone);
    pdf.paragraph(env.w.reports.auditPack.processing.intro(ctx.day(period.to)));
    layoutRecord(pdf, env, record, { level: 2, day: ctx.day, tick: () => ctx.tick() });
  },
};
