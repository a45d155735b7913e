// CSV import: read the file (or pasted text) in memory, let the core check every line with the
// mapping the DPO chooses, then import the valid lines in one transaction.
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { Link } from 'react-router';
import { IMPORT_FIELDS, type ImportField, type ImportPreview, type ImportResult } from '../../../../shared/model/request';
import { isValidIsoDate } from '../../../../shared/dates';
import { useCall } from '../../bridge/BridgeContext';
import { REQUEST_READS, useInvalidate } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';
import { embedUserText, showBidiControls } from '../../../../shared/text/bidi';
import { typeLabel } from '../requests/labels';
import { errorText } from './errors';

const t = s.insights.import;
const MAX_CSV_BYTES = 24 * 1024 * 1024;
const SHOW_REFS = 20;

type Mapping = Partial<Record<ImportField, number | null>>;
type Busy = 'reading' | 'checking' | 'importing' | null;

/** "2026-03-02 14:05" → "Mon 2 Mar 2026, 14:05"; anything else as written. */
function receivedText(v: string): string {
  const [date = '', time] = v.trim().split(/[ T]/);
  if (!isValidIsoDate(date)) return v;
  return time ? `${formatDay(date)}, ${time}` : formatDay(date);
}

export interface FileLoader {
  load: (file: File) => void;
}

