// Settings → Backups → "Check the database": the same full check as `dpo check` and as the one
// run before every backup, so damage in pages the screens never read is found while backups
// from before it still exist.
import { useState } from 'react';
import type { StoreCheck } from '../../../../shared/model/check';
import { useCall } from '../../bridge/BridgeContext';
import { s } from '../../i18n';
import { FormError } from '../../ui/Panels';

const t = s.integrity.check;

export function DatabaseCheck() {
  const call = useCall();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<StoreCheck>();
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      setResult(await call('store.check', {}));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div aria-labelledby="check-title">
      <h3 id="check-title">{t.title}</h3>
      <p className="field__hint">{t.intro}</p>
      <button type="button" onClick={() => void run()} disabled={busy}>
        {busy ? t.running : t.run}
      </button>
      <FormError message={error} />
      {result && (
        <div data-testid="store-check" role="status">
          {result.ok ? (
            <p>{t.ok(result.pages, result.auditEvents, result.files)}</p>
          ) : (
            <div className="error-panel">
              <strong>{t.problems(result.problems.length)}</strong>
              <ul>
                {result.problems.map((p, i) => (
                  <li key={i}>
                    {p.check}: {p.message}
                  </li>
                ))}
              </ul>
              <p>{result.advice}</p>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
