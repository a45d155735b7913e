import { useState } from 'react';
import { useOp, useOpMutation } from '../../data/queries';
import { formatInstant, s } from '../../i18n';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { DatabaseCheck } from './DatabaseCheck';
import { RestoreBackupForm } from '../vault/RestoreBackupForm';
import type { AppStatus } from '../../../../shared/model/vault';

export function BackupSettings({ dataDir, timeZone, onRestored }: { dataDir: string; timeZone: string; onRestored: (s: AppStatus) => void }) {
  const list = useOp('backup.list', {});
  const backup = useOpMutation('backup.create', { invalidates: ['backup.list'] });
  const [restoring, setRestoring] = useState(false);
  const [restored, setRestored] = useState(false);
  return (
    <section className="card" aria-labelledby="backups-title">
      <h2 id="backups-title">{s.settings.backups}</h2>
      <p className="field__hint">
        {s.settings.dataFolder}: <code>{dataDir}</code>
      </p>
      <button type="button" onClick={() => backup.mutate({})} disabled={backup.isPending}>
        {backup.isPending ? s.settings.backingUp : s.settings.backupNow}
      </button>
      <FormError message={backup.error?.message} />
      {list.isPending && <Loading />}
      {list.isError && <ErrorPanel error={list.error.apiError} onRetry={() => void list.refetch()} />}
      {list.data &&
        (list.data.length === 0 ? (
          <p className="field__hint">{s.settings.noBackups}</p>
        ) : (
          <table className="table">
            <caption className="visually-hidden">{s.settings.backups}</caption>
            <thead>
              <tr>
                <th scope="col">{s.settings.backupTaken}</th>
                <th scope="col">{s.settings.backupFile}</th>
                <th scope="col">{s.settings.backupSize}</th>
                <th scope="col">{s.settings.backupAuditEvents}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((b) => (
                <tr key={b.file}>
                  <td>{formatInstant(b.createdAt, timeZone)}</td>
                  <td>
                    <code>{b.file.split(/[\\/]/).pop()}</code>
                  </td>
                  <td>{(b.sizeBytes / 1024).toFixed(0)} KB</td>
                  <td>{b.auditSeq}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <DatabaseCheck />
      <h3>{s.integrity.restore.title}</h3>
      {restored && (
        <p role="status" data-testid="restore-done">
          {s.integrity.restore.done}
        </p>
      )}
      <p className="field__hint">{s.integrity.restore.intro}</p>
      {restoring ? (
        <RestoreBackupForm
          onRestored={(next) => {
            setRestoring(false);
            setRestored(true);
            onRestored(next);
          }}
        />
      ) : (
        <button
          type="button"
          onClick={() => {
            setRestored(false);
            setRestoring(true);
          }}
        >
          {s.integrity.restore.show}
        </button>
      )}
    </section>
  );
}
