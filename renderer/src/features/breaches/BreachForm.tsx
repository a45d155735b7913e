// Recording a breach and correcting one: one form over the shared schema (react-hook-form +
// zodResolver over the translated values), field-level errors from the form and from the core,
// labels on every input, Ctrl+Enter submits. Times are wall-clock times in a named zone (the
// organisation's by default); the core keeps them in UTC beside that zone.
import { useState, type ReactNode } from 'react';
import { get, useFieldArray, useForm, useWatch, type FieldErrors, type Resolver, type UseFormRegister } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useParams } from 'react-router';
import {
  BREACH_FILE_KINDS,
  BREACH_NATURES,
  BREACH_ROLES,
  NOT_TOLD_GROUNDS,
  RISK_LEVELS,
  SUBJECT_CATEGORIES,
  SUBJECT_NOTICES,
  breachAddInput,
  breachCorrectInput,
  type BreachDetail,
} from '../../../../shared/model/breach';
import { DATA_CATEGORIES } from '../../../../shared/model/disclosure';
import { localToInstant } from '../../../../shared/dates/instant';
import { useOp, useOpMutation, useSettings } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FileField } from '../../ui/FileField';
import { Options } from '../../ui/Options';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { fileToBase64 } from '../../ui/download';
import { BREACH_READS } from './reads';
import { emptyValues, toContentInput, valuesOf, type BreachFormValues } from './form-values';
import '../requests/requests.css';
import './breaches.css';
import { submitOnCtrlEnter } from '../../ui/form-keys';

const t = s.breaches;

export function NewBreachPage() {
  const settings = useSettings();
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorPanel error={settings.error.apiError} onRetry={() => void settings.refetch()} />;
  return <BreachForm initial={emptyValues(settings.data.timeZone)} />;
}

