// On the request page: the request's case file as a PDF, generated with progress and stored
// with the request (it then appears among its files).
import { useCall } from '../../bridge/BridgeContext';
import { REQUEST_READS, useInvalidate } from '../../data/queries';
import { activeLanguage, s } from '../../i18n';
import { FormError } from '../../ui/Panels';
import { ReportProgress, ReportResult } from './ReportResult';
import { useReportJob } from './use-report-job';
import './reports.css';

export function CaseFileButton({ requestRef }: { requestRef: string }) {
  const t = s.reports.screen;
  const call = useCall();
  const invalidate = useInvalidate();
  const job = useReportJob();
  const generate = () =>
    job.start(async (progressId) => {
      const r = await call('report.caseFile', { ref: requestRef, lang: activeLanguage(), progressId });
      void invalidate([...REQUEST_READS, 'report.list']);
      return r;
    });
  return (
    <section className="card" aria-labelledby="case-file-title">
      <h2 id="case-file-title">{t.caseFile}</h2>
      <p className="field__hint">{t.caseFileHint}</p>
      {job.busy ? (
        <ReportProgress progress={job.progress} onCancel={job.cancel} />
      ) : (
        <button type="button" className="button" onClick={() => void generate()}>
          {t.caseFile}
        </button>
      )}
      {job.cancelled && <p role="status">{t.cancelled}</p>}
      {job.error !== null && <FormError message={job.error instanceof Error ? job.error.message : s.common.unexpected} />}
      {job.result && <ReportResult report={job.result} />}
    </section>
  );
}