export function CsvImport({ ref }: { ref?: Ref<FileLoader> }) {
  const call = useCall();
  const invalidate = useInvalidate();
  const [source, setSource] = useState<{ name: string; text: string } | null>(null);
  const [paste, setPaste] = useState('');
  const [hasHeader, setHasHeader] = useState(true);
  const [mapping, setMapping] = useState<Mapping | undefined>(undefined);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [onlyRejected, setOnlyRejected] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [error, setError] = useState<string>();
  const seq = useRef(0);
  // The running import's job id, so it can be stopped (job.cancel), and whether the DPO stopped it.
  const job = useRef<{ id: string; stopped: boolean } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  /** Checks every line; a newer check (another mapping, another file) wins over an older one. */
  const check = async (src: { name: string; text: string }, map: Mapping | undefined, header: boolean) => {
    const mine = ++seq.current;
    setBusy('checking');
    setError(undefined);
    try {
      const res = await call('request.importPreview', { csv: src.text, hasHeader: header, ...(map ? { mapping: map } : {}) });
      if (mine !== seq.current) return;
      setPreview(res);
      setMapping(res.mapping);
    } catch (err) {
      if (mine !== seq.current) return;
      setPreview(null);
      setError(errorText(err));
    } finally {
      if (mine === seq.current) setBusy(null);
    }
  };

  const start = (src: { name: string; text: string }) => {
    setSource(src);
    setResult(null);
    setMapping(undefined);
    setOnlyRejected(false);
    void check(src, undefined, hasHeader);
  };

  const loadFile = async (file: File) => {
    setError(undefined);
    setResult(null);
    if (file.size > MAX_CSV_BYTES) {
      setError(t.tooLarge(24));
      return;
    }
    setBusy('reading');
    try {
      start({ name: file.name, text: await file.text() });
    } catch {
      setBusy(null);
      setError(t.unexpected);
    }
  };

  useImperativeHandle(ref, () => ({ load: (file: File) => void loadFile(file) }));

  const changeMapping = (field: ImportField, value: string) => {
    const next: Mapping = { ...mapping, [field]: value === '' ? null : Number(value) };
    setMapping(next);
    if (source) void check(source, next, hasHeader);
  };

  const changeHeader = (header: boolean) => {
    setHasHeader(header);
    setMapping(undefined);
    if (source) void check(source, undefined, header);
  };

  const runImport = async () => {
    if (!source) return;
    const mine = ++seq.current;
    setBusy('importing');
    setError(undefined);
    // The core runs a large import on a worker thread; poll its progress with an id we choose.
    const progressId = crypto.randomUUID().replace(/-/g, '');
    job.current = { id: progressId, stopped: false };
    const poll = setInterval(() => {
      void call('job.progress', { id: progressId }).then(
        (p) => p.state === 'running' && p.total > 0 && mine === seq.current && setProgress({ done: p.done, total: p.total }),
        () => undefined,
      );
    }, 400);
    try {
      const res = await call('request.import', { csv: source.text, hasHeader, progressId, ...(mapping ? { mapping } : {}) });
      void invalidate(REQUEST_READS);
      if (mine !== seq.current) return;
      setResult(res);
      setPreview(null);
      if (fileInput.current) fileInput.current.value = '';
    } catch (err) {
      // A stopped import rolls back whole: say so in words, not with the core's code.
      setError(job.current?.stopped ? t.importStopped : errorText(err));
    } finally {
      job.current = null;
      clearInterval(poll);
      setProgress(null);
      if (mine === seq.current) setBusy(null);
    }
  };

  const stopImport = () => {
    if (!job.current) return;
    job.current.stopped = true;
    void call('job.cancel', { id: job.current.id }).catch(() => undefined);
  };

  const reset = () => {
    seq.current++;
    setSource(null);
    setPreview(null);
    setResult(null);
    setMapping(undefined);
    setPaste('');
    setError(undefined);
    setBusy(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <section className="card" aria-labelledby="csv-title" aria-busy={busy !== null}>
      <h2 id="csv-title">{t.csvTitle}</h2>
      <Field label={t.csvFile} hint={t.csvFileHint}>
        {(p) => (
          <input
            {...p}
            ref={fileInput}
            type="file"
            accept=".csv,.txt,text/csv"
            disabled={busy !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void loadFile(file);
            }}
          />
        )}
      </Field>
      <Field label={t.csvPaste}>
        {(p) => <textarea {...p} className="insights-paste" rows={4} value={paste} spellCheck={false} onChange={(e) => setPaste(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="button" onClick={() => start({ name: t.pasted, text: paste })} disabled={busy !== null || paste.trim() === ''}>
          {t.csvPasteCheck}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={hasHeader} onChange={(e) => changeHeader(e.target.checked)} disabled={busy !== null} />
          {t.hasHeader}
        </label>
      </div>
      <BusyNote busy={busy} progress={progress} />
      {busy === 'importing' && (
        <div className="actions">
          <button type="button" onClick={stopImport}>
            {t.stopImport}
          </button>
        </div>
      )}
      <FormError message={error} />

      {preview && source && (
        <>
          <p className="field__hint" data-testid="csv-source">
            {t.source(showBidiControls(source.name))}
          </p>
          <MappingEditor preview={preview} mapping={mapping ?? {}} disabled={busy === 'importing'} onChange={changeMapping} />
          <Report preview={preview} onlyRejected={onlyRejected} setOnlyRejected={setOnlyRejected} />
          <div className="actions">
            <button type="button" className="button--primary" onClick={() => void runImport()} disabled={busy !== null || preview.validRows === 0 || preview.missingFields.length > 0}>
              {preview.validRows > 0 ? t.importButton(preview.validRows) : t.importNone}
            </button>
          </div>
        </>
      )}

      {result && <ResultView result={result} onAgain={reset} />}
    </section>
  );
}

export function BusyNote({
  busy,
  progress = null,
}: {
  busy: 'reading' | 'checking' | 'importing' | 'creating' | null;
  progress?: { done: number; total: number } | null;
}) {
  return (
    <div className="insights-busy" role="status" aria-live="polite">
      {busy && (
        <>
          {progress ? <progress aria-hidden="true" max={progress.total} value={progress.done} /> : <progress aria-hidden="true" />}
          <span>{progress ? t.importProgress(progress.done, progress.total) : t[busy]}</span>
        </>
      )}
    </div>
  );
}

function MappingEditor({
  preview,
  mapping,
  disabled,
  onChange,
}: {
  preview: ImportPreview;
  mapping: Mapping;
  disabled: boolean;
  onChange: (field: ImportField, value: string) => void;
}) {
  const mapped = Object.values(mapping).filter((v): v is number => typeof v === 'number');
  const columns = preview.headers ?? Array.from({ length: Math.max(IMPORT_FIELDS.length, ...mapped.map((v) => v + 1)) }, (_, i) => t.column(i + 1));
  return (
    <fieldset className="insights-mapping">
      <legend>{t.mappingTitle}</legend>
      <p className="field__hint">{t.mappingHint}</p>
      <div className="insights-mapping__grid">
        {IMPORT_FIELDS.map((f) => {
          const v = mapping[f];
          return (
            <Field key={f} label={f} error={preview.missingFields.includes(f) ? t.mappingMissing : undefined}>
              {(p) => (
                <select {...p} value={typeof v === 'number' ? String(v) : ''} disabled={disabled} onChange={(e) => onChange(f, e.target.value)}>
                  <option value="">{t.notInFile}</option>
                  {columns.map((h, i) => (
                    <option key={i} value={String(i)}>
                      {h || t.column(i + 1)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}

function Report({ preview, onlyRejected, setOnlyRejected }: { preview: ImportPreview; onlyRejected: boolean; setOnlyRejected: (v: boolean) => void }) {
  const rejected = preview.totalRows - preview.validRows;
  const rows = onlyRejected ? preview.rows.filter((r) => !r.ok) : preview.rows;
  return (
    <div className="insights-report">
      <h3>{t.reportTitle}</h3>
      <p className={`banner ${rejected > 0 ? 'banner--warning' : 'banner--ok'}`} data-testid="import-counts">
        {t.counts(preview.validRows, rejected, preview.totalRows)}
      </p>
      {preview.totalRows === 0 && <p className="field__hint">{t.noRows}</p>}
      {preview.rows.length < preview.totalRows && <p className="field__hint">{t.shownFirst(preview.rows.length, preview.totalRows)}</p>}
      {rejected > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={onlyRejected} onChange={(e) => setOnlyRejected(e.target.checked)} />
          {t.onlyRejected}
        </label>
      )}
      {rows.length > 0 && (
        <div className="insights-scroll insights-scroll--tall">
          <table className="table insights-report__table">
            <caption className="visually-hidden">{t.reportTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.line}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.details}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.line} className={r.ok ? undefined : 'insights-row--rejected'}>
                  <td>{r.line}</td>
                  <td>
                    <span className={`badge ${r.ok ? 'badge--ok' : 'badge--danger'}`}>{r.ok ? t.ok : t.rejected}</span>
                  </td>
                  <td>
                    {r.ok ? (
                      r.values && t.rowSummary(typeLabel(r.values.type), embedUserText(r.values.name), receivedText(r.values.received))
                    ) : (
                      <LineErrors errors={r.errors} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function ResultView({ result, onAgain }: { result: ImportResult; onAgain: () => void }) {
  return (
    <div className="insights-result" data-testid="import-result">
      <h3>{t.resultTitle}</h3>
      <p className={`banner ${result.imported > 0 ? 'banner--ok' : 'banner--warning'}`} role="status">
        {t.imported(result.imported)}
      </p>
      {result.refs.length > 0 && (
        <p>
          {t.createdRefs}:{' '}
          {result.refs.slice(0, SHOW_REFS).map((ref, i) => (
            <span key={ref}>
              {i > 0 && ', '}
              <Link to={`/requests/${encodeURIComponent(ref)}`}>{ref}</Link>
            </span>
          ))}
          {result.refs.length > SHOW_REFS && (
            <>
              {' '}
              <Link to="/requests">{t.moreRefs(result.refs.length - SHOW_REFS)}</Link>
            </>
          )}
        </p>
      )}
      {result.rejected.length > 0 && (
        <>
          <h3>{t.rejectedTitle}</h3>
          <table className="table">
            <caption className="visually-hidden">{t.rejectedCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.line}</th>
                <th scope="col">{t.details}</th>
              </tr>
            </thead>
            <tbody>
              {result.rejected.map((r) => (
                <tr key={r.line}>
                  <td>{r.line}</td>
                  <td>
                    <LineErrors errors={r.errors} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      <button type="button" onClick={onAgain}>
        {t.importAnother}
      </button>
    </div>
  );
}

/** One CSV line's validation messages, as the preview and the import result both show them. */
function LineErrors({ errors }: { errors: readonly string[] }) {
  return (
    <ul className="insights-errors">
      {errors.map((e, i) => (
        <li key={i}>{e}</li>
      ))}
    </ul>
  );
}
