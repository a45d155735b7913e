import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { changePassphraseInput, type AppStatus } from '../../../../shared/model/vault';
import { useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { RecoveryCodePanel } from '../vault/RecoveryCodePanel';

export function SecuritySettings({ status, onStatus }: { status: AppStatus; onStatus: (s: AppStatus) => void }) {
  return (
    <section className="card" aria-labelledby="security-title">
      <h2 id="security-title">{s.settings.security}</h2>
      <DeviceUnlockToggle status={status} onStatus={onStatus} />
      <ChangePassphraseForm />
      <NewRecoveryCodeForm onStatus={onStatus} />
    </section>
  );
}

/** Only where the host has a real OS keychain (Electron, not Linux basic_text, not browser mode). */
function DeviceUnlockToggle({ status, onStatus }: { status: AppStatus; onStatus: (s: AppStatus) => void }) {
  const toggle = useOpMutation('vault.setDeviceUnlock', { onSuccess: onStatus });
  const device = status.deviceUnlock;
  if (!device) return null;
  return (
    <div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={device.enabled}
          disabled={(!device.available && !device.enabled) || toggle.isPending}
          onChange={(e) => toggle.mutate({ enabled: e.target.checked })}
        />{' '}
        {s.settings.deviceUnlock}
      </label>
      <p className="field__hint">{device.available ? s.settings.deviceUnlockHint : device.reason}</p>
      <FormError message={toggle.error?.message} />
    </div>
  );
}

function ChangePassphraseForm() {
  const change = useOpMutation('vault.changePassphrase');
  const [done, setDone] = useState(false);
  const { register, handleSubmit, setError, formState, reset } = useForm<z.input<typeof changePassphraseInput>>({
    resolver: zodResolver(changePassphraseInput),
    defaultValues: { current: '', next: '', confirm: '' },
  });
  const e = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    setDone(false);
    try {
      await change.mutateAsync(values);
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

const recoverySchema = z.object({ passphrase: z.string().min(1, { error: () => s.common.enterPassphrase }) });

function NewRecoveryCodeForm({ onStatus }: { onStatus: (s: AppStatus) => void }) {
  const issue = useOpMutation('vault.newRecoveryCode');
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
      const r = await issue.mutateAsync(values);
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
