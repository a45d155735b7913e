// Reports: the audit pack for the supervisory authority for a chosen period (progress, cancel,
// and the SHA-256 of the stored file), and the reports generated so far.
import { useState } from 'react';
import type { Language } from '../../../../shared/i18n';
import type { ReportInfo } from '../../../../shared/model/report';
import { BridgeCallError, useCall } from '../../bridge/BridgeContext';
import { useInvalidate, useOp } from '../../data/queries';
import { activeLanguage, formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { EmptyState, ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { ReportProgress, ReportResult } from './ReportResult';
import { useReportJob } from './use-report-job';
import './reports.css';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function ReportsPage() {
  const t = s.reports.screen;
  const call = useCall();
  const invalidate = useInvalidate();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [lang, setLang] = useState<Language>(activeLanguage());
  const job = useReportJob();
  const fieldErrors = job.error instanceof BridgeCallError ? (job.error.apiError.fieldErrors ?? {}) : {};
  const generate = () =>
    job.start(async (progressId) => {
      const r = await call('report.auditPack', { ...(ISO.test(from) ? { from } : {}), ...(ISO.test(to) ? { to } : {}), lang, progressId });
      void invalidate(['report.list']);
      return r;
    });
  return (
    <section aria-labelledby="page-title" className="reports-page">
      <div className="page-head">
        <h1 id="page-title">{t.title}</h1>
      </div>
      <section className="card" aria-labelledby="pack-title">
        <h2 id="pack-title">{t.auditPack}</h2>
        <p className="field__hint">{t.auditPackHint}</p>
        <div className="filter-bar">
          <Field label={t.from} error={fieldErrors.from?.[0]}>
            {(p) => <input {...p} type="date" value={from} onChange={(e) => setFrom(e.target.value)} disabled={job.busy} />}
          </Field>
          <Field label={t.to} error={fieldErrors.to?.[0]}>
            {(p) => <input {...p} type="date" value={to} onChange={(e) => setTo(e.target.value)} disabled={job.busy} />}
          </Field>
          <Field label={t.language}>
            {(p) => (
              <select {...p} value={lang} onChange={(e) => setLang(e.target.value as Language)} disabled={job.busy}>
                <option value="en">{s.settings.languageNames.en}</option>
                <option value="nl">{s.settings.languageNames.nl}</option>
              </select>
            )}
          </Field>
        </div>
        {job.busy ? (
          <ReportProgress progress={job.progress} onCancel={job.cancel} />
        ) : (
          <button type="button" className="button button--primary" onClick={() => void generate()}>
            {t.generate}
          </button>
        )}
        {job.cancelled && <p role="status">{t.cancelled}</p>}
        {job.error !== null && !fieldErrors.from && !fieldErrors.to && <FormError message={job.error instanceof Error ? job.error.message : s.common.unexpected} />}
        {job.result && <ReportResult report={job.result} />}
      </section>
      <ReportHistory />
    </section>
  );
}

function periodText(r: ReportInfo): string {
  const t = s.reports.screen;
  if (r.kind === 'case-file') return r.requestRef ?? '';
  if (r.kind === 'processing-record') return t.asOf(formatDay(r.to ?? ''));
  return r.from ? `${formatDay(r.from)} – ${formatDay(r.to ?? r.from)}` : `${t.wholeRegister} – ${formatDay(r.to ?? '')}`;
}

function ReportHistory() {
  const t = s.reports.screen;
  const list = useOp('report.list', {});
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">{t.history}</h2>
      {list.isPending && <Loading />}
      {list.isError && <ErrorPanel error={list.error.apiError} onRetry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && <EmptyState title={t.empty} />}
      {list.data && list.data.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="report-history">
            <thead>
              <tr>
                <th scope="col">{t.columns.created}</th>
                <th scope="col">{t.columns.kind}</th>
                <th scope="col">{t.columns.period}</th>
                <th scope="col">{t.columns.pages}</th>
                <th scope="col">{t.columns.sha256}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((r) => (
                <tr key={r.publicId}>
                  <td>{formatDay(r.createdAt.slice(0, 10))}</td>
                  <td>{t.kinds[r.kind] ?? r.kind}</td>
                  <td>{periodText(r)}</td>
                  <td>{r.pages}</td>
                  <td>
                    <code className="report-sha">{r.sha256}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
