// The retention rule for everything the workbench holds, each with its legal reasoning: what the
// DPO shows a regulator. The reasoning is the DPO's own where they wrote one, else the catalog's.
import type { RetentionRules as Rules } from '../../../../shared/model/retention';
import { RETENTION_KINDS } from '../../../../shared/model/retention';
import { s } from '../../i18n';
import { UserText } from '../../ui/UserText';

export function RetentionRules({ rules }: { rules: Rules }) {
  const t = s.retention;
  return (
    <section className="card" aria-labelledby="retention-title" data-testid="retention-rules">
      <h2 id="retention-title">{t.title}</h2>
      <table className="table">
        <caption className="visually-hidden">{t.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.kindCol}</th>
            <th scope="col">{t.periodCol}</th>
            <th scope="col">{t.reasonCol}</th>
          </tr>
        </thead>
        <tbody>
          {RETENTION_KINDS.map((k) => (
            <tr key={k}>
              <th scope="row">{t.kinds[k]}</th>
              <td>{rules[k].months === null ? t.kept : t.months(rules[k].months)}</td>
              <td>{rules[k].reason ? <UserText>{rules[k].reason}</UserText> : t.reasons[k]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="field__hint">{t.backupsNote}</p>
    </section>
  );
}
