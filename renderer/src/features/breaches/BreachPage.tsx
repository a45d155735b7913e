// One breach: the live 72-hour clock, what happened, the risk assessment, the notification to the
// authority (recorded here; it stops the clock) and its phased follow-ups (Art. 33(4)), the
// subjects and customers told, the files, and every version (who and when).
import { useState } from 'react';
import { useForm, useWatch, type FieldValues, type Path } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useParams } from 'react-router';
import { isLateNotification } from '../../../../shared/breaches/clock';
import { localToInstant } from '../../../../shared/dates/instant';
import { BREACH_FILE_KINDS, breachFollowUpInput, breachNotifyInput, type BreachDetail, type BreachFileKind, type BreachVersion } from '../../../../shared/model/breach';
import { useOp, useOpMutation } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FileField } from '../../ui/FileField';
import { Options } from '../../ui/Options';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { FileName, UserText } from '../../ui/UserText';
import { applyServerError } from '../../ui/form-errors';
import { base64ToBytes, downloadBytes, fileToBase64 } from '../../ui/download';
import { ClockPanel } from './ClockPanel';
import { instantText } from './labels';
import { BREACH_READS } from './reads';
import '../requests/requests.css';
import './breaches.css';
import { HoldCard } from '../retention/HoldCard';

const t = s.breaches;

