// Restoring one of the automatic backups: listed from their manifests (no key needed, so it also
// works while locked), restored with the passphrase. Used by the damaged-database screen and by
// Settings → Backups when a check finds problems.
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import type { BackupInfo } from '../../../../shared/model/backup';
import type { ApiError } from '../../../../shared/errors';
import type { AppStatus } from '../../../../shared/model/vault';
import { BridgeCallError, useBridge } from '../../bridge/BridgeContext';
import { formatInstant, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';

const t = s.integrity.damaged;
const restoreForm = z.object({ file: z.string().min(1, t.chooseFirst), passphrase: z.string().min(1, t.passphraseMissing) });

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export function RestoreBackupForm({ onRestored }: { onRestored: (status: AppStatus) => void }) {
  const bridge = useBridge();
  const [list, setList] = useState<{ state: 'loading' } | { state: 'error'; error: ApiError } | { state: 'ready'; data: BackupInfo[] }>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    void bridge.call('backup.listAvailable', {}).then((res) => {
      if (live) setList(res.ok ? { state: 'ready', data: res.result } : { state: 'error', error: res.error });
    });
    return () => {
      live = false;
    };
  }, [bridge, tick]);

  const { register, handleSubmit, setError, formState } = useForm<z.input<typeof restoreForm>>({
    resolver: zodResolver(restoreForm),
    defaultValues: { file: '', passphrase: '' },
  });
  const onSubmit = handleSubmit(async (values) => {
    const res = await bridge.call('backup.restore', values);
    if (res.ok) onRestored(res.result);
    else applyServerError(new BridgeCallError(res.error), setError, ['file', 'passphrase']);
  });
  const e = formState.errors;

  return (
    <>
      {list.state === 'loading' && <Loading />}
      {list.state === 'error' && <ErrorPanel error={list.error} onRetry={() => setTick((n) => n + 1)} />}
      {list.state === 'ready' && list.data.length === 0 && <p className="field__hint">{t.noBackups}</p>}
      {list.state === 'ready' && list.data.length > 0 && (
        <form onSubmit={onSubmit} noValidate>
          <fieldset>
            <legend>{t.backupsTitle}</legend>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t.choose('')}</span>
                  </th>
                  <th scope="col">{t.taken}</th>
                  <th scope="col">{t.file}</th>
                  <th scope="col">{t.events}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((b) => (
                  <tr key={b.file}>
                    <td>
                      <input type="radio" value={baseName(b.file)} aria-label={t.choose(baseName(b.file))} {...register('file')} />
                    </td>
                    <td>{formatInstant(b.createdAt)}</td>
                    <td>
                      <code>{baseName(b.file)}</code>
                    </td>
                    <td>{b.auditSeq}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {e.file?.message && (
              <p className="field__error" role="alert">
                {e.file.message}
              </p>
            )}
          </fieldset>
          <Field label={t.passphrase} error={e.passphrase?.message}>
            {(p) => <input {...p} type="password" autoComplete="current-password" {...register('passphrase')} />}
          </Field>
          <FormError message={e.root?.server?.message} />
          <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t.working : t.submit}
          </button>
        </form>
      )}
    </>
  );
}
