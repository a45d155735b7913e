// Overriding one checklist finding: the status the DPO judges right, the note saying why (required
// for any override), and for a `present` the rules did not find, the sentences that show it. The
// shared schema validates in the form; the core checks the sentences occur in the revision.
import { get, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CHECK_STATUSES, policyOverrideInput, type ChecklistFinding, type PolicyRevisionDetail } from '../../../../shared/model/policy';
import { useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { BridgeCallError } from '../../bridge/BridgeContext';
import { POLICY_READS } from './reads';

interface Values {
  status: string;
  note: string;
  evidence: string;
}

const toInput = (r: PolicyRevisionDetail, f: ChecklistFinding, v: Values) => ({
  id: r.id,
  item: f.item,
  status: v.status === '' ? null : (v.status as ChecklistFinding['status']),
  note: v.note,
  evidence: v.evidence
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean),
});

/** The core names a quote by its index (evidence.1); the form shows the quotes in one field. */
function collapseEvidencePaths(err: unknown): unknown {
  if (!(err instanceof BridgeCallError) || !err.apiError.fieldErrors) return err;
  const fieldErrors: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(err.apiError.fieldErrors)) {
    const key = k.startsWith('evidence.') ? 'evidence' : k;
    fieldErrors[key] = [...(fieldErrors[key] ?? []), ...v];
  }
  return new BridgeCallError({ ...err.apiError, fieldErrors });
}

function firstMessage(node: unknown): { type: string; message: string } | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as { message?: unknown; type?: unknown };
  if (typeof n.message === 'string') return { type: String(n.type ?? 'validate'), message: n.message };
  for (const child of Object.values(node)) {
    const found = firstMessage(child);
    if (found) return found;
  }
  return undefined;
}

export function OverrideForm({ r, f, onDone }: { r: PolicyRevisionDetail; f: ChecklistFinding; onDone: () => void }) {
  const t = s.policy.view;
  const c = s.policyCodes;
  const save = useOpMutation('policy.override', { invalidates: POLICY_READS });
  const resolver: Resolver<Values> = async (values, context, options) => {
    const judged = await (zodResolver(policyOverrideInput) as unknown as Resolver<Values>)(toInput(r, f, values) as unknown as Values, context, options);
    // A quote's error is nested under its index (evidence.0); the form shows the quotes in one field.
    const errors = Object.fromEntries(Object.entries(judged.errors).map(([k, v]) => [k, firstMessage(v)]));
    return Object.keys(errors).length > 0 ? { values: {}, errors: errors as FieldErrors<Values> } : { values, errors: {} };
  };
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver,
    defaultValues: { status: f.override?.status ?? (f.status === 'present' ? 'missing' : 'present'), note: '', evidence: '' },
  });
  const e = formState.errors;
  const msg = (path: keyof Values) => (get(e, path) as { message?: string } | undefined)?.message;
  const onSubmit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(toInput(r, f, values));
      onDone();
    } catch (ex) {
      applyServerError(collapseEvidencePaths(ex), setError, ['status', 'note', 'evidence']);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="policy-override-form" aria-label={`${t.override}: ${c.items[f.item]}`}>
      <Field label={t.overrideStatus} error={msg('status')}>
        {(p) => (
          <select {...p} {...register('status')}>
            <Options values={CHECK_STATUSES} label={(st) => c.statuses[st]} />
            {f.override && <option value="">{t.backToAutomatic}</option>}
          </select>
        )}
      </Field>
      <Field label={c.overrideNote} error={msg('note')}>
        {(p) => <textarea {...p} rows={2} {...register('note')} />}
      </Field>
      <Field label={t.overrideEvidence} hint={t.overrideEvidenceHint} error={msg('evidence')}>
        {(p) => <textarea {...p} rows={2} {...register('evidence')} />}
      </Field>
      <FormError message={e.root?.server?.message} />
      <div className="actions">
        <button type="submit" className="button--primary button--small" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? s.common.saving : t.saveOverride}
        </button>
        <button type="button" className="button--small" onClick={onDone}>
          {s.common.cancel}
        </button>
      </div>
    </form>
  );
}
