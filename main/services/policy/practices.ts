// "Practice not disclosed": a kind of recipient the disclosures register shows data went to, that
// the policy in force does not name (GDPR Art. 13(1)(e): recipients or categories of recipients).
// Art. 4(9) inquiries are left out: such authorities are not recipients.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import type { RecipientKind } from '../../../shared/model/disclosure';
import type { PolicyPractices } from '../../../shared/model/policy';
import { RECIPIENT_KIND_TERMS } from '../../../shared/policy/rules';
import { mentionsAny } from '../../../shared/policy/checklist';
import { revisionInForce } from './repo';

export function undisclosedPractices(db: Db, today: string): PolicyPractices {
  const revision = revisionInForce(db, today);
  if (!revision) return { revision: null, undisclosed: [] };
  const kinds = stmt(db, 'SELECT recipient_kind AS kind, count(*) AS n, max(disclosed_on) AS last FROM disclosures WHERE inquiry = 0 GROUP BY recipient_kind ORDER BY recipient_kind').all() as Array<{
    kind: RecipientKind;
    n: number;
    last: string;
  }>;
  const undisclosed = kinds
    .filter((k) => {
      const terms = RECIPIENT_KIND_TERMS[k.kind];
      const words = [...(terms?.en ?? []), ...(terms?.nl ?? [])];
      return words.length > 0 && !mentionsAny(revision.text, words);
    })
    .map((k) => ({ kind: k.kind, disclosures: k.n, lastDate: k.last }));
  return { revision: { id: revision.public_id, number: revision.number }, undisclosed };
}
