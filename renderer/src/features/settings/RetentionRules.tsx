// The retention rule for everything the workbench holds, each with its legal reasoning: what the
// DPO shows a regulator. The reasoning is the DPO's own where they wrote one, else the catalog's.
// "Change the rules" opens a form over the same kinds (RETENTION_KINDS, so a kind added to the
// model appears here by itself), checked with the model's schema field by field; the change is
// saved through settings.update, which audits the old and new rules.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { RETENTION_KINDS, retentionRulesSchema, type RetentionKind, type RetentionRules as Rules } from '../../../../shared/model/retention';
import { BridgeCallError } from '../../bridge/BridgeContext';
import { useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';

export function RetentionRules({ rules }: { rules: Rules }) {
  const t = s.retention;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <section className="card" aria-labelledby="retention-title" data-testid="retention-rules">
      <h2 id="retention-title">{t.title}</h2>
      <table className="table">
        <caption className="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.kindCol}</th>
            <th scope="col">{t.periodCol}</th>
            <th scope="col">{t.reasonCol}</th>
          </tr>
        </thead>
        <tbody>
          {RETENTION_KINDS.map((k) => (
            <tr key={k}>
              <th scope="row">{t.kinds[k]}</th>
              <td>{rules[k].months === null ? t.kept : `${t.months(rules[k].months)} ${t.triggers[k]}`}</td>
              <td>{rules[k].reason ? <UserText>{rules[k].reason}</UserText> : t.reasons[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field__hint">{t.backupsNote}</p>
      <div role="status" aria-live="polite">
        {saved && !editing && <p>{t.form.saved}</p>}
      </div>
      {editing ? (
        <RulesForm
          rules={rules}
          onDone={(didSave) => {
            setEditing(false);
            setSaved(didSave);
          }}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t.form.edit}
          </button>
        </div>
      )}
    </section>
  );
}

/** The form's own shape: months as typed (text), "keep" apart, reasoning as text ('' = default). */
type FormValues = Record<RetentionKind, { months: string; keep: boolean; reason: string }>;

function toForm(rules: Rules): FormValues {
  const out = {} as FormValues;
  for (const k of RETENTION_KINDS) out[k] = { months: rules[k].months === null ? '' : String(rules[k].months), keep: rules[k].months === null, reason: rules[k].reason ?? '' };
  return out;
}

function fromForm(v: FormValues): Record<RetentionKind, { months: number | null; reason: string | null }> {
  const out = {} as Record<RetentionKind, { months: number | null; reason: string | null }>;
  // '' is no number (NaN), so the schema says "Enter a number of months." beside the field.
  for (const k of RETENTION_KINDS) out[k] = { months: v[k].keep ? null : v[k].months.trim() === '' ? NaN : Number(v[k].months), reason: v[k].reason.trim() === '' ? null : v[k].reason };
  return out;
}

function RulesForm({ rules, onDone }: { rules: Rules; onDone: (saved: boolean) => void }) {
  const t = s.retention;
  const update = useOpMutation('settings.update', { invalidates: ['settings.get', 'retention.preview'] });
  const { register, handleSubmit, setError, control, formState } = useForm<FormValues>({ defaultValues: toForm(rules) });
  const current = useWatch({ control });
  const [formError, setFormError] = useState<string>();
  const e = formState.errors;

  const submit = handleSubmit(async (values) => {
    setFormError(undefined);
    // The model's schema checks every field at once; each problem shows beside its field.
    const checked = retentionRulesSchema.safeParse(fromForm(values));
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const [kind, field] = issue.path as [RetentionKind, 'months' | 'reason'];
        setError(`${kind}.${field}`, { message: issue.message });
      }
      return;
    }
    try {
      await update.mutateAsync({ retention: checked.data });
      onDone(true);
    } catch (err) {
      if (!(err instanceof BridgeCallError)) return setFormError(s.common.unexpected);
      // The core's errors name "retention.<kind>.<field>".
      let placed = false;
      for (const [path, messages] of Object.entries(err.apiError.fieldErrors ?? {})) {
        const [, kind, field] = path.split('.') as [string, RetentionKind, 'months' | 'reason'];
        if (RETENTION_KINDS.includes(kind) && (field === 'months' || field === 'reason')) {
          setError(`${kind}.${field}`, { message: messages[0] });
          placed = true;
        }
      }
      if (!placed) setFormError(err.apiError.message);
    }
  });

  return (
    <form onSubmit={(ev) => void submit(ev)} noValidate aria-labelledby="retention-form-title" data-testid="retention-form">
      <h3 id="retention-form-title">{t.form.title}</h3>
      {RETENTION_KINDS.map((k) => {
        const keep = current[k]?.keep ?? false;
        return (
          <fieldset key={k} className="retention-rule">
            <legend>{t.kinds[k]}</legend>
            <Field label={t.form.months(t.kinds[k])} hint={t.triggers[k]} error={e[k]?.months?.message}>
              {(p) => <input {...p} type="text" inputMode="numeric" size={6} disabled={keep} {...register(`${k}.months`)} />}
            </Field>
            <label className="checkbox">
              <input type="checkbox" {...register(`${k}.keep`)} /> {t.form.keep(t.kinds[k])}
            </label>
            <Field label={t.form.reason(t.kinds[k])} hint={t.form.reasonHint} error={e[k]?.reason?.message}>
              {(p) => <textarea {...p} rows={2} placeholder={t.reasons[k]} {...register(`${k}.reason`)} />}
            </Field>
          </fieldset>
        );
      })}
      <FormError message={formError} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
          {t.form.save}
        </button>
        <button type="button" onClick={() => onDone(false)}>
          {t.form.cancel}
        </button>
      </div>
    </form>
  );
}