export function CorrectBreachPage() {
  const { id = '' } = useParams();
  const loaded = useOp('breach.get', { id });
  const settings = useSettings();
  if (loaded.isPending || settings.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  if (settings.isError) return <ErrorPanel error={settings.error.apiError} onRetry={() => void settings.refetch()} />;
  return <BreachForm key={`${loaded.data.id}:${loaded.data.version}`} initial={valuesOf(loaded.data, settings.data.timeZone)} correcting={loaded.data} />;
}

/** Every path the core may name for these values; anything else goes to the form-level message. */
function serverFields(v: BreachFormValues): string[] {
  const inst = (p: string) => [`${p}.local`, `${p}.zone`];
  return [
    'title', 'role', ...inst('discoveredAt'), ...inst('awareAt'), 'natures', 'description', 'subjectCategories', 'dataCategories', 'subjectsApprox', 'recordsApprox',
    'consequences', 'measuresTaken', 'measuresProposed', 'risk', 'riskReasoning', 'notification', ...inst('notification.at'), 'notification.reference',
    'notification.authority', 'notification.delayReasons', 'subjectsTold.decision', 'subjectsTold.on', 'subjectsTold.how', 'subjectsTold.ground', 'subjectsTold.reason',
    'controllersNotified', ...v.controllersNotified.flatMap((_, i) => [`controllersNotified.${i}.controller`, ...inst(`controllersNotified.${i}.notifiedAt`)]), 'reason',
  ];
}

function BreachForm({ initial, correcting }: { initial: BreachFormValues; correcting?: BreachDetail }) {
  const v = t.screens;
  const navigate = useNavigate();
  const add = useOpMutation('breach.add', { invalidates: BREACH_READS });
  const correct = useOpMutation('breach.correct', { invalidates: BREACH_READS });
  const [files, setFiles] = useState<File[]>([]);

  // The shared schema judges the values as the core will receive them.
  const resolver: Resolver<BreachFormValues> = async (values, context, options) => {
    const content = toContentInput(values);
    const input = correcting ? { ...content, id: correcting.id, expectedVersion: correcting.version, reason: values.reason } : content;
    const schemaResolver = zodResolver(correcting ? breachCorrectInput : breachAddInput) as unknown as Resolver<BreachFormValues>;
    const judged = await schemaResolver(input as unknown as BreachFormValues, context, options);
    return Object.keys(judged.errors).length > 0 ? judged : { values, errors: {} };
  };
  const { register, handleSubmit, setError, formState, control, getValues } = useForm<BreachFormValues>({ resolver, defaultValues: initial });
  const controllers = useFieldArray({ control, name: 'controllersNotified' });
  const e = formState.errors;
  const err = (path: string) => errorAt(e, path);
  const [role, decision, notified] = useWatch({ control, name: ['role', 'subjectsTold.decision', 'notified'] });

  const onSubmit = handleSubmit(async (values) => {
    const content = toContentInput(values);
    try {
      if (correcting) {
        const done = await correct.mutateAsync({ ...content, id: correcting.id, expectedVersion: correcting.version, reason: values.reason });
        navigate(`/breaches/${done.id}`);
      } else {
        const uploads = await Promise.all(files.map(async (f) => ({ filename: f.name, mimeType: f.type || 'application/octet-stream', base64: await fileToBase64(f), purpose: 'evidence' as const })));
        const done = await add.mutateAsync({ ...content, files: uploads });
        navigate(`/breaches/${done.id}`);
      }
    } catch (ex) {
      applyServerError(ex, setError, serverFields(getValues()));
    }
  });

  return (
    <section aria-labelledby="page-title" className="breach-form-page">
      <p>
        <Link to={correcting ? `/breaches/${correcting.id}` : '/breaches'}>← {t.back}</Link>
      </p>
      <h1 id="page-title">{correcting ? `${t.correct} ${correcting.ref}` : t.newBreach}</h1>
      <form
        onSubmit={onSubmit}
        noValidate
        className="breach-form"
        aria-labelledby="page-title"
        onKeyDown={submitOnCtrlEnter(onSubmit)}
      >
        <fieldset className="card">
          <legend>{t.sections.what}</legend>
          <Field label={t.fields.title} error={err('title')}>
            {(p) => <input {...p} autoFocus {...register('title')} />}
          </Field>
          <Field label={t.fields.role} error={err('role')}>
            {(p) => (
              <select {...p} {...register('role')}>
                <Options values={BREACH_ROLES} label={(r) => t.roles[r]} />
              </select>
            )}
          </Field>
          <InstantInput label={t.fields.discoveredAt} path="discoveredAt" register={register} err={err} control={control} />
          <InstantInput label={t.fields.awareAt} path="awareAt" register={register} err={err} control={control} hint={t.clock.counting} />
          <Checkboxes legend={t.fields.natures} error={err('natures')}>
            {BREACH_NATURES.map((n) => (
              <label key={n} className="checkbox">
                <input type="checkbox" value={n} {...register('natures')} /> {t.natures[n]}
              </label>
            ))}
          </Checkboxes>
          <Field label={t.fields.description} error={err('description')}>
            {(p) => <textarea {...p} rows={3} {...register('description')} />}
          </Field>
        </fieldset>

        <fieldset className="card">
          <legend>{t.sections.effects}</legend>
          <Checkboxes legend={t.fields.subjectCategories} error={err('subjectCategories')}>
            {SUBJECT_CATEGORIES.map((c) => (
              <label key={c} className="checkbox">
                <input type="checkbox" value={c} {...register('subjectCategories')} /> {t.subjectCategories[c]}
              </label>
            ))}
          </Checkboxes>
          <Checkboxes legend={t.fields.dataCategories} error={err('dataCategories')}>
            {DATA_CATEGORIES.map((c) => (
              <label key={c} className="checkbox">
                <input type="checkbox" value={c} {...register('dataCategories')} /> {s.disclosures.categories[c]}
              </label>
            ))}
          </Checkboxes>
          <div className="form-row">
            <Field label={t.fields.subjectsApprox} error={err('subjectsApprox')}>
              {(p) => <input {...p} inputMode="numeric" {...register('subjectsApprox')} />}
            </Field>
            <Field label={t.fields.recordsApprox} error={err('recordsApprox')}>
              {(p) => <input {...p} inputMode="numeric" {...register('recordsApprox')} />}
            </Field>
          </div>
          <Field label={t.fields.consequences} error={err('consequences')}>
            {(p) => <textarea {...p} rows={2} {...register('consequences')} />}
          </Field>
          <Field label={t.fields.measuresTaken} error={err('measuresTaken')}>
            {(p) => <textarea {...p} rows={2} {...register('measuresTaken')} />}
          </Field>
          <Field label={t.fields.measuresProposed} error={err('measuresProposed')}>
            {(p) => <textarea {...p} rows={2} {...register('measuresProposed')} />}
          </Field>
        </fieldset>

        <fieldset className="card">
          <legend>{t.sections.risk}</legend>
          <Field label={t.fields.risk} error={err('risk')}>
            {(p) => (
              <select {...p} {...register('risk')}>
                <option value="">{v.choose}</option>
                <Options values={RISK_LEVELS} label={(r) => t.risks[r]} />
              </select>
            )}
          </Field>
          <Field label={t.fields.riskReasoning} error={err('riskReasoning')}>
            {(p) => <textarea {...p} rows={3} {...register('riskReasoning')} />}
          </Field>
        </fieldset>

        <fieldset className="card">
          <legend>{t.sections.subjectsTold}</legend>
          <Field label={t.fields.subjectsTold} error={err('subjectsTold.decision')}>
            {(p) => (
              <select {...p} {...register('subjectsTold.decision')}>
                <Options values={SUBJECT_NOTICES} label={(d) => t.subjectNotices[d]} />
              </select>
            )}
          </Field>
          {decision === 'told' && (
            <div className="form-row">
              <Field label={t.fields.toldOn} error={err('subjectsTold.on')}>
                {(p) => <input {...p} type="date" {...register('subjectsTold.on')} />}
              </Field>
              <Field label={t.fields.toldHow} error={err('subjectsTold.how')}>
                {(p) => <input {...p} {...register('subjectsTold.how')} />}
              </Field>
            </div>
          )}
          {decision === 'not-told' && (
            <>
              <Field label={t.fields.notToldGround} error={err('subjectsTold.ground')}>
                {(p) => (
                  <select {...p} {...register('subjectsTold.ground')}>
                    <option value="">{v.choose}</option>
                    <Options values={NOT_TOLD_GROUNDS} label={(g) => t.notToldGrounds[g]} />
                  </select>
                )}
              </Field>
              <Field label={t.fields.notToldReason} error={err('subjectsTold.reason')}>
                {(p) => <textarea {...p} rows={2} {...register('subjectsTold.reason')} />}
              </Field>
            </>
          )}
        </fieldset>

        {role === 'processor' && (
          <fieldset className="card">
            <legend>{t.sections.controllers}</legend>
            {err('controllersNotified') && (
              <p className="field__error" role="alert">
                {err('controllersNotified')}
              </p>
            )}
            {controllers.fields.length === 0 && <p className="field__hint">{v.noControllers}</p>}
            {controllers.fields.map((f, i) => (
              <div key={f.id} className="breach-controllers-row">
                <Field label={`${t.fields.controller} ${i + 1}`} error={err(`controllersNotified.${i}.controller`)}>
                  {(p) => <input {...p} {...register(`controllersNotified.${i}.controller`)} />}
                </Field>
                <InstantInput label={`${t.fields.controllerNotifiedAt} (${i + 1})`} path={`controllersNotified.${i}.notifiedAt`} register={register} err={err} control={control} />
                <button type="button" className="button--small" onClick={() => controllers.remove(i)}>
                  {v.removeController(i + 1)}
                </button>
              </div>
            ))}
            <button type="button" className="button--small" onClick={() => controllers.append({ controller: '', notifiedAt: { local: '', zone: initial.awareAt.zone } })}>
              {v.addController}
            </button>
          </fieldset>
        )}

        {correcting && (
          <fieldset className="card">
            <legend>{t.sections.notification}</legend>
            <label className="checkbox">
              <input type="checkbox" {...register('notified')} /> {t.screens.notifiedCheckbox}
            </label>
            {notified && (
              <>
                <InstantInput label={t.fields.notifiedAt} path="notification.at" register={register} err={err} control={control} />
                <div className="form-row">
                  <Field label={t.fields.authority} error={err('notification.authority')}>
                    {(p) => <input {...p} {...register('notification.authority')} />}
                  </Field>
                  <Field label={t.fields.authorityReference} error={err('notification.reference')}>
                    {(p) => <input {...p} {...register('notification.reference')} />}
                  </Field>
                </div>
                <Field label={t.fields.delayReasons} error={err('notification.delayReasons')}>
                  {(p) => <textarea {...p} rows={2} {...register('notification.delayReasons')} />}
                </Field>
              </>
            )}
            {err('notification') && (
              <p className="field__error" role="alert">
                {err('notification')}
              </p>
            )}
          </fieldset>
        )}

        {correcting ? (
          <fieldset className="card">
            <legend>{t.correct}</legend>
            <Field label={t.correctionReason} error={err('reason')}>
              {(p) => <textarea {...p} rows={2} {...register('reason')} />}
            </Field>
          </fieldset>
        ) : (
          <fieldset className="card">
            <legend>{t.sections.files}</legend>
            <FileField label={t.fields.file} hint={t.filePurposes[BREACH_FILE_KINDS[0]]} multiple onFiles={setFiles} />
          </fieldset>
        )}
        <FormError message={e.root?.server?.message} />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? v.saving : correcting ? v.saveCorrection : v.save}
          </button>
          <span className="field__hint">{v.submitHint}</span>
        </div>
      </form>
    </section>
  );
}

