import { useState } from 'react';
import type { AppStatus } from '../../../../shared/model/vault';
import { useCall } from '../../bridge/BridgeContext';
import { s } from '../../i18n';
import { FormError } from '../../ui/Panels';

/** Shows a freshly issued recovery code once, and records that the DPO stored it. */
export function RecoveryCodePanel({ code, onDone }: { code: string; onDone: (status: AppStatus) => void }) {
  const call = useCall();
  const [stored, setStored] = useState(false);
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string>();
  return (
    <div className="center-card">
      <h1>{s.recovery.title}</h1>
      <p>{s.recovery.body}</p>
      <p className="recovery-code" aria-label={s.recovery.title}>
        {code}
      </p>
      <button
        type="button"
        className="button--quiet"
        onClick={() => void navigator.clipboard?.writeText(code).then(() => setCopied(true), () => undefined)}
      >
        {s.recovery.copy}
      </button>
      {copied && <p className="field__hint">{s.recovery.copied}</p>}
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          call('vault.acknowledgeRecovery', {}).then(onDone, (err: Error) => setError(err.message));
        }}
      >
        <label className="checkbox">
          <input type="checkbox" checked={stored} onChange={(ev) => setStored(ev.target.checked)} /> {s.recovery.confirm}
        </label>
        <FormError message={error} />
        <button type="submit" className="button--primary" disabled={!stored}>
          {s.recovery.continue}
        </button>
      </form>
    </div>
  );
}
