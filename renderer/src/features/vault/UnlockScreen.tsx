import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { resetWithRecoveryInput, type AppStatus } from '../../../../shared/model/vault';
import { BridgeCallError, useBridge } from '../../bridge/BridgeContext';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';

const passphraseOnly = z.object({ passphrase: z.string().min(1, { error: () => s.common.enterPassphrase }) });

export function UnlockScreen({
  overlay,
  deviceUnlock,
  onUnlocked,
  onRecoveryReset,
}: {
  overlay: boolean;
  deviceUnlock: boolean;
  onUnlocked: (status: AppStatus) => void;
  onRecoveryReset: (recoveryCode: string, status: AppStatus) => void;
}) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  return (
    <div className={overlay ? 'lock-overlay' : undefined}>
      <div className="center-card" role="dialog" aria-modal={overlay} aria-labelledby="unlock-title">
        <h1 id="unlock-title">{s.unlock.title}</h1>
        {overlay && <p>{s.unlock.lockedIdle}</p>}
        {deviceUnlock && mode === 'passphrase' && <DeviceUnlockButton onUnlocked={onUnlocked} />}
        {mode === 'passphrase' ? (
          <PassphraseForm onUnlocked={onUnlocked} />
        ) : (
          <RecoveryForm onDone={onRecoveryReset} />
        )}
        <button type="button" className="button--link" onClick={() => setMode(mode === 'passphrase' ? 'recovery' : 'passphrase')}>
          {mode === 'passphrase' ? s.unlock.useRecovery : s.unlock.usePassphrase}
        </button>
      </div>
    </div>
  );
}

function DeviceUnlockButton({ onUnlocked }: { onUnlocked: (status: AppStatus) => void }) {
  const bridge = useBridge();
  const [error, setError] = useState<string>();
  return (
    <div>
      <button
        type="button"
        className="button--primary"
        onClick={() =>
          void bridge.call('vault.unlock', { device: true }).then((res) => (res.ok ? onUnlocked(res.result) : setError(res.error.message)))
        }
      >
        {s.unlock.withDevice}
      </button>
      <FormError message={error} />
    </div>
  );
}

function PassphraseForm({ onUnlocked }: { onUnlocked: (status: AppStatus) => void }) {
  const bridge = useBridge();
  const { register, handleSubmit, setError, formState, resetField } = useForm<z.input<typeof passphraseOnly>>({
    resolver: zodResolver(passphraseOnly),
    defaultValues: { passphrase: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    const res = await bridge.call('vault.unlock', values);
    if (res.ok) onUnlocked(res.result);
    else {
      resetField('passphrase', { keepError: true });
      applyServerError(new BridgeCallError(res.error), setError, ['passphrase']);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate>
      <Field label={s.unlock.passphrase} error={formState.errors.passphrase?.message}>
        {(p) => <input {...p} type="password" autoComplete="current-password" autoFocus {...register('passphrase')} />}
      </Field>
      <FormError message={formState.errors.root?.server?.message} />
      <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? s.unlock.working : s.unlock.submit}
      </button>
    </form>
  );
}

function RecoveryForm({ onDone }: { onDone: (code: string, status: AppStatus) => void }) {
  const bridge = useBridge();
  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof resetWithRecoveryInput>>({
    resolver: zodResolver(resetWithRecoveryInput),
    defaultValues: { recoveryCode: '', next: '', confirm: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    const res = await bridge.call('vault.resetWithRecovery', values);
    if (!res.ok) return applyServerError(new BridgeCallError(res.error), setError, ['recoveryCode', 'next', 'confirm']);
    const status = await bridge.call('app.status', {});
    if (status.ok) onDone(res.result.recoveryCode, status.result);
  });
  const e = formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Field label={s.unlock.recoveryCode} error={e.recoveryCode?.message}>
        {(p) => <input {...p} autoComplete="off" spellCheck={false} autoFocus {...register('recoveryCode')} />}
      </Field>
      <Field label={s.unlock.newPassphrase} hint={s.firstRun.passphraseHint} error={e.next?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" {...register('next')} />}
      </Field>
      <Field label={s.unlock.confirm} error={e.confirm?.message}>
        {(p) => <input {...p} type="password" autoComplete="new-password" {...register('confirm')} />}
      </Field>
      <FormError message={e.root?.server?.message} />
      <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
        {s.unlock.resetSubmit}
      </button>
    </form>
  );
}
