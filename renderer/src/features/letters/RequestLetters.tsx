// The letters card on the request page: the letters the current step calls for first ("Send
// acknowledgement": one click stores the PDF on the request), any other letter, a draft preview
// that lists what is missing, and every letter with its SHA-256, "Save PDF" and "Mark sent".
import { useState } from 'react';
import { LANGUAGES, type Language } from '../../../../shared/i18n/locales';
import type { TemplateName } from '../../../../shared/letters/model';
import type { LetterRecord } from '../../../../shared/model/letter';
import type { RequestDetail } from '../../../../shared/model/request';
import { callOp, REQUEST_READS, useOp, useOpMutation } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { base64ToBytes, downloadBytes } from '../../ui/download';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import './letters.css';
import { useBridge } from '../../bridge/BridgeContext';

const w = s.letters;

/** Letters that need a sentence from the DPO before the workflow has recorded it, or a recipient. */
function needsText(t: TemplateName, detail: RequestDetail): 'reasons' | 'summary' | 'recipient' | null {
  if (t === 'extension-notice' && !detail.extension) return 'reasons';
  if (t === 'art19-recipient-notice') return 'recipient';
  if (['erasure-confirmation', 'rectification-confirmation', 'restriction-confirmation', 'objection-confirmation'].includes(t) && !detail.answeredOn) return 'summary';
  return null;
}