/**
 * A wall-clock time and the zone it was read in. The hint says so when the time happened twice
 * (the hour repeated when clocks go back): the earlier moment counts.
 */
export function InstantInput({
  label,
  path,
  register,
  err,
  control,
  hint,
}: {
  label: string;
  path: string;
  register: UseFormRegister<BreachFormValues>;
  err: (path: string) => string | undefined;
  control: ReturnType<typeof useForm<BreachFormValues>>['control'];
  hint?: string;
}) {
  const [local, zone] = useWatch({ control, name: [`${path}.local`, `${path}.zone`] as never }) as unknown as [string, string];
  const r = local && zone ? localToInstant(local, zone) : null;
  const ambiguous = r?.ok && r.ambiguous;
  return (
    <div className="breach-instant">
      <Field label={label} hint={ambiguous ? t.screens.ambiguousHint : hint} error={err(`${path}.local`)}>
        {(p) => <input {...p} type="datetime-local" {...register(`${path}.local` as never)} />}
      </Field>
      <Field label={`${t.fields.zone} (${label})`} hint={t.screens.zoneHint} error={err(`${path}.zone`)}>
        {(p) => <input {...p} {...register(`${path}.zone` as never)} />}
      </Field>
    </div>
  );
}

function Checkboxes({ legend, error, children }: { legend: string; error: string | undefined; children: ReactNode }) {
  return (
    <fieldset className="breach-checkboxes">
      <legend>{legend}</legend>
      <div className="checkbox-grid">{children}</div>
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The first message at `path` or below it. */
export function errorAt(errors: FieldErrors<BreachFormValues>, path: string): string | undefined {
  const node = get(errors, path) as unknown;
  if (!node || typeof node !== 'object') return undefined;
  const own = (node as { message?: unknown }).message;
  if (typeof own === 'string') return own;
  const root = (node as { root?: { message?: string } }).root?.message;
  if (root) return root;
  return undefined;
}
