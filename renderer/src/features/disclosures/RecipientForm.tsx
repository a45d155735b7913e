// Correcting a recipients directory entry: the whole entry over the shared schema (react-hook-form
// + zodResolver), field-level errors from the form and from the core, a reason for the version,
// and the entry's earlier versions with who, when and why.
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { RECIPIENT_KINDS, TRANSFER_SAFEGUARDS, recipientCorrectInput, type RecipientDetail, type RecipientKind, type TransferSafeguard } from '../../../../shared/model/disclosure';
import { useOp, useOpMutation } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { applyServerError } from '../../ui/form-errors';
import { DISCLOSURE_READS } from './reads';
import { submitOnCtrlEnter } from '../../ui/form-keys';

const t = s.disclosures;

interface RecipientFormValues {
  name: string;
  kind: RecipientKind;
  country: string;
  contact: string;
  thirdCountry: boolean;
  safeguard: TransferSafeguard | '';
  reason: string;
}

const SERVER_FIELDS = ['name', 'kind', 'country', 'contact', 'safeguard', 'reason'];

function toInput(values: RecipientFormValues, r: RecipientDetail) {
  return {
    id: r.id,
    expectedVersion: r.version,
    name: values.name,
    kind: values.kind,
    country: values.country.trim() ? values.country.trim().toUpperCase() : null,
    contact: values.contact.trim() || null,
    thirdCountry: values.thirdCountry,
    // A safeguard only means something for a third country; a hidden select must not count.
    safeguard: values.thirdCountry && values.safeguard ? values.safeguard : null,
    reason: values.reason,
  };
}

export function RecipientCorrection({ id, onDone }: { id: string; onDone: (saved: RecipientDetail | null) => void }) {
  const loaded = useOp('disclosure.recipient', { id });
  if (loaded.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  return <RecipientForm key={`${loaded.data.id}:${loaded.data.version}`} recipient={loaded.data} onDone={onDone} />;
}

function RecipientForm({ recipient: r, onDone }: { recipient: RecipientDetail; onDone: (saved: RecipientDetail | null) => void }) {
  const v = t.screens;
  const correct = useOpMutation('disclosure.correctRecipient', { invalidates: [...DISCLOSURE_READS, 'disclosure.recipient'] });
  const resolver: Resolver<RecipientFormValues> = async (values, context, options) => {
    const judged = await (zodResolver(recipientCorrectInput) as unknown as Resolver<RecipientFormValues>)(toInput(values, r) as unknown as RecipientFormValues, context, options);
    return Object.keys(judged.errors).length > 0 ? judged : { values, errors: {} };
  };
  const { register, handleSubmit, setError, formState, control } = useForm<RecipientFormValues>({
    resolver,
    defaultValues: { name: r.name, kind: r.kind, country: r.country ?? '', contact: r.contact ?? '', thirdCountry: r.thirdCountry, safeguard: r.safeguard ?? '', reason: '' },
  });
  const e = formState.errors;
  const thirdCountry = useWatch({ control, name: 'thirdCountry' });
  const onSubmit = handleSubmit(async (values) => {
    try {
      onDone(await correct.mutateAsync(toInput(values, r)));
    } catch (ex) {
      applyServerError(ex, setError, SERVER_FIELDS);
    }
  });

  return (
    <section className="card recipient-correction" aria-labelledby="recipient-correction-title">
      <h2 id="recipient-correction-title">{v.correctRecipientTitle(r.name)}</h2>
      <p className="field__hint">
        {v.versionOf(r.version)} · {v.recipientDisclosures(r.disclosures)}
      </p>
      <form
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="recipient-correction-title"
        onKeyDown={submitOnCtrlEnter(onSubmit, (ev) => {
          if (ev.key === 'Escape') onDone(null);
        })}
      >
        <div className="form-row">
          <Field label={v.name} error={e.name?.message}>
            {(p) => <input {...p} autoFocus {...register('name')} />}
          </Field>
          <Field label={t.fields.recipientKind} hint={v.recipientKindHint} error={e.kind?.message}>
            {(p) => (
              <select {...p} {...register('kind')}>
                <Options values={RECIPIENT_KINDS} label={(k) => t.recipientKinds[k]} />
              </select>
            )}
          </Field>
          <Field label={t.fields.country} hint={v.countryHint} error={e.country?.message}>
            {(p) => <input {...p} maxLength={2} size={4} {...register('country')} />}
          </Field>
        </div>
        <Field label={t.fields.contact} error={e.contact?.message}>
          {(p) => <input {...p} {...register('contact')} />}
        </Field>
        <div className="form-row">
          <label className="checkbox">
            <input type="checkbox" {...register('thirdCountry')} /> {t.fields.thirdCountry}
          </label>
          {thirdCountry && (
            <Field label={t.fields.safeguard} error={e.safeguard?.message}>
              {(p) => (
                <select {...p} {...register('safeguard')}>
                  <option value="">{v.choose}</option>
                  <Options values={TRANSFER_SAFEGUARDS} label={(g) => t.safeguards[g]} />
                </select>
              )}
            </Field>
          )}
        </div>
        <Field label={t.correctionReason} error={e.reason?.message}>
          {(p) => <textarea {...p} rows={2} {...register('reason')} />}
        </Field>
        <FormError message={e.root?.server?.message} />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? v.saving : v.saveCorrection}
          </button>
          <button type="button" onClick={() => onDone(null)}>
            {v.cancel}
          </button>
          <span className="field__hint">{v.submitHint}</span>
        </div>
      </form>
      <h3>{t.fields.versions}</h3>
      <ol className="disclosure-versions" data-testid="recipient-versions">
        {r.versions.map((ver) => (
          <li key={ver.version}>
            <strong>{v.versionOf(ver.version)}</strong> <span className="field__hint">{v.recordedAt(formatDay(ver.at.slice(0, 10)), ver.by)}</span>
            {' · '}
            <UserText>{ver.content.name}</UserText> ({t.recipientKinds[ver.content.kind]}
            {ver.content.country ? `, ${ver.content.country}` : ''})
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
