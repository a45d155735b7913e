// The next steps for a request: one button per action the state machine allows now, each opening
// a small form with exactly the fields that action needs. Validation is the contract's own schema.
import { useState } from 'react';
import { get, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import {
  ART19_OUTCOMES,
  PAUSE_FOR,
  REFUSAL_GROUNDS,
  VERIFICATION_METHODS,
  requestTransitionInput,
  type AvailableAction,
  type RequestAction,
  type RequestDetail,
  type RequestTransition,
  type RequestTransitionInput,
} from '../../../../shared/model/request';
import { BridgeCallError } from '../../bridge/BridgeContext';
import { useRequestChange } from './request-mutations';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';

const t = s.requests;
const a = t.action;

export function ActionPanel({ detail, today }: { detail: RequestDetail; today: string }) {
  const [open, setOpen] = useState<AvailableAction | null>(null);
  if (detail.availableActions.length === 0) return <p className="field__hint">{t.detail.noActions}</p>;
  return (
    <div>
      <div className="action-buttons">
        {detail.availableActions.map((act) => (
          <button
            key={act.action}
            type="button"
            disabled={Boolean(act.disabledReason)}
            title={act.disabledReason ?? undefined}
            aria-expanded={open?.action === act.action}
            onClick={() => setOpen(open?.action === act.action ? null : act)}
          >
            {t.actionLabels[act.action]}
          </button>
        ))}
      </div>
      {detail.availableActions
        .filter((act) => act.disabledReason)
        .map((act) => (
          <p key={act.action} className="field__hint">
            {t.actionLabels[act.action]}: {act.disabledReason}
          </p>
        ))}
      {open && (
        <ActionForm
          key={`${open.action}-${detail.version}`}
          action={open}
          detail={detail}
          today={today}
          onCancel={() => setOpen(null)}
          onDone={() => setOpen(null)}
        />
      )}
    </div>
  );
}

/**
 * The form's starting values for `action`: typed as that action's member of the contract's
 * input union, so a field name or value the contract does not know is a compile error here.
 */
function defaults(action: RequestAction, detail: RequestDetail, today: string): RequestTransitionInput {
  const base = { ref: detail.ref, expectedVersion: detail.version, note: '' };
  switch (action) {
    case 'start':
      return { ...base, action };
    case 'verify':
      return { ...base, action, method: 'account-email', on: today, by: '' };
    case 'pause':
      return { ...base, action, reason: 'identity', on: today };
    case 'resume':
    case 'withdraw':
      return { ...base, action, on: today };
    case 'extend':
      return { ...base, action, extensionNoticeSentOn: today, reasons: '' };
    case 'respond':
      return { ...base, action, on: today, summary: '' };
    case 'close':
      return { ...base, action, art19: (detail.art19?.listing.recipients ?? []).map((r) => ({ recipientId: r.id, outcome: 'notified', notifiedOn: today, reason: '' })) };
    case 'refuse':
      return { ...base, action, ground: 'manifestly-unfounded', on: today, reason: '' };
    case 'mark-duplicate':
      return { ...base, action, originalRef: '' };
  }
}

function ActionForm({ action, detail, today, onCancel, onDone }: { action: AvailableAction; detail: RequestDetail; today: string; onCancel: () => void; onDone: () => void }) {
  const transition = useRequestChange('request.transition');
  const { register, handleSubmit, setError, formState } = useForm<RequestTransitionInput, unknown, RequestTransition>({
    resolver: zodResolver(requestTransitionInput),
    defaultValues: defaults(action.action, detail, today),
  });
  const e = formState.errors;
  // Errors are nested by path (art19[0].notifiedOn); `get` reads dotted paths.
  const err = (name: string): string | undefined => (get(formState.errors, name) as { message?: string } | undefined)?.message;
  const [conflict, setConflict] = useState(false);
  const onSubmit = handleSubmit(async (values) => {
    try {
      await transition.mutateAsync(values);
      onDone();
    } catch (ex) {
      if (ex instanceof BridgeCallError && ex.apiError.code === 'CONFLICT') {
        setConflict(true);
        return;
      }
      applyServerError(ex, setError, [...action.fields, ...(detail.art19?.listing.recipients ?? []).flatMap((_, i) => [`art19.${i}.notifiedOn`, `art19.${i}.reason`, `art19.${i}.outcome`, `art19.${i}.recipientId`])]);
    }
  });
  const recipients = detail.art19?.listing.recipients ?? [];
  return (
    <form onSubmit={onSubmit} noValidate className="action-form card" aria-label={t.actionLabels[action.action]}>
      <h3>{t.actionLabels[action.action]}</h3>
      {conflict && <p className="form-error">{t.detail.conflict}</p>}
      {action.fields.map((f) => {
        switch (f) {
          case 'on':
            return (
              <Field key={f} label={a.on} error={err(f)}>
                {(p) => <input {...p} type="date" {...register('on')} />}
              </Field>
            );
          case 'extensionNoticeSentOn':
            return (
              <Field key={f} label={a.extensionNoticeSentOn} error={err(f)}>
                {(p) => <input {...p} type="date" {...register('extensionNoticeSentOn')} />}
              </Field>
            );
          case 'method':
            return (
              <Field key={f} label={a.method} error={err(f)}>
                {(p) => (
                  <select {...p} {...register('method')}>
                    <Options values={VERIFICATION_METHODS} label={(m) => t.verificationLabels[m]} />
                  </select>
                )}
              </Field>
            );
          case 'by':
            return (
              <Field key={f} label={a.by} error={err(f)}>
                {(p) => <input {...p} {...register('by')} />}
              </Field>
            );
          case 'reason':
            return action.action === 'pause' ? (
              <Field key={f} label={a.reason} error={err(f)}>
                {(p) => (
                  <select {...p} {...register('reason')}>
                    <Options values={PAUSE_FOR} label={(r) => a.pauseReasons[r]} />
                  </select>
                )}
              </Field>
            ) : (
              <Field key={f} label={a.refuseReason} error={err(f)}>
                {(p) => <textarea {...p} rows={3} {...register('reason')} />}
              </Field>
            );
          case 'reasons':
            return (
              <Field key={f} label={a.reasons} error={err(f)}>
                {(p) => <textarea {...p} rows={3} {...register('reasons')} />}
              </Field>
            );
          case 'summary':
            return (
              <Field key={f} label={a.summary} error={err(f)}>
                {(p) => <textarea {...p} rows={3} {...register('summary')} />}
              </Field>
            );
          case 'ground':
            return (
              <Field key={f} label={a.ground} error={err(f)}>
                {(p) => (
                  <select {...p} {...register('ground')}>
                    <Options values={REFUSAL_GROUNDS} label={(g) => `${t.refusalGroundLabels[g]} (${t.refusalGroundArticles[g]})`} />
                  </select>
                )}
              </Field>
            );
          case 'originalRef':
            return (
              <Field key={f} label={a.originalRef} error={err(f)}>
                {(p) => <input {...p} placeholder="DSR-2026-00001" {...register('originalRef')} />}
              </Field>
            );
          case 'keepIdDocumentsReason':
            // Asked only while such a scan is still stored (the service refuses to close otherwise).
            return detail.attachments.some((x) => x.deleteAfterVerification && !x.deletedAt) ? (
              <Field key={f} label={a.keepIdDocumentsReason} error={err(f)}>
                {(p) => <textarea {...p} rows={2} {...register('keepIdDocumentsReason')} />}
              </Field>
            ) : null;
          case 'note':
            return (
              <Field key={f} label={a.note} error={err(f)}>
                {(p) => <textarea {...p} rows={2} {...register('note')} />}
              </Field>
            );
          case 'art19':
            return (
              <fieldset key={f} className="art19-fieldset">
                <legend>{t.detail.art19}</legend>
                {detail.art19 && <p className="field__hint">{detail.art19.listing.sourceNote}</p>}
                {recipients.length === 0 && <p className="field__hint">{a.art19None}</p>}
                {err('art19') && (
                  <p className="field__error" role="alert">
                    {err('art19')}
                  </p>
                )}
                {recipients.map((r, i) => (
                  <div key={r.id} className="form-row">
                    <input type="hidden" {...register(`art19.${i}.recipientId`)} />
                    <Field label={a.art19Outcome(r.name)} error={err(`art19.${i}.outcome`)}>
                      {(p) => (
                        <select {...p} {...register(`art19.${i}.outcome`)}>
                          <Options values={ART19_OUTCOMES} label={(o) => a.art19Outcomes[o]} />
                        </select>
                      )}
                    </Field>
                    <Field label={a.art19NotifiedOn(r.name)} error={err(`art19.${i}.notifiedOn`)}>
                      {(p) => <input {...p} type="date" {...register(`art19.${i}.notifiedOn`)} />}
                    </Field>
                    <Field label={a.art19Reason(r.name)} error={err(`art19.${i}.reason`)}>
                      {(p) => <input {...p} {...register(`art19.${i}.reason`)} />}
                    </Field>
                  </div>
                ))}
              </fieldset>
            );
          default:
            return null;
        }
      })}
      <FormError message={e.root?.server?.message} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? a.working : a.confirm}
        </button>
        <button type="button" onClick={onCancel}>
          {a.cancel}
        </button>
      </div>
    </form>
  );
}
