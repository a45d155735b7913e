// A record's retention hold, on its own page (a request, a disclosure, a breach): whether it is
// kept past its retention period and why, and the form to put it on hold or change the hold (a
// legal claim, a complaint pending; GDPR Art. 17(3)(e)). One card for every register.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { retentionHoldInput } from '../../../../shared/model/retention';
import { useOp, useOpMutation } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { applyServerError } from '../../ui/form-errors';
import { submitOnCtrlEnter } from '../../ui/form-keys';

export function HoldCard({ refValue, today }: { refValue: string; today: string }) {
  const t = s.retention.hold;
  const hold = useOp('retention.holdOf', { ref: refValue });
  const [editing, setEditing] = useState(false);
  if (hold.isPending) return <Loading />;
  if (hold.isError) return <ErrorPanel error={hold.error.apiError} onRetry={() => void hold.refetch()} />;
  const h = hold.data;
  return (
    <section className="card" aria-labelledby="hold-title" data-testid="retention-hold">
      <h2 id="hold-title">{t.title}</h2>
      {h ? (
        <p>
          {t.heldUntil(formatDay(h.until, { today }))} <UserText>{h.reason}</UserText>
        </p>
      ) : (
        <p className="field__hint">{t.none}</p>
      )}
      {editing ? (
        <HoldForm refValue={refValue} until={h?.until ?? ''} reason={h?.reason ?? ''} onDone={() => setEditing(false)} />
      ) : (
        <button type="button" onClick={() => setEditing(true)}>
          {h ? t.change : t.put}
        </button>
      )}
    </section>
  );
}

function HoldForm({ refValue, until, reason, onDone }: { refValue: string; until: string; reason: string; onDone: () => void }) {
  const t = s.retention.hold;
  const save = useOpMutation('retention.hold', { invalidates: ['retention.holdOf', 'retention.preview'] });
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof retentionHoldInput>>({
    resolver: zodResolver(retentionHoldInput),
    defaultValues: { ref: refValue, until, reason },
  });
  const onSubmit = handleSubmit(async (values) => {
    try {
      await save.mutateAsync(values);
      onDone();
    } catch (err) {
      applyServerError(err, setError, ['until', 'reason']);
    }
  });
  return (
    <form onSubmit={onSubmit} onKeyDown={submitOnCtrlEnter(onSubmit)} noValidate>
      <Field label={t.until} error={formState.errors.until?.message}>
        {(p) => <input {...p} type="date" {...register('until')} />}
      </Field>
      <Field label={t.reason} hint={t.reasonHint} error={formState.errors.reason?.message}>
        {(p) => <textarea {...p} rows={2} {...register('reason')} />}
      </Field>
      <FormError message={formState.errors.root?.server?.message} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {t.save}
        </button>
        <button type="button" onClick={onDone}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
