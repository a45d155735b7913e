// Settings → Backups → "Check the database": the same full check as `dpo check` and as the one
// run before every backup, so damage in pages the screens never read is found while backups
// from before it still exist.
import { useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { FormError } from '../../ui/Panels';

const t = s.integrity.check;

export function DatabaseCheck() {
  // A check reads everything and changes nothing: a mutation only in that it runs on request.
  const check = useOpMutation('store.check');
  const result = check.data;
  return (
    <div aria-labelledby="check-title">
      <h3 id="check-title">{t.title}</h3>
      <p className="field__hint">{t.intro}</p>
      <button type="button" onClick={() => check.mutate({})} disabled={check.isPending}>
        {check.isPending ? t.running : t.run}
      </button>
      <FormError message={check.error?.message} />
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
