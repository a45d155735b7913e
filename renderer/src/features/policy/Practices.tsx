// "Practice not disclosed": kinds of recipient the disclosures register shows data going to that
// the policy in force does not name (GDPR Art. 13(1)(e) asks the policy to name recipients).
import { Link } from 'react-router';
import type { PolicyPractices } from '../../../../shared/model/policy';
import { formatDay, s } from '../../i18n';

export function Practices({ practices }: { practices: PolicyPractices }) {
  const t = s.policy.view;
  const kinds = s.disclosures.recipientKinds as Record<string, string>;
  return (
    <section className="card policy-practices" aria-labelledby="practices-title" data-testid="policy-practices">
      <h2 id="practices-title">{t.practicesTitle}</h2>
      <p className="field__hint">{t.practicesHint}</p>
      {practices.undisclosed.length === 0 ? (
        <p>{t.practicesNone}</p>
      ) : (
        <ul>
          {practices.undisclosed.map((p) => (
            <li key={p.kind}>
              <span aria-hidden="true">⚠ </span>
              {t.practiceLine(kinds[p.kind] ?? p.kind, p.disclosures, formatDay(p.lastDate))}.{' '}
              <Link to={`/disclosures?kind=${encodeURIComponent(p.kind)}`}>{t.practiceLink(kinds[p.kind] ?? p.kind)}</Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
