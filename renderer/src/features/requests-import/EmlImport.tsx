// .eml import: the core parses the message (sender, date, body); the DPO checks the draft, picks
// what the subject asks for, and the request is created with the original message attached.
import { useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useNavigate } from 'react-router';
import { todayInZone } from '../../../../shared/dates';
import { MAX_ATTACHMENT_BYTES, REQUEST_TYPES, type EmlDraft, type RequestType } from '../../../../shared/model/request';
import { useCall } from '../../bridge/BridgeContext';
import { REQUEST_READS, useInvalidate, useSettings } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { BusyNote, type FileLoader } from './CsvImport';
import { errorText } from './errors';
import { fileToBase64 } from '../../ui/download';

const t = s.insights.import;
const EXCERPT_CHARS = 700;

interface Loaded {
  filename: string;
  base64: string;
  draft: EmlDraft;
}

function excerpt(d: EmlDraft): string {
  const prefix = d.subject ? `Subject: ${d.subject}\n\n` : '';
  const body = d.description.startsWith(prefix) ? d.description.slice(prefix.length) : d.description;
  return body.length > EXCERPT_CHARS ? `${body.slice(0, EXCERPT_CHARS).trimEnd()} …` : body;
}

export function EmlImport({ ref }: { ref?: Ref<FileLoader> }) {
  const call = useCall();
  const navigate = useNavigate();
  const settings = useSettings();
  const invalidate = useInvalidate();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  // Nothing is ticked until a message suggests it: "other" by default would hide an access request.
  const [types, setTypes] = useState<RequestType[]>([]);
  const [busy, setBusy] = useState<'reading' | 'creating' | null>(null);
  const [error, setError] = useState<string>();
  const seq = useRef(0);
  const today = settings.data ? todayInZone(settings.data.timeZone) : undefined;

  const loadFile = async (file: File) => {
    const mine = ++seq.current;
    setError(undefined);
    setLoaded(null);
    if (file.size > MAX_ATTACHMENT_BYTES) {
      setError(t.tooLarge(MAX_ATTACHMENT_BYTES / 1024 / 1024));
      return;
    }
    setBusy('reading');
    try {
      const base64 = await fileToBase64(file);
      const draft = await call('request.parseEml', { base64, filename: file.name });
      if (mine !== seq.current) return;
      setLoaded({ filename: file.name, base64, draft });
      setTypes(draft.suggestedTypes);
    } catch (err) {
      if (mine === seq.current) setError(errorText(err));
    } finally {
      if (mine === seq.current) setBusy(null);
    }
  };

  useImperativeHandle(ref, () => ({ load: (file: File) => void loadFile(file) }));

  const create = async () => {
    if (!loaded || types.length === 0) return;
    setBusy('creating');
    setError(undefined);
    try {
      const created = await call('request.importEml', { base64: loaded.base64, filename: loaded.filename, types });
      void invalidate(REQUEST_READS);
      void navigate(`/requests/${encodeURIComponent(created.ref)}`);
    } catch (err) {
      setError(errorText(err));
      setBusy(null);
    }
  };

  const toggle = (type: RequestType, on: boolean) => setTypes((cur) => REQUEST_TYPES.filter((x) => (x === type ? on : cur.includes(x))));
  const d = loaded?.draft;

  return (
    <section className="card" aria-labelledby="eml-title" aria-busy={busy !== null}>
      <h2 id="eml-title">{t.emlTitle}</h2>
      <Field label={t.emlFile} hint={t.emlFileHint}>
        {(p) => (
          <input
            {...p}
            type="file"
            accept=".eml,message/rfc822"
            disabled={busy !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void loadFile(file);
            }}
          />
        )}
      </Field>
      <BusyNote busy={busy} />
      <FormError message={error} />
      {loaded && d && (
        <div className="insights-eml" data-testid="eml-draft">
          <h3>{t.emlDraftTitle}</h3>
          {d.warnings.length > 0 && (
            <div className="banner banner--warning">
              <strong>{t.warnings}</strong>
              <ul className="insights-errors">
                {d.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </div>
          )}
          <dl className="insights-dl">
            <dt>{t.from}</dt>
            <dd>
              <UserText>{d.name}</UserText>{' '}
              {d.email && (
                <>
                  &lt;
                  <UserText>{d.email}</UserText>&gt;
                </>
              )}
            </dd>
            <dt>{t.receivedAt}</dt>
            <dd>
              {formatDay(d.receivedDate, today ? { today } : {})}
              {d.receivedTime ? `, ${d.receivedTime}` : ''}
            </dd>
            <dt>{t.mailbox}</dt>
            <dd>{d.mailbox ?? t.noMailbox}</dd>
            <dt>{t.subject}</dt>
            <dd>{d.subject || t.noSubject}</dd>
            <dt>{t.body}</dt>
            <dd>
              <blockquote className="insights-excerpt">{excerpt(d)}</blockquote>
            </dd>
          </dl>
          <fieldset className="insights-types">
            <legend>{t.typesLegend}</legend>
            <p className="field__hint" data-testid="eml-type-hint">{d.suggestedTypes.length ? t.typesSuggested : t.typesNotRecognised}</p>
            <div className="insights-types__grid">
              {REQUEST_TYPES.map((ty) => (
                <label key={ty} className="checkbox" title={s.requests.typeArticles[ty] || undefined}>
                  <input type="checkbox" checked={types.includes(ty)} onChange={(e) => toggle(ty, e.target.checked)} disabled={busy !== null} />
                  {s.requests.typeLabels[ty]}
                </label>
              ))}
            </div>
            {types.length === 0 && <p className="field__error">{t.chooseType}</p>}
          </fieldset>
          <div className="actions">
            <button type="button" className="button--primary" onClick={() => void create()} disabled={busy !== null || types.length === 0}>
              {busy === 'creating' ? t.creating : t.createFromEml}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
