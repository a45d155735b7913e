// The purge screen: what the retention rules say is due, per record kind (how many, how big, the
// oldest), the holds that keep requests past their period, then "Erase N records" behind a
// confirmation that names what goes. The purge runs as a job: a progress bar, and Cancel rolls it
// back whole (nothing erased).
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import type { RetentionPreview, RetentionPurgeResult } from '../../../../shared/model/retention';
import { useCall } from '../../bridge/BridgeContext';
import { REQUEST_READS, useInvalidate, useOp } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { recordLink } from '../dashboard/dashboard-links';

const POLL_MS = 300;

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

type Run = { state: 'running'; done: number; total: number } | { state: 'done'; result: RetentionPurgeResult } | { state: 'cancelled' } | { state: 'failed'; message: string };

export function PurgePage() {
  const t = s.retention.purge;
  const preview = useOp('retention.preview', {});
  const [run, setRun] = useState<Run | null>(null);
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <ErrorPanel error={preview.error.apiError} onRetry={() => void preview.refetch()} />;
  const p = preview.data;
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.title}</h1>
      <p className="field__hint">{t.intro}</p>
      {run && run.state !== 'running' ? <Outcome run={run} /> : <Review p={p} run={run} setRun={setRun} />}
      <Holds p={p} />
    </section>
  );
}

function Review({ p, run, setRun }: { p: RetentionPreview; run: Run | null; setRun: (r: Run) => void }) {
  const t = s.retention.purge;
  const call = useCall();
  const invalidate = useInvalidate();
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const jobId = useRef<string | null>(null);
  const cancelled = useRef(false);
  const [deleteOldBackups, setDeleteOldBackups] = useState(false);
  const records = p.requests + p.disclosures + p.breaches + p.files;

  const erase = async () => {
    dialog.current?.close();
    const id = crypto.randomUUID().replace(/-/g, '');
    jobId.current = id;
    cancelled.current = false;
    setRun({ state: 'running', done: 0, total: 0 });
    const poll = setInterval(() => {
      void call('job.progress', { id }).then(
        (j) => j.state === 'running' && jobId.current === id && setRun({ state: 'running', done: j.done, total: j.total }),
        () => undefined,
      );
    }, POLL_MS);
    try {
      const result = await call('retention.purge', { confirm: true, deleteOldBackups, progressId: id });
      setRun({ state: 'done', result });
    } catch (err) {
      // A cancelled purge rolls back whole: say so in words, not with the core's code.
      setRun(cancelled.current ? { state: 'cancelled' } : { state: 'failed', message: err instanceof Error ? err.message : String(err) });
    } finally {
      clearInterval(poll);
      jobId.current = null;
      void invalidate(['retention.preview', 'backup.list', ...REQUEST_READS]);
    }
  };

  // The safe choice has the focus when the dialog opens: Enter or Escape keeps the records. (React's
  // autoFocus focuses on mount, while the dialog is still closed; the dialog would then focus Erase.)
  const openConfirm = () => {
    dialog.current?.showModal();
    keep.current?.focus();
  };

  const cancel = () => {
    if (!jobId.current) return;
    cancelled.current = true;
    void call('job.cancel', { id: jobId.current }).catch(() => undefined);
  };

  if (records === 0) return <p data-testid="purge-nothing">{t.nothingDue}</p>;
  return (
    <section className="card" aria-labelledby="purge-due-title" aria-busy={run?.state === 'running'}>
      <h2 id="purge-due-title" className="visually-hidden">
        {t.kindCol}
      </h2>
      <table className="table" data-testid="purge-due">
        <thead>
          <tr>
            <th scope="col">{t.kindCol}</th>
            <th scope="col">{t.countCol}</th>
            <th scope="col">{t.sizeCol}</th>
            <th scope="col">{t.oldestCol}</th>
          </tr>
        </thead>
        <tbody>
          {p.dueByKind
            .filter((k) => k.count > 0)
            .map((k) => (
              <tr key={k.kind}>
                <th scope="row">{t.kinds[k.kind]}</th>
                <td>{k.count}</td>
                <td>{k.bytes === 0 ? '—' : size(k.bytes)}</td>
                <td>{k.oldest ? formatDay(k.oldest, { today: p.today }) : '—'}</td>
              </tr>
            ))}
        </tbody>
      </table>
      {p.auditDetails > 0 && <p>{t.auditDetails(p.auditDetails)}</p>}
      {p.oldBackups.length > 0 && (
        <>
          <p className="field__hint">{t.oldBackups(p.oldBackups.length)}</p>
          <label className="checkbox">
            <input type="checkbox" checked={deleteOldBackups} onChange={(e) => setDeleteOldBackups(e.target.checked)} disabled={run !== null} />
            {t.deleteOldBackups}
          </label>
        </>
      )}
      <div className="insights-busy" role="status" aria-live="polite">
        {run?.state === 'running' && (
          <>
            <progress aria-label={t.running(run.done, run.total)} max={run.total || 1} value={run.done} />
            <span>{run.total ? t.running(run.done, run.total) : t.starting}</span>
          </>
        )}
      </div>
      <div className="actions">
        {run?.state === 'running' ? (
          <button type="button" onClick={cancel}>
            {t.cancel}
          </button>
        ) : (
          <button type="button" className="button--danger" onClick={openConfirm}>
            {t.erase(records)}
          </button>
        )}
      </div>
      <dialog ref={dialog} aria-labelledby="purge-confirm-title" aria-describedby="purge-confirm-body" className="confirm-dialog">
        <h2 id="purge-confirm-title">{t.confirmTitle}</h2>
        <p id="purge-confirm-body">{t.confirmBody(p, p.files, size(p.bytes), p.auditDetails)}</p>
        <div className="actions">
          <button type="button" className="button--danger" onClick={() => void erase()}>
            {t.confirm}
          </button>
          <button type="button" ref={keep} onClick={() => dialog.current?.close()}>
            {t.keep}
          </button>
        </div>
      </dialog>
    </section>
  );
}

function Outcome({ run }: { run: Exclude<Run, { state: 'running' }> }) {
  const t = s.retention.purge;
  return (
    <section className="card" role="status" data-testid="purge-outcome">
      {run.state === 'done' && (
        <>
          <p>{t.done(run.result, run.result.files, run.result.auditDetails)}</p>
          {run.result.backupsDeleted > 0 && <p>{t.backupsDeleted(run.result.backupsDeleted)}</p>}
        </>
      )}
      {run.state === 'cancelled' && <p>{t.cancelled}</p>}
      {run.state === 'failed' && <FormError message={run.message} />}
      <p>
        <Link to="/">{t.back}</Link>
      </p>
    </section>
  );
}

function Holds({ p }: { p: RetentionPreview }) {
  const t = s.retention.purge;
  return (
    <section className="card" aria-labelledby="purge-holds-title" data-testid="purge-holds">
      <h2 id="purge-holds-title">{t.holdsTitle}</h2>
      {p.holds.length === 0 ? (
        <p className="field__hint">{t.holdsNone}</p>
      ) : (
        <>
          <p className="field__hint">{t.holdsNote}</p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t.holdRefCol}</th>
                <th scope="col">{t.holdUntilCol}</th>
                <th scope="col">{t.holdReasonCol}</th>
              </tr>
            </thead>
            <tbody>
              {p.holds.map((h) => (
                <tr key={`${h.kind}:${h.ref}`}>
                  <th scope="row">
                    <Link to={recordLink(h)}>{h.ref}</Link>
                  </th>
                  <td>{formatDay(h.until, { today: p.today })}</td>
                  <td>
                    <UserText>{h.reason}</UserText>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