export function BreachPage({ today }: { today: string }) {
  const { id = '' } = useParams();
  const loaded = useOp('breach.get', { id });
  if (loaded.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  return <BreachView key={`${loaded.data.id}:${loaded.data.version}`} b={loaded.data} today={today} />;
}

function Text({ value }: { value: string | null }) {
  return value ? <UserText>{value}</UserText> : <>{t.screens.none}</>;
}

function BreachView({ b, today }: { b: BreachDetail; today: string }) {
  const c = b.content;
  return (
    <section aria-labelledby="page-title" className="breach-page">
      <p>
        <Link to="/breaches">← {t.back}</Link>
      </p>
      <div className="page-head">
        <h1 id="page-title">
          {b.ref} · <UserText>{c.title}</UserText>
        </h1>
        <div className="page-head__actions">
          <Link className="button" to={`/breaches/${b.id}/correct`}>
            {t.correct}
          </Link>
        </div>
      </div>
      <p className="field__hint">
        {t.roles[c.role]} · {t.risks[c.risk]} · {t.screens.versionOf(b.version)}
      </p>
      <div className="request-grid">
        <div>
          <ClockPanel b={b} />
          <section className="card" aria-labelledby="what-title">
            <h2 id="what-title">{t.sections.what}</h2>
            <dl className="kv">
              <dt>{t.fields.discoveredAt}</dt>
              <dd>{instantText(c.discoveredAt)}</dd>
              <dt>{t.fields.awareAt}</dt>
              <dd data-testid="breach-aware">{instantText(c.awareAt)}</dd>
              <dt>{t.fields.natures}</dt>
              <dd>{c.natures.map((n) => t.natures[n]).join(', ')}</dd>
              <dt>{t.fields.description}</dt>
              <dd className="pre">
                <Text value={c.description} />
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="effects-title">
            <h2 id="effects-title">{t.sections.effects}</h2>
            <dl className="kv">
              <dt>{t.fields.subjectCategories}</dt>
              <dd>{c.subjectCategories.map((x) => t.subjectCategories[x]).join(', ') || t.screens.none}</dd>
              <dt>{t.fields.dataCategories}</dt>
              <dd>{c.dataCategories.map((x) => s.disclosures.categories[x]).join(', ') || t.screens.none}</dd>
              <dt>{t.fields.subjectsApprox}</dt>
              <dd>{c.subjectsApprox === null ? t.screens.none : t.screens.subjectsApproxShort(c.subjectsApprox)}</dd>
              <dt>{t.fields.recordsApprox}</dt>
              <dd>{c.recordsApprox === null ? t.screens.none : t.screens.subjectsApproxShort(c.recordsApprox)}</dd>
              <dt>{t.fields.consequences}</dt>
              <dd className="pre">
                <Text value={c.consequences} />
              </dd>
              <dt>{t.fields.measuresTaken}</dt>
              <dd className="pre">
                <Text value={c.measuresTaken} />
              </dd>
              <dt>{t.fields.measuresProposed}</dt>
              <dd className="pre">
                <Text value={c.measuresProposed} />
              </dd>
            </dl>
          </section>
          <section className="card" aria-labelledby="risk-title">
            <h2 id="risk-title">{t.sections.risk}</h2>
            <dl className="kv">
              <dt>{t.fields.risk}</dt>
              <dd>{t.risks[c.risk]}</dd>
              <dt>{t.fields.riskReasoning}</dt>
              <dd className="pre">
                <UserText>{c.riskReasoning}</UserText>
              </dd>
            </dl>
          </section>
          <Versions versions={b.versions} />
        </div>
        <div>
          <Notification b={b} />
          <FollowUps b={b} />
          <section className="card" aria-labelledby="told-title">
            <h2 id="told-title">{t.sections.subjectsTold}</h2>
            <dl className="kv">
              <dt>{t.fields.subjectsTold}</dt>
              <dd>{t.subjectNotices[c.subjectsTold.decision]}</dd>
              {c.subjectsTold.on && (
                <>
                  <dt>{t.fields.toldOn}</dt>
                  <dd>{formatDay(c.subjectsTold.on)}</dd>
                </>
              )}
              {c.subjectsTold.how && (
                <>
                  <dt>{t.fields.toldHow}</dt>
                  <dd>
                    <UserText>{c.subjectsTold.how}</UserText>
                  </dd>
                </>
              )}
              {c.subjectsTold.ground && (
                <>
                  <dt>{t.fields.notToldGround}</dt>
                  <dd>{t.notToldGrounds[c.subjectsTold.ground]}</dd>
                  <dt>{t.fields.notToldReason}</dt>
                  <dd className="pre">
                    <Text value={c.subjectsTold.reason} />
                  </dd>
                </>
              )}
            </dl>
          </section>
          {c.role === 'processor' && (
            <section className="card" aria-labelledby="controllers-title">
              <h2 id="controllers-title">{t.sections.controllers}</h2>
              {c.controllersNotified.length === 0 ? (
                <p className="field__hint">{t.screens.noControllers}</p>
              ) : (
                <ul>
                  {c.controllersNotified.map((x, i) => (
                    <li key={i}>
                      <UserText>{x.controller}</UserText> · {instantText(x.notifiedAt)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
          <Files b={b} />
          <HoldCard refValue={b.ref} today={today} />
        </div>
      </div>
    </section>
  );
}

/** The notification to the authority: shown once recorded, else the form that records it. */
function Notification({ b }: { b: BreachDetail }) {
  const n = b.content.notification;
  return (
    <section className="card" aria-labelledby="notification-title" data-testid="breach-notification">
      <h2 id="notification-title">{t.sections.notification}</h2>
      {n ? (
        <dl className="kv">
          <dt>{t.fields.notifiedAt}</dt>
          <dd>{instantText(n.at)}</dd>
          <dt>{t.fields.authority}</dt>
          <dd>
            <Text value={n.authority} />
          </dd>
          <dt>{t.fields.authorityReference}</dt>
          <dd>
            <Text value={n.reference} />
          </dd>
          {n.late && (
            <>
              <dt>{t.fields.delayReasons}</dt>
              <dd className="pre">
                <Text value={n.delayReasons} />
              </dd>
            </>
          )}
        </dl>
      ) : (
        <>
          <p className="field__hint">{t.screens.notNotified}</p>
          <NotifyForm b={b} />
        </>
      )}
    </section>
  );
}

interface NotifyValues {
  at: { local: string; zone: string };
  reference: string;
  authority: string;
  delayReasons: string;
}

function NotifyForm({ b }: { b: BreachDetail }) {
  const notify = useOpMutation('breach.notify', { invalidates: BREACH_READS });
  const zone = b.content.awareAt.zone;
  const { register, handleSubmit, setError, formState, control } = useForm<NotifyValues>({
    resolver: zodResolver(breachNotifyInput.omit({ id: true, expectedVersion: true })) as never,
    defaultValues: { at: { local: '', zone }, reference: '', authority: '', delayReasons: '' },
  });
  const [local, atZone] = useWatch({ control, name: ['at.local', 'at.zone'] });
  const r = local && atZone ? localToInstant(local, atZone) : null;
  const late = Boolean(r?.ok && isLateNotification(b.content.awareAt.at, r.instant));
  const e = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    try {
      await notify.mutateAsync({ ...values, id: b.id, expectedVersion: b.version });
    } catch (ex) {
      applyServerError(ex, setError, ['at.local', 'at.zone', 'reference', 'authority', 'delayReasons']);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t.screens.notify}>
      <InstantFields<NotifyValues> label={t.fields.notifiedAt} register={register} local="at.local" zone="at.zone" localError={e.at?.local?.message} zoneError={e.at?.zone?.message} />
      <div className="form-row">
        <Field label={t.fields.authority} error={e.authority?.message}>
          {(p) => <input {...p} {...register('authority')} />}
        </Field>
        <Field label={t.fields.authorityReference} error={e.reference?.message}>
          {(p) => <input {...p} {...register('reference')} />}
        </Field>
      </div>
      {late && (
        <p className="banner banner--warning" role="status">
          {t.screens.lateWarning}
        </p>
      )}
      {(late || e.delayReasons) && (
        <Field label={t.fields.delayReasons} error={e.delayReasons?.message}>
          {(p) => <textarea {...p} rows={2} {...register('delayReasons')} />}
        </Field>
      )}
      <FormError message={e.root?.server?.message} />
      <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
        {t.screens.notify}
      </button>
    </form>
  );
}

/** A wall-clock time and its zone for the small forms of this page. */
function InstantFields<V extends FieldValues>({
  label,
  register,
  local,
  zone,
  localError,
  zoneError,
}: {
  label: string;
  register: ReturnType<typeof useForm<V>>['register'];
  local: Path<V>;
  zone: Path<V>;
  localError: string | undefined;
  zoneError: string | undefined;
}) {
  return (
    <div className="breach-instant">
      <Field label={label} error={localError}>
        {(p) => <input {...p} type="datetime-local" {...register(local)} />}
      </Field>
      <Field label={`${t.fields.zone} (${label})`} hint={t.screens.zoneHint} error={zoneError}>
        {(p) => <input {...p} {...register(zone)} />}
      </Field>
    </div>
  );
}

interface FollowUpValues {
  at: { local: string; zone: string };
  summary: string;
  reference: string;
}

/** Art. 33(4): further information in phases, after the first notification. */
function FollowUps({ b }: { b: BreachDetail }) {
  const c = b.content;
  const add = useOpMutation('breach.followUp', { invalidates: BREACH_READS });
  const { register, handleSubmit, setError, formState } = useForm<FollowUpValues>({
    resolver: zodResolver(breachFollowUpInput.omit({ id: true, expectedVersion: true })) as never,
    defaultValues: { at: { local: '', zone: c.awareAt.zone }, summary: '', reference: c.notification?.reference ?? '' },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    try {
      await add.mutateAsync({ ...values, id: b.id, expectedVersion: b.version });
    } catch (ex) {
      applyServerError(ex, setError, ['at.local', 'at.zone', 'summary', 'reference']);
    }
  });
  return (
    <section className="card" aria-labelledby="followups-title" data-testid="breach-followups">
      <h2 id="followups-title">{t.sections.followUps}</h2>
      {c.followUps.length === 0 ? (
        <p className="field__hint">{c.notification ? t.screens.noFollowUps : t.screens.followUpNeedsNotification}</p>
      ) : (
        <ol className="breach-followups">
          {c.followUps.map((f, i) => (
            <li key={i}>
              <strong>{instantText(f.at)}</strong>
              {f.reference && (
                <>
                  {' · '}
                  <UserText>{f.reference}</UserText>
                </>
              )}
              <div className="pre">
                <UserText>{f.summary}</UserText>
              </div>
            </li>
          ))}
        </ol>
      )}
      {c.notification && (
        <form onSubmit={onSubmit} noValidate aria-label={t.screens.addFollowUp}>
          <InstantFields<FollowUpValues> label={t.fields.followUpAt} register={register} local="at.local" zone="at.zone" localError={e.at?.local?.message} zoneError={e.at?.zone?.message} />
          <Field label={t.fields.followUpSummary} error={e.summary?.message}>
            {(p) => <textarea {...p} rows={2} {...register('summary')} />}
          </Field>
          <Field label={t.fields.authorityReference} error={e.reference?.message}>
            {(p) => <input {...p} {...register('reference')} />}
          </Field>
          <FormError message={e.root?.server?.message} />
          <button type="submit" disabled={formState.isSubmitting}>
            {t.screens.addFollowUp}
          </button>
        </form>
      )}
    </section>
  );
}

/** Evidence, the notification as sent, the authority's reply: inside the encrypted database. */
function Files({ b }: { b: BreachDetail }) {
  const save = useOpMutation('breach.fileGet', { onSuccess: (f) => downloadBytes(f.filename, base64ToBytes(f.base64), f.mimeType) });
  const attach = useOpMutation('breach.attach', { invalidates: BREACH_READS });
  const [file, setFile] = useState<File | null>(null);
  const [purpose, setPurpose] = useState<BreachFileKind>('evidence');
  return (
    <section className="card" aria-labelledby="files-title">
      <h2 id="files-title">{t.sections.files}</h2>
      <FormError message={save.error?.message ?? attach.error?.message} />
      {b.files.length === 0 ? (
        <p className="field__hint">{t.screens.noFiles}</p>
      ) : (
        <ul className="attachments">
          {b.files.map((f) => (
            <li key={f.publicId}>
              <strong>
                <FileName name={f.filename} />
              </strong>{' '}
              <span className="field__hint">
                ({t.filePurposes[f.purpose]}, {Math.ceil(f.sizeBytes / 1024)} KB)
              </span>{' '}
              <button type="button" className="button--small" aria-label={t.screens.saveFile(f.filename)} onClick={() => save.mutate({ id: b.id, fileId: f.id })}>
                {t.screens.saveCopy}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        noValidate
        aria-label={t.screens.attach}
        onSubmit={(ev) => {
          ev.preventDefault();
          if (!file) return;
          void fileToBase64(file).then((base64) => attach.mutate({ id: b.id, filename: file.name, mimeType: file.type || 'application/octet-stream', base64, purpose }));
        }}
      >
        <div className="form-row">
          <FileField label={t.fields.file} onFiles={(chosen) => setFile(chosen[0] ?? null)} />
          <Field label={t.fields.filePurpose}>
            {(p) => (
              <select {...p} value={purpose} onChange={(ev) => setPurpose(ev.target.value as BreachFileKind)}>
                <Options values={BREACH_FILE_KINDS} label={(k) => t.filePurposes[k]} />
              </select>
            )}
          </Field>
        </div>
        <button type="submit" className="button--small" disabled={!file || attach.isPending}>
          {t.screens.attach}
        </button>
      </form>
    </section>
  );
}

/** Oldest first: what made each version, who and when, and a correction's reason. */
function Versions({ versions }: { versions: BreachVersion[] }) {
  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">{t.fields.versions}</h2>
      <ol className="disclosure-versions" data-testid="breach-versions">
        {versions.map((ver) => (
          <li key={ver.version}>
            <strong>
              {t.screens.versionOf(ver.version)}: {t.versionChanges[ver.change]}
            </strong>{' '}
            <span className="field__hint">{t.screens.recordedAt(`${formatDay(ver.at.slice(0, 10))} ${ver.at.slice(11, 16)} UTC`, ver.by)}</span>
            {ver.reason && (
              <p className="pre">
                {t.correctionReason}: <UserText>{ver.reason}</UserText>
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
