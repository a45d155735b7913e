// A finished report: its pages, SHA-256 and the audit-trail head it printed, and the PDF to save.
import type { ReportInfo } from '../../../../shared/model/report';
import { useCall } from '../../bridge/BridgeContext';
import { s } from '../../i18n';
import { base64ToBytes, downloadBytes } from '../../ui/download';

export function ReportResult({ report }: { report: ReportInfo }) {
  const call = useCall();
  const t = s.reports.screen;
  const save = async () => {
    const c = await call('report.content', { report: report.publicId });
    downloadBytes(c.filename, base64ToBytes(c.base64), 'application/pdf');
  };
  return (
    <div className="report-result" role="status" data-testid="report-result">
      <p>{t.done(report.pages)}</p>
      <dl className="kv">
        <dt>{t.sha256}</dt>
        <dd>
          <code data-testid="report-sha256">{report.sha256}</code>
        </dd>
        <dt>{t.auditHead}</dt>
        <dd>
          <code>
            #{report.auditHead.seq} {report.auditHead.hash}
          </code>
        </dd>
      </dl>
      <button type="button" className="button" onClick={() => void save()}>
        {t.open}
      </button>
    </div>
  );
}

/** The progress bar and the cancel button of a running report. */
export function ReportProgress({ progress, onCancel }: { progress: { done: number; total: number } | null; onCancel: () => void }) {
  const t = s.reports.screen;
  return (
    <div className="report-progress" role="status" aria-live="polite">
      {progress ? <progress aria-label={t.generating} max={progress.total} value={progress.done} /> : <progress aria-label={t.generating} />}
      <span>{progress ? t.progress(progress.done, progress.total) : t.generating}</span>
      <button type="button" className="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </div>
  );
}
