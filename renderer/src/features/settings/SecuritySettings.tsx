import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { changePassphraseInput, type AppStatus } from '../../../../shared/model/vault';
import { useCall } from '../../bridge/BridgeContext';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { RecoveryCodePanel } from '../vault/RecoveryCodePanel';

export function SecuritySettings({ onStatus }: { onStatus: (s: AppStatus) => void }) {
  return (
    <section className="card" aria-labelledby="security-title">
      <h2 id="security-title">{s.settings.security}</h2>
      <ChangePassphraseForm />
      <NewRecoveryCodeForm onStatus={onStatus} />
    </section>
  );
}

function ChangePassphraseForm() {
  const call = useCall();
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, formState, reset } = useForm<z.input<typeof changePassphraseInput>>({
    resolver: zodResolver(changePassphraseInput),
    defaultValues: { current: '', next: '', confirm: '' },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setDone(false);
    try {
      await call('vault.changePassphrase', values);
      reset();
      setDone(true);
    } catch (err) {
      applyServerError(err, setError, ['current', 'next', 'confirm']);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Field label={s.settings.currentPassphrase} error={e.current?.message}>
        {(p) => <input {...p} type="password" autoComplete="current-password" {...register('current')} />}
      </Field>
      <div className="form-row">
        <Field label={s.settings.newPassphrase} hint={s.firstRun.passphraseHint} error={e.next?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...register('next')} />}
        </Field>
        <Field label={s.settings.confirmPassphrase} error={e.confirm?.message}>
          {(p) => <input {...p} type="password" autoComplete="new-password" {...register('confirm')} />}
        </Field>
      </div>
      <FormError message={e.root?.server?.message} />
      <div className="actions">
        <button type="submit" disabled={formState.isSubmitting}>
          {s.settings.changePassphrase}
        </button>
        {done && <span role="status" className="saved-note">{s.settings.passphraseChanged}</span>}
      </div>
    </form>
  );
}

const recoverySchema = z.object({ passphrase: z.string().min(1, 'Enter your passphrase.') });

function NewRecoveryCodeForm({ onStatus }: { onStatus: (s: AppStatus) => void }) {
  const call = useCall();
  const [code, setCode] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, reset } = useForm<z.input<typeof recoverySchema>>({
    resolver: zodResolver(recoverySchema),
    defaultValues: { passphrase: '' },
  });
  if (code) {
    return (
      <RecoveryCodePanel
        code={code}
        onDone={(status) => {
          setCode(null);
          onStatus(status);
        }}
      />
    );
  }
  const onSubmit = handleSubmit(async (values) => {
    try {
      const r = await call('vault.newRecoveryCode', values);
      reset();
      setCode(r.recoveryCode);
    } catch (err) {
      applyServerError(err, setError, ['passphrase']);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <h3>{s.settings.newRecoveryTitle}</h3>
      <p className="field__hint">{s.settings.newRecoveryBody}</p>
      <Field label={s.settings.passphraseForRecovery} error={formState.errors.passphrase?.message}>
        {(p) => <input {...p} type="password" autoComplete="current-password" {...register('passphrase')} />}
      </Field>
      <FormError message={formState.errors.root?.server?.message} />
      <button type="submit" disabled={formState.isSubmitting}>
        {s.settings.issueRecovery}
      </button>
    </form>
  );
}