export function RequestLetters({ detail, today }: { detail: RequestDetail; today: string }) {
  const ref = detail.ref;
  const letters = useOp('letter.forRequest', { ref });
  const invalidates = ['letter.forRequest', ...REQUEST_READS] as const;
  const generate = useOpMutation('letter.generate', { invalidates });
  const setLanguage = useOpMutation('letter.setLanguage', { invalidates: ['letter.forRequest'] });
  const [chosen, setChosen] = useState<TemplateName | null>(null);
  const [text, setText] = useState('');
  const [other, setOther] = useState<TemplateName | ''>('');
  const [done, setDone] = useState<string | null>(null);
  const [draftMissing, setDraftMissing] = useState<string[] | null>(null);
  if (letters.isPending) return <Loading />;
  if (letters.isError) return <ErrorPanel error={letters.error.apiError} onRetry={() => void letters.refetch()} />;
  const data = letters.data;
  const name = (t: TemplateName) => w.templateNames[t];

  const run = async (template: TemplateName, draft: boolean, extra: string) => {
    setDone(null);
    setDraftMissing(null);
    const need = needsText(template, detail);
    const r = await generate.mutateAsync({ ref, template, draft, ...(need && extra.trim() ? { [need]: extra.trim() } : {}) });
    if (draft) {
      setDraftMissing(r.missing);
      downloadBytes(r.filename, base64ToBytes(r.base64), 'application/pdf');
    } else {
      setDone(w.card.stored(name(template), r.pages));
      setChosen(null);
      setText('');
    }
  };
  const start = (template: TemplateName) => {
    generate.reset();
    if (needsText(template, detail)) {
      setChosen(template);
      setText('');
    } else void run(template, false, '').catch(() => undefined);
  };

  return (
    <section className="card" aria-labelledby="letters-title">
      <h2 id="letters-title">{w.card.title}</h2>
      <Field label={w.card.language}>
        {(p) => (
          <select {...p} value={data.language} onChange={(e) => setLanguage.mutate({ ref, language: e.target.value as Language })}>
            <Options values={LANGUAGES} label={(l) => s.settings.languageNames[l]} />
          </select>
        )}
      </Field>
      {data.offered.length > 0 && (
        <>
          <h3>{w.card.forThisStep}</h3>
          <div className="actions">
            {data.offered.map((t, i) => (
              <button key={t} type="button" className={i === 0 ? 'button--primary' : undefined} disabled={generate.isPending} onClick={() => start(t)}>
                {w.send(name(t))}
              </button>
            ))}
          </div>
        </>
      )}
      {chosen && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(chosen, false, text).catch(() => undefined);
          }}
        >
          {needsText(chosen, detail) === 'recipient' ? (
            <Field label={w.card.recipient}>
              {(p) => (
                <select {...p} value={text} onChange={(e) => setText(e.target.value)}>
                  <option value="">{w.card.choose}</option>
                  {(detail.art19?.listing.recipients ?? []).map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <Field label={needsText(chosen, detail) === 'reasons' ? w.card.reasons : w.card.summary}>
              {(p) => <textarea {...p} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
            </Field>
          )}
          <div className="actions">
            <button type="submit" className="button--primary" disabled={generate.isPending}>
              {generate.isPending ? w.card.generating : w.card.generate}
            </button>
            <button type="button" onClick={() => void run(chosen, true, text).catch(() => undefined)} disabled={generate.isPending}>
              {w.card.previewDraft}
            </button>
            <button type="button" onClick={() => setChosen(null)}>
              {s.common.cancel}
            </button>
          </div>
        </form>
      )}
      <div className="form-row letters-other">
        <Field label={w.card.other}>
          {(p) => (
            <select {...p} value={other} onChange={(e) => setOther(e.target.value as TemplateName)}>
              <option value="">{w.card.choose}</option>
              {[...data.offered, ...data.others].map((t) => (
                <option key={t} value={t}>
                  {name(t)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="actions">
        <button type="button" disabled={!other || generate.isPending} onClick={() => other && start(other)}>
          {w.card.generate}
        </button>
        <button type="button" disabled={!other || generate.isPending} onClick={() => other && void run(other, true, text).catch(() => undefined)}>
          {w.card.previewDraft}
        </button>
      </div>
      {generate.isPending && (
        <p role="status" aria-live="polite">
          {w.card.generating}
        </p>
      )}
      <FormError message={generate.error?.apiError.message} />
      {done && (
        <p role="status" className="saved-note">
          {done}
        </p>
      )}
      {draftMissing && draftMissing.length > 0 && (
        <div className="banner banner--warning" role="status">
          <strong>{w.card.missingTitle}:</strong> {draftMissing.join(', ')}
        </div>
      )}
      <h3>{s.requests.attachmentKindLabels.letter}</h3>
      {data.letters.length === 0 ? <p className="field__hint">{w.card.none}</p> : <LetterList refNo={ref} letters={data.letters} today={today} />}
    </section>
  );
}

function LetterList({ refNo, letters, today }: { refNo: string; letters: LetterRecord[]; today: string }) {
  return (
    <ul className="letter-list" aria-label={w.card.title}>
      {letters.map((l) => (
        <LetterItem key={l.publicId} refNo={refNo} letter={l} today={today} />
      ))}
    </ul>
  );
}

function LetterItem({ refNo, letter, today }: { refNo: string; letter: LetterRecord; today: string }) {
  const bridge = useBridge();
  const [sentOn, setSentOn] = useState(today);
  const markSent = useOpMutation('letter.markSent', { invalidates: ['letter.forRequest', ...REQUEST_READS] });
  const save = async () => {
    const f = await callOp(bridge, 'request.attachmentGet', { ref: refNo, attachmentId: letter.filePublicId });
    downloadBytes(f.filename, base64ToBytes(f.base64), 'application/pdf');
  };
  return (
    <li className="letter-item" data-testid="letter-item">
      <strong>{w.templateNames[letter.template]}</strong> · {s.settings.languageNames[letter.language]} · {w.card.version(letter.templateVersion)} · {letter.pages} p.
      <br />
      <span className="field__hint" title={letter.sha256}>
        SHA-256 <code>{letter.sha256.slice(0, 16)}…</code> · {letter.filename}
      </span>
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {w.card.download}
        </button>
        {letter.sentOn ? (
          <span className="badge badge--ok">{w.card.sent(formatDay(letter.sentOn))}</span>
        ) : (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              markSent.mutate({ ref: refNo, letter: letter.publicId, sentOn });
            }}
          >
            <Field label={w.card.sentOn} error={markSent.error?.apiError.fieldErrors?.sentOn?.[0]}>
              {(p) => <input {...p} type="date" value={sentOn} max={today} onChange={(e) => setSentOn(e.target.value)} />}
            </Field>
            <button type="submit" disabled={markSent.isPending}>
              {w.card.markSent}
            </button>
          </form>
        )}
      </div>
      <FormError message={markSent.error && !markSent.error.apiError.fieldErrors?.sentOn ? markSent.error.apiError.message : undefined} />
    </li>
  );
}
