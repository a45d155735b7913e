// One processing activity: its Art. 30 fields, each with the sentence of the privacy policy it
// came from (for the example record), its versions with who and when, and the activity as it
// stood on any date. Edit (a new version), mark reviewed today, or remove it from the record.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { localDateInZone, localTimeInZone } from '../../../../shared/dates';
import type { ActivityContent, ActivityRecipient, CitableField, ProcessingDetail, ProcessingVersion } from '../../../../shared/model/processing';
import { useOp, useOpMutation, useSettings } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { PROCESSING_READS } from './reads';
import '../requests/requests.css';
import './processing.css';

const t = s.processing;

export function ProcessingPage({ today }: { today: string }) {
  const { id = '' } = useParams();
  const loaded = useOp('processing.get', { id });
  const settings = useSettings();
  if (loaded.isPending || settings.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  if (settings.isError) return <ErrorPanel error={settings.error.apiError} onRetry={() => void settings.refetch()} />;
  return <ActivityView key={`${loaded.data.id}:${loaded.data.version}`} d={loaded.data} today={today} timeZone={settings.data.timeZone} />;
}

/** The version in force at the end of a local date (the core's processing.asOf, for one activity). */
function versionAsOf(versions: ProcessingVersion[], date: string, timeZone: string): ProcessingVersion | null {
  let found: ProcessingVersion | null = null;
  for (const v of versions) if (localDateInZone(new Date(v.at), timeZone) <= date) found = v;
  return found && !found.deleted ? found : null;
}

function ActivityView({ d, today, timeZone }: { d: ProcessingDetail; today: string; timeZone: string }) {
  const v = t.screens;
  const [asOf, setAsOf] = useState('');
  const [removing, setRemoving] = useState(false);
  const [reason, setReason] = useState('');
  const reviewed = useOpMutation('processing.reviewed', { invalidates: PROCESSING_READS });
  const remove = useOpMutation('processing.delete', { invalidates: PROCESSING_READS });
  const validAsOf = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : '';
  const shown = validAsOf ? versionAsOf(d.versions, validAsOf, timeZone) : d.versions[d.versions.length - 1]!;
  // An earlier version may name recipients the current one does not: read them from the directory
  // (its entries are never deleted), falling back to the ones the core resolved for the current version.
  const directory = useOp('disclosure.recipients', {});
  const namedIn = (c: ActivityContent): Array<Pick<ActivityRecipient, 'id' | 'name' | 'kind'>> =>
    c.kind === 'controller'
      ? c.recipients.recipientIds.map((rid) => directory.data?.find((r) => r.id === rid) ?? d.recipients.find((r) => r.id === rid)).filter((r) => r !== undefined)
      : [];
  const when = (at: string) => `${formatDay(localDateInZone(new Date(at), timeZone))} ${localTimeInZone(new Date(at), timeZone)}`;

  return (
    <section aria-labelledby="page-title" className="disclosure-page">
      <p>
        <Link to="/processing">← {v.back}</Link>
      </p>
      <div className="page-head">
        <h1 id="page-title">
          {d.ref} · <UserText>{d.name}</UserText>
        </h1>
        {!d.deleted && (
          <div className="page-head__actions">
            <Link className="button" to={`/processing/${d.id}/edit`}>
              {v.edit}
            </Link>
            <button
              type="button"
              className="button"
              disabled={reviewed.isPending || d.lastReviewedOn === today}
              onClick={() => reviewed.mutate({ id: d.id, expectedVersion: d.version, on: today })}
            >
              {v.markReviewed}
            </button>
            <button type="button" className="button" onClick={() => setRemoving(true)} disabled={removing}>
              {v.remove}
            </button>
          </div>
        )}
      </div>
      <p className="field__hint processing-badges">
        {t.kinds[d.kind]} · {v.versionOf(d.version)} · {t.fields.lastReviewedOn}: {d.lastReviewedOn ? formatDay(d.lastReviewedOn, { today }) : v.neverReviewed}
        {d.reviewDue && <span className="badge badge--warning">{v.reviewDueBadge}</span>}
        {d.example && <span className="badge badge--info">{v.exampleBadge}</span>}
      </p>
      {d.example && <p className="field__hint">{t.exampleHint}</p>}
      {d.deleted && (
        <p className="banner banner--warning" role="status">
          {v.removed}
        </p>
      )}
      <FormError message={reviewed.error?.message} />
      {removing && (
        <form
          className="card"
          onSubmit={(ev) => {
            ev.preventDefault();
            remove.mutate({ id: d.id, expectedVersion: d.version, reason });
          }}
        >
          <Field label={v.removeReason} error={remove.error?.apiError.fieldErrors?.reason?.[0]}>
            {(p) => <textarea {...p} rows={2} value={reason} onChange={(ev) => setReason(ev.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className="button--primary" disabled={remove.isPending}>
              {v.confirmRemove}
            </button>
            <button type="button" className="button" onClick={() => setRemoving(false)}>
              {s.common.cancel}
            </button>
          </div>
        </form>
      )}

      <div className="card processing-asof">
        <Field label={v.asOfLabel}>{(p) => <input {...p} type="date" value={asOf} max={today} onChange={(ev) => setAsOf(ev.target.value)} />}</Field>
        {validAsOf && (
          <>
            <p role="status" data-testid="processing-asof">
              {shown ? v.asOfShowing(formatDay(validAsOf), shown.version) : v.asOfNone(formatDay(validAsOf))}
            </p>
            <button type="button" className="button button--link" onClick={() => setAsOf('')}>
              {v.backToCurrent}
            </button>
          </>
        )}
      </div>

      {shown && <ContentView c={shown.content} recipients={namedIn(shown.content)} />}
      <section className="card" aria-labelledby="versions-title">
        <h2 id="versions-title">{v.versions}</h2>
        <ol className="processing-versions" data-testid="processing-versions">
          {[...d.versions].reverse().map((x) => (
            <li key={x.version}>
              {v.versionLine(x.version, when(x.at), x.by)}
              {x.deleted && (
                <>
                  {' '}
                  · {v.versionRemoved}
                  {x.reason && (
                    <>
                      : <UserText>{x.reason}</UserText>
                    </>
                  )}
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </section>
  );
}

/** One field with its cited source, or the note that it is still to complete (the example's source is silent). */
function Row({ label, field, c, children }: { label: string; field?: CitableField; c: ActivityContent; children: React.ReactNode }) {
  const cited = field ? c.citations[field] : undefined;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <div className="pre">{children}</div>
        {cited && (
          <blockquote className="processing-source">
            <span className="processing-source__label">{t.screens.sourceLabel}:</span>
            <UserText>{cited}</UserText>
          </blockquote>
        )}
        {field && (c.toComplete ?? []).includes(field) && <p className="processing-silent field__hint">{t.screens.notInPolicy}</p>}
      </dd>
    </>
  );
}

function ContentView({ c, recipients }: { c: ActivityContent; recipients: Array<Pick<ActivityRecipient, 'id' | 'name' | 'kind'>> }) {
  const f = t.fields;
  const v = t.screens;
  const list = (xs: string[]) => (xs.length ? xs.join(', ') : v.none);
  const text = (x: string | null | undefined) => (x ? <UserText>{x}</UserText> : v.none);
  const transfers = c.transfers.length ? c.transfers.map((x) => `${x.country} — ${s.disclosures.safeguards[x.safeguard]}${x.note ? ` (${x.note})` : ''}`).join('\n') : v.none;
  const row = { c };
  return (
    <section className="card" aria-labelledby="content-title">
      <h2 id="content-title">{c.kind === 'controller' ? t.kinds.controller : t.kinds.processor}</h2>
      <dl className="kv" data-testid="processing-content">
        <Row label={f.name} field="name" {...row}>
          <UserText>{c.name}</UserText>
        </Row>
        {c.kind === 'controller' ? (
          <>
            <Row label={f.purposes} field="purposes" {...row}>
              <UserText>{c.purposes.join('\n')}</UserText>
            </Row>
            <Row label={f.legalBasis} field="legalBasis" {...row}>
              {t.legalBases[c.legalBasis]}
            </Row>
            {c.legitimateInterestNote && (
              <Row label={f.legitimateInterestNote} field="legitimateInterestNote" {...row}>
                <UserText>{c.legitimateInterestNote}</UserText>
              </Row>
            )}
            <Row label={f.subjectKinds} field="subjectKinds" {...row}>
              {list(c.subjectKinds.map((k) => t.subjectKinds[k]))}
            </Row>
            <Row label={f.dataCategories} field="dataCategories" {...row}>
              {list(c.dataCategories.map((k) => s.disclosures.categories[k]))}
            </Row>
            <Row label={f.recipients} field="recipients" {...row}>
              {c.recipients.kinds.length || recipients.length ? c.recipients.kinds.map((k) => s.disclosures.recipientKinds[k]).join(', ') : v.none}
              {recipients.map((r, i) => (
                <span key={r.id}>
                  {i > 0 || c.recipients.kinds.length ? '\n' : ''}
                  {/* The directory entry opens the disclosures list narrowed to it (its id in the URL, never its name). */}
                  <Link to={`/disclosures?recipient=${r.id}`}>
                    <UserText>{r.name}</UserText>
                  </Link>{' '}
                  ({s.disclosures.recipientKinds[r.kind]})
                </span>
              ))}
              {c.recipients.note && (
                <>
                  {'\n'}
                  <UserText>{c.recipients.note}</UserText>
                </>
              )}
            </Row>
            <Row label={f.transfers} field="transfers" {...row}>
              {transfers}
            </Row>
            <Row label={f.retention} field="retention" {...row}>
              <UserText>{c.retention}</UserText>
            </Row>
            <Row label={f.security} field="security" {...row}>
              {text(c.security)}
            </Row>
            <Row label={f.sources} field="sources" {...row}>
              {list(c.sources.map((x) => t.sources[x]))}
              {c.sourceNote && (
                <>
                  {'\n'}
                  <UserText>{c.sourceNote}</UserText>
                </>
              )}
            </Row>
            <Row label={f.automatedDecisions} field="automatedDecisions" {...row}>
              {c.automatedDecisions ? v.yes : v.no}
              {c.automatedDecisionsNote && (
                <>
                  {'\n'}
                  <UserText>{c.automatedDecisionsNote}</UserText>
                </>
              )}
            </Row>
          </>
        ) : (
          <>
            <Row label={f.controllerName} {...row}>
              <UserText>{c.controllerName}</UserText>
              {c.controllerContact && (
                <>
                  {'\n'}
                  <UserText>{c.controllerContact}</UserText>
                </>
              )}
            </Row>
            <Row label={f.processingCategories} {...row}>
              <UserText>{c.processingCategories.join('\n')}</UserText>
            </Row>
            <Row label={f.subProcessors} {...row}>
              {c.subProcessors.length ? <UserText>{c.subProcessors.map((x) => (x.country ? `${x.name} (${x.country})` : x.name)).join('\n')}</UserText> : v.none}
            </Row>
            <Row label={f.transfers} field="transfers" {...row}>
              {transfers}
            </Row>
            <Row label={f.security} field="security" {...row}>
              {text(c.security)}
            </Row>
          </>
        )}
        <Row label={f.owner} {...row}>
          {text(c.owner)}
        </Row>
      </dl>
    </section>
  );
}
