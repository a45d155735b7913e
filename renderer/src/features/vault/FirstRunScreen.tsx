import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { z } from 'zod';
import { createVaultInput } from '../../../../shared/model/vault';
import { useBridge } from '../../bridge/BridgeContext';
import { BridgeCallError } from '../../bridge/BridgeContext';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';

type Values = z.input<typeof createVaultInput>;

export function FirstRunScreen({ onCreated }: { onCreated: (recoveryCode: string) => void }) {
  const bridge = useBridge();
  const { register, handleSubmit, setError, formState } = useForm<Values>({ resolver: zodResolver(createVaultInput), defaultValues: { passphrase: '', confirm: '' } });
  const onSubmit = handleSubmit(async (values) => {
    const res = await bridge.call('vault.create', values);
    if (res.ok) onCreated(res.result.recoveryCode);
    else applyServerError(new BridgeCallError(res.error), setError, ['passphrase', 'confirm']);
  });
  const e = formState.errors;
  return (
    <div className="center-card">
      <h1>{s.firstRun.title}</h1>
      <p>{s.firstRun.intro}</p>
      <form onSubmit={onSubmit} noValidate>
        <Field label={s.firstRun.passphrase} hint={s.firstRun.passphraseHint} error={e.passphrase?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" autoFocus {...register('passphrase')} />}
        </Field>
        <Field label={s.firstRun.confirm} error={e.confirm?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...register('confirm')} />}
        </Field>
        <FormError message={e.root?.server?.message} />
        <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? s.firstRun.working : s.firstRun.submit}
        </button>
      </form>
    </div>
  );
}
