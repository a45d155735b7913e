// Adding a processing activity and editing one: one form over the shared schema (react-hook-form +
// zodResolver), field-level errors from the form and from the core, labels on every input,
// Ctrl+Enter submits. An edit saves the whole content as a new version.
import { useState } from 'react';
import { Controller, get, useFieldArray, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useParams } from 'react-router';
import { DATA_CATEGORIES, RECIPIENT_KINDS, TRANSFER_SAFEGUARDS, type Recipient } from '../../../../shared/model/disclosure';
import { DATA_SOURCES, LEGAL_BASES, RECORD_KINDS, SUBJECT_KINDS, activityContent, type CitableField, type ProcessingDetail } from '../../../../shared/model/processing';
import { useOp, useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { BridgeCallError } from '../../bridge/BridgeContext';
import { PROCESSING_READS } from './reads';
import { emptyValues, toContentInput, valuesOf, type ProcessingFormValues } from './form-values';
import '../requests/requests.css';
import '../disclosures/disclosures.css';
import './processing.css';
import { submitOnCtrlEnter } from '../../ui/form-keys';

const t = s.processing;

/**
 * Paths the core may name in its field errors; anything else goes to the form-level message. A
 * transfer's fields are named by row (the schema allows 50 rows).
 */
const SERVER_FIELDS = [
  'kind', 'name', 'purposes', 'legalBasis', 'legitimateInterestNote', 'subjectKinds', 'dataCategories', 'recipients.kinds', 'recipients.recipientIds', 'recipients.note',
  'transfers', ...Array.from({ length: 50 }, (_, i) => ['country', 'safeguard', 'note'].map((k) => `transfers.${i}.${k}`)).flat(), 'retention', 'security', 'sources', 'sourceNote', 'automatedDecisionsNote', 'owner', 'lastReviewedOn', 'controllerName', 'controllerContact',
  'processingCategories', 'subProcessors',
];

export function NewProcessingPage() {
  const recipients = useOp('disclosure.recipients', {});
  if (recipients.isPending) return <Loading />;
  if (recipients.isError) return <ErrorPanel error={recipients.error.apiError} onRetry={() => void recipients.refetch()} />;
  return <ProcessingForm directory={recipients.data} initial={emptyValues()} />;
}

export function EditProcessingPage() {
  const { id = '' } = useParams();
  const loaded = useOp('processing.get', { id });
  const recipients = useOp('disclosure.recipients', {});
  if (loaded.isPending || recipients.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  if (recipients.isError) return <ErrorPanel error={recipients.error.apiError} onRetry={() => void recipients.refetch()} />;
  return <ProcessingForm key={`${loaded.data.id}:${loaded.data.version}`} directory={recipients.data} initial={valuesOf(loaded.data)} editing={loaded.data} />;
}

function ProcessingForm({ directory, initial, editing }: { directory: Recipient[]; initial: ProcessingFormValues; editing?: ProcessingDetail }) {
  const v = t.screens;
  const f = t.fields;
  const navigate = useNavigate();
  const add = useOpMutation('processing.add', { invalidates: PROCESSING_READS });
  const edit = useOpMutation('processing.edit', { invalidates: PROCESSING_READS });
  const citations = editing?.content.citations ?? {};
  // Fields the example record's source is silent on; the DPO confirms one here when its value is
  // right as it stands (e.g. "no transfers"), or changes it. Both take it off the list.
  const pending = editing?.content.toComplete ?? [];
  const [confirmed, setConfirmed] = useState<CitableField[]>([]);
  const toComplete = pending.filter((k) => !confirmed.includes(k));

  // The shared schema judges the values as the core will receive them.
  const resolver: Resolver<ProcessingFormValues> = async (values, context, options) => {
    const schemaResolver = zodResolver(activityContent) as unknown as Resolver<ProcessingFormValues>;
    const judged = await schemaResolver(toContentInput(values, citations, toComplete) as unknown as ProcessingFormValues, context, options);
    return Object.keys(judged.errors).length > 0 ? judged : { values, errors: {} };
  };
  const { register, handleSubmit, setError, formState, control } = useForm<ProcessingFormValues>({ resolver, defaultValues: initial });
  const e = formState.errors;
  const err = (path: string) => errorAt(e, path);
  // GDPR Art. 30(1)(e): each transfer with its country and the Chapter V tool it rests on.
  const transferRows = useFieldArray({ control, name: 'transfers' });
  const [kind, legalBasis, automated] = useWatch({ control, name: ['kind', 'legalBasis', 'automatedDecisions'] });

  const onSubmit = handleSubmit(async (values) => {
    const content = toContentInput(values, citations, toComplete);
    try {
      const done = editing ? await edit.mutateAsync({ id: editing.id, expectedVersion: editing.version, content }) : await add.mutateAsync(content);
      navigate(`/processing/${done.id}`);
    } catch (ex) {
      applyServerError(collapsePaths(ex), setError, SERVER_FIELDS);
    }
  });

  const checkboxes = (name: 'subjectKinds' | 'dataCategories' | 'sources' | 'recipients.kinds', values: readonly string[], label: (v: string) => string, legend: string) => (
    <fieldset className="disclosure-categories">
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {values.map((c) => (
          <label key={c} className="checkbox">
            <input type="checkbox" value={c} {...register(name)} /> {label(c)}
          </label>
        ))}
      </div>
      {err(name) && (
        <p className="field__error" role="alert">
          {err(name)}
        </p>
      )}
    </fieldset>
  );

  return (
    <section aria-labelledby="page-title" className="disclosure-form-page">
      <p>
        <Link to={editing ? `/processing/${editing.id}` : '/processing'}>← {v.back}</Link>
      </p>
      <h1 id="page-title">{editing ? v.editTitle(editing.ref) : t.newActivity}</h1>
      <form
        onSubmit={onSubmit}
        noValidate
        className="disclosure-form"
        aria-labelledby="page-title"
        onKeyDown={submitOnCtrlEnter(onSubmit)}
      >
        {pending.length > 0 && (
          <fieldset className="card">
            <legend>{v.toCompleteLegend}</legend>
            <p className="field__hint">{v.toCompleteHint}</p>
            <div className="checkbox-grid">
              {pending.map((k) => (
                <label key={k} className="checkbox">
                  <input
                    type="checkbox"
                    checked={confirmed.includes(k)}
                    onChange={(ev) => setConfirmed((c) => (ev.target.checked ? [...c, k] : c.filter((x) => x !== k)))}
                  />{' '}
                  {v.toCompleteConfirm(f[k])}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        <fieldset className="card">
          <legend>{t.columns.name}</legend>
          <div className="form-row">
            {/* A record keeps its kind: Art. 30(1) and 30(2) records answer different paragraphs. */}
            {editing ? (
              <p className="field__hint">{t.kinds[editing.kind]}</p>
            ) : (
              <Field label={f.kind} error={err('kind')}>
                {(p) => (
                  <select {...p} {...register('kind')}>
                    <Options values={RECORD_KINDS} label={(k) => t.kinds[k]} />
                  </select>
                )}
              </Field>
            )}
            <Field label={f.name} error={err('name')}>
              {(p) => <input {...p} autoFocus {...register('name')} />}
            </Field>
          </div>
          {kind === 'processor' && (
            <div className="form-row">
              <Field label={f.controllerName} error={err('controllerName')}>
                {(p) => <input {...p} {...register('controllerName')} />}
              </Field>
              <Field label={f.controllerContact} error={err('controllerContact')}>
                {(p) => <input {...p} {...register('controllerContact')} />}
              </Field>
            </div>
          )}
        </fieldset>

        {kind === 'controller' ? (
          <fieldset className="card">
            <legend>{f.purposes}</legend>
            <Controller control={control} name="purposes" render={({ field }) => <ListInput label={f.purposes} value={field.value} onChange={field.onChange} error={err('purposes')} />} />
            <Field label={f.legalBasis} error={err('legalBasis')}>
              {(p) => (
                <select {...p} {...register('legalBasis')}>
                  <option value="">{v.choose}</option>
                  <Options values={LEGAL_BASES} label={(b) => t.legalBases[b]} />
                </select>
              )}
            </Field>
            {legalBasis === 'legitimate-interest' && (
              <Field label={f.legitimateInterestNote} error={err('legitimateInterestNote')}>
                {(p) => <textarea {...p} rows={3} {...register('legitimateInterestNote')} />}
              </Field>
            )}
            {checkboxes('subjectKinds', SUBJECT_KINDS, (k) => t.subjectKinds[k as keyof typeof t.subjectKinds], f.subjectKinds)}
            {checkboxes('dataCategories', DATA_CATEGORIES, (c) => s.disclosures.categories[c as keyof typeof s.disclosures.categories], f.dataCategories)}
          </fieldset>
        ) : (
          <fieldset className="card">
            <legend>{f.processingCategories}</legend>
            <Controller
              control={control}
              name="processingCategories"
              render={({ field }) => <ListInput label={f.processingCategories} value={field.value} onChange={field.onChange} error={err('processingCategories')} />}
            />
            <Field label={f.subProcessors} hint={v.subProcessorsHint} error={err('subProcessors')}>
              {(p) => <textarea {...p} rows={3} {...register('subProcessors')} />}
            </Field>
          </fieldset>
        )}

        {kind === 'controller' && (
          <fieldset className="card">
            <legend>{f.recipients}</legend>
            {checkboxes('recipients.kinds', RECIPIENT_KINDS, (k) => s.disclosures.recipientKinds[k as keyof typeof s.disclosures.recipientKinds], f.recipientKinds)}
            {directory.length > 0 && (
              <Field label={f.recipientIds} error={err('recipients.recipientIds')}>
                {(p) => (
                  <select {...p} multiple size={Math.min(6, directory.length)} {...register('recipients.recipientIds')}>
                    {directory.map((r) => (
                      <option key={r.id} value={r.id}>
                        {r.name} ({s.disclosures.recipientKinds[r.kind]})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            <Field label={f.recipientsNote} error={err('recipients.note')}>
              {(p) => <textarea {...p} rows={2} {...register('recipients.note')} />}
            </Field>
          </fieldset>
        )}

        <fieldset className="card">
          <legend>{f.transfers}</legend>
          {transferRows.fields.length === 0 && <p className="field__hint">{v.noTransfers}</p>}
          {transferRows.fields.map((row, i) => (
            <div className="form-row" key={row.id}>
              <Field label={v.transferCountry(i + 1)} hint={i === 0 ? v.countryHint : undefined} error={err(`transfers.${i}.country`)}>
                {(p) => <input {...p} maxLength={2} size={4} {...register(`transfers.${i}.country`)} />}
              </Field>
              <Field label={v.transferSafeguard(i + 1)} error={err(`transfers.${i}.safeguard`)}>
                {(p) => (
                  <select {...p} {...register(`transfers.${i}.safeguard`)}>
                    <option value="">{v.choose}</option>
                    <Options values={TRANSFER_SAFEGUARDS} label={(g) => s.disclosures.safeguards[g]} />
                  </select>
                )}
              </Field>
              <Field label={v.transferNote(i + 1)} error={err(`transfers.${i}.note`)}>
                {(p) => <input {...p} {...register(`transfers.${i}.note`)} />}
              </Field>
              <button type="button" className="button button--link" onClick={() => transferRows.remove(i)}>
                {v.removeTransfer(i + 1)}
              </button>
            </div>
          ))}
          {err('transfers') && !transferRows.fields.length && (
            <p className="field__error" role="alert">
              {err('transfers')}
            </p>
          )}
          <p>
            <button type="button" className="button" onClick={() => transferRows.append({ country: '', safeguard: '', note: '' })}>
              {v.addTransfer}
            </button>
          </p>
        </fieldset>

        <fieldset className="card">
          <legend>{v.retentionAndSecurity}</legend>
          {kind === 'controller' && (
            <Field label={f.retention} error={err('retention')}>
              {(p) => <textarea {...p} rows={2} {...register('retention')} />}
            </Field>
          )}
          <Field label={f.security} error={err('security')}>
            {(p) => <textarea {...p} rows={2} {...register('security')} />}
          </Field>
        </fieldset>

        {kind === 'controller' && (
          <fieldset className="card">
            <legend>{f.sources}</legend>
            {checkboxes('sources', DATA_SOURCES, (c) => t.sources[c as keyof typeof t.sources], f.sources)}
            <Field label={f.sourceNote} error={err('sourceNote')}>
              {(p) => <input {...p} {...register('sourceNote')} />}
            </Field>
            <label className="checkbox">
              <input type="checkbox" {...register('automatedDecisions')} /> {f.automatedDecisions}
            </label>
            {automated && (
              <Field label={f.automatedDecisionsNote} error={err('automatedDecisionsNote')}>
                {(p) => <textarea {...p} rows={2} {...register('automatedDecisionsNote')} />}
              </Field>
            )}
          </fieldset>
        )}

        <fieldset className="card">
          <legend>{f.owner}</legend>
          <div className="form-row">
            <Field label={f.owner} error={err('owner')}>
              {(p) => <input {...p} {...register('owner')} />}
            </Field>
            <Field label={f.lastReviewedOn} error={err('lastReviewedOn')}>
              {(p) => <input {...p} type="date" {...register('lastReviewedOn')} />}
            </Field>
          </div>
        </fieldset>

        <FormError message={e.root?.server?.message} />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? v.saving : editing ? v.saveEdit : v.save}
          </button>
          <span className="field__hint">{v.submitHint}</span>
        </div>
      </form>
    </section>
  );
}

/**
 * The core names errors by the content's path, with an index for a list item (transfers.0.country)
 * and under `content.` for an edit; the form shows each list in one field.
 */
function collapsePaths(err: unknown): unknown {
  if (!(err instanceof BridgeCallError) || !err.apiError.fieldErrors) return err;
  const fieldErrors: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(err.apiError.fieldErrors)) {
    const bare = path.replace(/^content\./, '');
    // Transfers are rows of their own, each field labelled; other lists are one field.
    const field = bare.startsWith('transfers.') ? bare : bare.replace(/\.\d+(\.[a-zA-Z]+)?$/, '');
    fieldErrors[field] = [...(fieldErrors[field] ?? []), ...messages];
  }
  return new BridgeCallError({ ...err.apiError, fieldErrors });
}

/** The first message at `path` or anywhere below it (list items and their fields carry their own). */
function errorAt(errors: FieldErrors<ProcessingFormValues>, path: string): string | undefined {
  const find = (node: unknown, depth: number): string | undefined => {
    if (!node || typeof node !== 'object' || depth > 4) return undefined;
    const own = (node as { message?: unknown }).message;
    if (typeof own === 'string') return own;
    for (const [k, child] of Object.entries(node)) {
      if (k === 'ref' || k === 'type') continue;
      const m = find(child, depth + 1);
      if (m) return m;
    }
    return undefined;
  };
  return find(get(errors, path) as unknown, 0);
}

/** One value per line: purposes, categories of processing. */
function ListInput({ label, value, onChange, error }: { label: string; value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const [text, setText] = useState(value.join('\n'));
  return (
    <Field label={label} hint={t.screens.onePerLine} error={error}>
      {(p) => (
        <textarea
          {...p}
          rows={2}
          value={text}
          onChange={(ev) => {
            setText(ev.target.value);
            onChange(
              ev.target.value
                .split('\n')
                .map((x) => x.trim())
                .filter(Boolean),
            );
          }}
        />
      )}
    </Field>
  );
}
