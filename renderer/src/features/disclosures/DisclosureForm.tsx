// Recording a disclosure and correcting one: one form over the shared schema (react-hook-form +
// zodResolver), field-level errors from the form and from the core, labels on every input,
// Ctrl+Enter submits. The order itself is uploaded into the file store with the disclosure.
import { useState } from 'react';
import { Controller, get, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import {
  DATA_CATEGORIES,
  DISCLOSURE_GROUNDS,
  FLOW_FREQUENCIES,
  FLOW_KINDS,
  PUBLIC_AUTHORITY_KINDS,
  RECIPIENT_KINDS,
  SECRECY,
  TRANSFER_SAFEGUARDS,
  disclosureAddInput,
  disclosureCorrectInput,
  type DisclosureDetail,
  type Recipient,
} from '../../../../shared/model/disclosure';
import { useOp, useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FileField } from '../../ui/FileField';
import { Options } from '../../ui/Options';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { BridgeCallError } from '../../bridge/BridgeContext';
import { fileToBase64 } from '../../ui/download';
import { DISCLOSURE_READS } from './reads';
import { emptyValues, kindOf, toContentInput, valuesOf, type DisclosureFormValues } from './form-values';
import './disclosures.css';
import { submitOnCtrlEnter } from '../../ui/form-keys';

const t = s.disclosures;

/** Paths the core may name in its field errors; anything else goes to the form-level message. */
const SERVER_FIELDS = [
  'recipientId',
  'recipient.name',
  'recipient.kind',
  'recipient.country',
  'recipient.contact',
  'recipient.safeguard',
  'date',
  'time',
  'ground',
  'groundNote',
  'reference',
  'categories',
  'subjects',
  'subjects.emails',
  'subjects.customerIds',
  'subjects.requestRefs',
  'subjects.bulkCount',
  'caseRef',
  'approvedBy',
  'approvedOn',
  'inquiry',
  'secrecy.decision',
  'secrecy.until',
  'secrecy.ground',
  'flow.frequency',
  'flow.from',
  'flow.to',
  'subjectToldOn',
  'reason',
  'files',
];

export function NewDisclosurePage({ today }: { today: string }) {
  const [params] = useSearchParams();
  const recipients = useOp('disclosure.recipients', {});
  if (recipients.isPending) return <Loading />;
  if (recipients.isError) return <ErrorPanel error={recipients.error.apiError} onRetry={() => void recipients.refetch()} />;
  // A request page's "record a disclosure" link names its request (a reference, not personal data).
  return <DisclosureForm directory={recipients.data} initial={emptyValues(today, params.get('request') ?? undefined)} />;
}

export function CorrectDisclosurePage() {
  const { id = '' } = useParams();
  const loaded = useOp('disclosure.get', { id });
  const recipients = useOp('disclosure.recipients', {});
  if (loaded.isPending || recipients.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  if (recipients.isError) return <ErrorPanel error={recipients.error.apiError} onRetry={() => void recipients.refetch()} />;
  return <DisclosureForm key={`${loaded.data.id}:${loaded.data.version}`} directory={recipients.data} initial={valuesOf(loaded.data)} correcting={loaded.data} />;
}

function DisclosureForm({ directory, initial, correcting }: { directory: Recipient[]; initial: DisclosureFormValues; correcting?: DisclosureDetail }) {
  const v = t.screens;
  const navigate = useNavigate();
  const add = useOpMutation('disclosure.add', { invalidates: DISCLOSURE_READS });
  const correct = useOpMutation('disclosure.correct', { invalidates: DISCLOSURE_READS });
  const [files, setFiles] = useState<File[]>([]);

  // The shared schema judges the values as the core will receive them.
  // On success the form keeps its own values (the submit handler translates them once more).
  const resolver: Resolver<DisclosureFormValues> = async (values, context, options) => {
    const content = toContentInput(values, directory);
    const input = correcting ? { ...content, id: correcting.id, expectedVersion: correcting.version, reason: values.reason } : content;
    const schemaResolver = zodResolver(correcting ? disclosureCorrectInput : disclosureAddInput) as unknown as Resolver<DisclosureFormValues>;
    const judged = await schemaResolver(input as unknown as DisclosureFormValues, context, options);
    return Object.keys(judged.errors).length > 0 ? judged : { values, errors: {} };
  };
  const { register, handleSubmit, setError, formState, control } = useForm<DisclosureFormValues>({ resolver, defaultValues: initial });
  const e = formState.errors;
  const err = (path: string) => errorAt(e, path);
  const [recipientId, newKind, thirdCountry, ground, decision, recurring] = useWatch({
    control,
    name: ['recipientId', 'recipient.kind', 'recipient.thirdCountry', 'ground', 'secrecy.decision', 'recurring'],
  });
  const kind = kindOf({ recipientId, recipient: { ...initial.recipient, kind: newKind } }, directory);

  const onSubmit = handleSubmit(async (values) => {
    const content = toContentInput(values, directory);
    try {
      const uploads = await Promise.all(files.map(async (f) => ({ filename: f.name, mimeType: f.type || 'application/octet-stream', base64: await fileToBase64(f), kind: 'document' as const })));
      if (correcting) {
        const done = await correct.mutateAsync({ ...content, id: correcting.id, expectedVersion: correcting.version, reason: values.reason, files: uploads });
        navigate(`/disclosures/${done.id}`);
      } else {
        const done = await add.mutateAsync({ ...content, files: uploads });
        navigate(`/disclosures/${done.id}`);
      }
    } catch (ex) {
      applyServerError(collapseItemPaths(ex), setError, SERVER_FIELDS);
    }
  });

  return (
    <section aria-labelledby="page-title" className="disclosure-form-page">
      <p>
        <Link to={correcting ? `/disclosures/${correcting.id}` : '/disclosures'}>← {v.back}</Link>
      </p>
      <h1 id="page-title">{correcting ? v.correctTitle(correcting.ref) : t.newDisclosure}</h1>
      <form
        onSubmit={onSubmit}
        noValidate
        className="disclosure-form"
        aria-labelledby="page-title"
        onKeyDown={submitOnCtrlEnter(onSubmit)}
      >
        <fieldset className="card">
          <legend>{t.fields.recipient}</legend>
          <Field label={v.directoryEntry} hint={v.directoryHint} error={err('recipientId')}>
            {(p) => (
              <select {...p} {...register('recipientId')}>
                <option value="">{v.newRecipient}</option>
                {directory.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.name} ({t.recipientKinds[r.kind]})
                  </option>
                ))}
              </select>
            )}
          </Field>
          {!recipientId && (
            <>
              <div className="form-row">
                <Field label={v.name} error={err('recipient.name')}>
                  {(p) => <input {...p} autoFocus {...register('recipient.name')} />}
                </Field>
                <Field label={t.fields.recipientKind} error={err('recipient.kind')}>
                  {(p) => (
                    <select {...p} {...register('recipient.kind')}>
                      <Options values={RECIPIENT_KINDS} label={(k) => t.recipientKinds[k]} />
                    </select>
                  )}
                </Field>
                <Field label={t.fields.country} hint={v.countryHint} error={err('recipient.country')}>
                  {(p) => <input {...p} maxLength={2} size={4} {...register('recipient.country')} />}
                </Field>
              </div>
              <Field label={t.fields.contact} error={err('recipient.contact')}>
                {(p) => <input {...p} {...register('recipient.contact')} />}
              </Field>
              <div className="form-row">
                <label className="checkbox">
                  <input type="checkbox" {...register('recipient.thirdCountry')} /> {t.fields.thirdCountry}
                </label>
                {thirdCountry && (
                  <Field label={t.fields.safeguard} error={err('recipient.safeguard')}>
                    {(p) => (
                      <select {...p} {...register('recipient.safeguard')}>
                        <option value="">{v.choose}</option>
                        <Options values={TRANSFER_SAFEGUARDS} label={(g) => t.safeguards[g]} />
                      </select>
                    )}
                  </Field>
                )}
              </div>
            </>
          )}
        </fieldset>

        <fieldset className="card">
          <legend>{v.whatTitle}</legend>
          <div className="form-row">
            <Field label={t.fields.date} error={err('date')}>
              {(p) => <input {...p} type="date" {...register('date')} />}
            </Field>
            <Field label={t.fields.time} error={err('time')}>
              {(p) => <input {...p} type="time" {...register('time')} />}
            </Field>
            <Field label={t.fields.ground} error={err('ground')}>
              {(p) => (
                <select {...p} {...register('ground')}>
                  <option value="">{v.choose}</option>
                  <Options values={DISCLOSURE_GROUNDS} label={(g) => t.grounds[g]} />
                </select>
              )}
            </Field>
          </div>
          <Field label={t.fields.groundNote} hint={ground === 'legitimate-interest' ? v.balancingHint : undefined} error={err('groundNote')}>
            {(p) => <textarea {...p} rows={2} {...register('groundNote')} />}
          </Field>
          <div className="form-row">
            <Field label={t.fields.reference} hint={v.referenceHint} error={err('reference')}>
              {(p) => <input {...p} {...register('reference')} />}
            </Field>
            <Field label={t.fields.caseRef} error={err('caseRef')}>
              {(p) => <input {...p} {...register('caseRef')} />}
            </Field>
          </div>
          <fieldset className="disclosure-categories">
            <legend>{t.fields.categories}</legend>
            <div className="checkbox-grid">
              {DATA_CATEGORIES.map((c) => (
                <label key={c} className="checkbox">
                  <input type="checkbox" value={c} {...register('categories')} /> {t.categories[c]}
                </label>
              ))}
            </div>
            {err('categories') && (
              <p className="field__error" role="alert">
                {err('categories')}
              </p>
            )}
          </fieldset>
          <div className="form-row">
            <Field label={t.fields.approvedBy} error={err('approvedBy')}>
              {(p) => <input {...p} {...register('approvedBy')} />}
            </Field>
            <Field label={t.fields.approvedOn} error={err('approvedOn')}>
              {(p) => <input {...p} type="date" {...register('approvedOn')} />}
            </Field>
          </div>
          {PUBLIC_AUTHORITY_KINDS.includes(kind) && (
            <label className="checkbox">
              <input type="checkbox" {...register('inquiry')} /> {t.fields.inquiry}
              <span className="field__hint"> {v.inquiryHint}</span>
            </label>
          )}
          {err('inquiry') && (
            <p className="field__error" role="alert">
              {err('inquiry')}
            </p>
          )}
        </fieldset>

        <fieldset className="card">
          <legend>{t.columns.subjects}</legend>
          <p className="field__hint">{v.subjectsHint}</p>
          <div className="form-row">
            <Controller
              control={control}
              name="subjects.emails"
              render={({ field }) => <ListInput label={t.fields.subjectEmails} value={field.value} onChange={field.onChange} error={err('subjects.emails')} />}
            />
            <Controller
              control={control}
              name="subjects.customerIds"
              render={({ field }) => <ListInput label={t.fields.customerIds} value={field.value} onChange={field.onChange} error={err('subjects.customerIds')} />}
            />
          </div>
          <div className="form-row">
            <Controller
              control={control}
              name="subjects.requestRefs"
              render={({ field }) => <ListInput label={t.fields.requestRefs} hint={v.requestRefsHint} value={field.value} onChange={field.onChange} error={err('subjects.requestRefs')} />}
            />
            <Field label={t.fields.bulkCount} error={err('subjects.bulkCount')}>
              {(p) => <input {...p} inputMode="numeric" {...register('subjects.bulkCount')} />}
            </Field>
          </div>
          {err('subjects') && (
            <p className="field__error" role="alert">
              {err('subjects')}
            </p>
          )}
        </fieldset>

        <fieldset className="card">
          <legend>{t.fields.secrecy}</legend>
          <div className="form-row">
            <Field label={t.fields.secrecy} error={err('secrecy.decision')}>
              {(p) => (
                <select {...p} {...register('secrecy.decision')}>
                  <Options values={SECRECY} label={(d) => t.secrecy[d]} />
                </select>
              )}
            </Field>
            {decision === 'secret-until' && (
              <Field label={t.fields.secretUntil} error={err('secrecy.until')}>
                {(p) => <input {...p} type="date" {...register('secrecy.until')} />}
              </Field>
            )}
            <Field label={t.fields.subjectToldOn} error={err('subjectToldOn')}>
              {(p) => <input {...p} type="date" {...register('subjectToldOn')} />}
            </Field>
          </div>
          {decision !== 'may-tell' && (
            <Field label={t.fields.secrecyGround} error={err('secrecy.ground')}>
              {(p) => <textarea {...p} rows={2} {...register('secrecy.ground')} />}
            </Field>
          )}
        </fieldset>

        {FLOW_KINDS.includes(kind) && (
          <fieldset className="card">
            <legend>{t.fields.flow}</legend>
            <label className="checkbox">
              <input type="checkbox" {...register('recurring')} /> {v.recurringLabel}
            </label>
            {recurring && (
              <>
                <div className="form-row">
                  <Field label={t.fields.frequency} error={err('flow.frequency')}>
                    {(p) => (
                      <select {...p} {...register('flow.frequency')}>
                        <Options values={FLOW_FREQUENCIES} label={(f) => t.frequencies[f]} />
                      </select>
                    )}
                  </Field>
                  <Field label={t.fields.flowFrom} error={err('flow.from')}>
                    {(p) => <input {...p} type="date" {...register('flow.from')} />}
                  </Field>
                  <Field label={t.fields.flowTo} error={err('flow.to')}>
                    {(p) => <input {...p} type="date" {...register('flow.to')} />}
                  </Field>
                </div>
                <Field label={v.flowDescription} error={err('flow.description')}>
                  {(p) => <input {...p} {...register('flow.description')} />}
                </Field>
              </>
            )}
          </fieldset>
        )}

        {correcting && (
          <fieldset className="card">
            <legend>{t.correct}</legend>
            <Field label={t.correctionReason} error={err('reason')}>
              {(p) => <textarea {...p} rows={2} {...register('reason')} />}
            </Field>
          </fieldset>
        )}
        <fieldset className="card">
          <legend>{t.fields.files}</legend>
          {correcting && correcting.files.length > 0 && <p className="field__hint">{v.filesKept(correcting.files.length)}</p>}
          <FileField label={correcting ? v.filesAddLabel : v.filesLabel} hint={v.filesHint} error={err('files')} multiple onFiles={setFiles} />
        </fieldset>
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
 * The core names a list item's error by its index (subjects.requestRefs.0: "There is no request
 * …"); the form shows a list in one field, so the message goes to that field.
 */
function collapseItemPaths(err: unknown): unknown {
  if (!(err instanceof BridgeCallError) || !err.apiError.fieldErrors) return err;
  const fieldErrors: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(err.apiError.fieldErrors)) {
    // subjects.requestRefs.0 → subjects.requestRefs; files.0.base64 → files.
    const field = path.replace(/\.\d+(\..*)?$/, '');
    fieldErrors[field] = [...(fieldErrors[field] ?? []), ...messages];
  }
  return new BridgeCallError({ ...err.apiError, fieldErrors });
}

/** The first message at `path` or below it (an array's items carry their own). */
function errorAt(errors: FieldErrors<DisclosureFormValues>, path: string): string | undefined {
  const node = get(errors, path) as unknown;
  if (!node || typeof node !== 'object') return undefined;
  const own = (node as { message?: unknown }).message;
  if (typeof own === 'string') return own;
  const root = (node as { root?: { message?: string } }).root?.message;
  if (root) return root;
  if (Array.isArray(node)) for (const item of node) if (item && typeof item.message === 'string') return item.message as string;
  return undefined;
}

/** One value per line (or comma): e-mail addresses, customer numbers, request references. */
function ListInput({ label, hint, value, onChange, error }: { label: string; hint?: string; value: string[]; onChange: (v: string[]) => void; error?: string }) {
  const [text, setText] = useState(value.join('\n'));
  return (
    <Field label={label} hint={hint ?? s.disclosures.screens.onePerLine} error={error}>
      {(p) => (
        <textarea
          {...p}
          rows={2}
          value={text}
          onChange={(ev) => {
            setText(ev.target.value);
            onChange(
              ev.target.value
                .split(/[\n,;]/)
                .map((x) => x.trim())
                .filter(Boolean),
            );
          }}
        />
      )}
    </Field>
  );
}
