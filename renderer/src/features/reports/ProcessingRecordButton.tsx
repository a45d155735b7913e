// On the records of processing screen: the Art. 30 record as it stood on the chosen date, as one
// PDF generated with progress (and a cancel), stored with its SHA-256 and listed under Reports.
import { useCall } from '../../bridge/BridgeContext';
import { useInvalidate } from '../../data/queries';
import { activeLanguage, s } from '../../i18n';
import { FormError } from '../../ui/Panels';
import { ReportProgress, ReportResult } from './ReportResult';
import { useReportJob } from './use-report-job';
import './reports.css';

export function ProcessingRecordButton({ date }: { date: string }) {
  const t = s.reports.processingRecord;
  const call = useCall();
  const invalidate = useInvalidate();
  const job = useReportJob();
  const generate = () =>
    job.start(async (progressId) => {
      const r = await call('report.processingRecord', { ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}), lang: activeLanguage(), progressId });
      void invalidate(['report.list']);
      return r;
    });
  return (
    <div className="processing-record-report">
      <p className="field__hint">{t.buttonHint}</p>
      {job.busy ? (
        <ReportProgress progress={job.progress} onCancel={job.cancel} />
      ) : (
        <button type="button" className="button" onClick={() => void generate()}>
          {t.button}
        </button>
      )}
      {job.cancelled && <p role="status">{s.reports.screen.cancelled}</p>}
      {job.error !== null && <FormError message={job.error instanceof Error ? job.error.message : s.common.unexpected} />}
      {job.result && <ReportResult report={job.result} />}
    </div>
  );
}
