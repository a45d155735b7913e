// Where an access response's content comes from. Recipients: the disclosures register's view of
// what this subject may be told (GDPR Art. 15(1)(c); secret disclosures withheld while their
// decision says so, Art. 23; Art. 4(9) inquiries never, an authority making one is no
// "recipient"). Purposes, categories, retention, source, automated decisions and transfer
// safeguards: the records of processing (Art. 30) whose activities cover this subject.
import type { Db } from '../../store/database';
import type { RequestRow } from '../requests/repo';
import { subjectView } from '../disclosures/subject-view';
import type { SubjectDisclosure } from '../../../shared/model/disclosure';
import type { CitableField, SubjectKind } from '../../../shared/model/processing';
import { CATALOGS } from '../../../shared/i18n';
import { LETTER_WORDS } from '../../../shared/letters/words';
import { readSettings } from '../../store/settings-repo';
import { coveringActivities } from '../processing/as-of';

/** One processing activity as an access response uses it (already in the letter's language). */
export interface CoveringActivity {
  /** How the DPO finds it in the records of processing. */
  ref: string;
  name: string;
  purposes: string[];
  categories: string[];
  retention: string[];
  source: string[];
  automated: string[];
  transfers: string[];
  /** The items this activity cannot answer yet (its record still has them to complete). */
  toComplete: AccessItem[];
}

/** The access response's items that come from the records of processing. */
export type AccessItem = 'purposes' | 'categories' | 'retention' | 'source' | 'automated' | 'transfers';

/** Which field of an activity each item is read from (sources also from the source note). */
const ITEM_FIELDS: Record<AccessItem, CitableField[]> = {
  purposes: ['purposes'],
  categories: ['dataCategories'],
  retention: ['retention'],
  source: ['sources'],
  automated: ['automatedDecisions'],
  transfers: ['transfers'],
};

/** The records of processing that cover a subject; empty until that register has activities. */
export interface ActivitySource {
  covering(db: Db, row: RequestRow, language: 'en' | 'nl'): CoveringActivity[];
}

export const NO_ACTIVITIES: ActivitySource = { covering: () => [] };

/** The disclosures the subject may be told about today (the register decides what is withheld). */
export function recipientsShown(db: Db, row: RequestRow, today: string): SubjectDisclosure[] {
  return subjectView(db, { email: row.email_norm || null, customerId: row.customer_id, requestId: row.id }, today).shown;
}

/**
 * The records of processing as an access response reads them: the controller activities in force
 * today whose categories of data subjects include this one (GDPR Art. 30(1)(c)), each item put in
 * the letter's words. "No automated decisions" and "no transfers" are answers, not gaps, unless the
 * record still has that field to complete.
 */
export function processingActivities(subjectKind: SubjectKind, today: () => string): ActivitySource {
  return {
    covering(db, _row, language) {
      const s = readSettings(db);
      const w = LETTER_WORDS[language];
      const c = CATALOGS[language].disclosures;
      const { activities } = coveringActivities(db, subjectKind, today(), s.timeZone);
      const named = (a: { name: string }, text: string) => (activities.length > 1 ? `${a.name}: ${text}` : text);
      return activities.map((a) => ({
        ref: a.ref,
        name: a.name,
        purposes: a.purposes,
        categories: a.dataCategories.map((k) => c.categories[k] ?? k),
        retention: a.retention.trim() ? [named(a, a.retention.trim())] : [],
        source: [...a.sources.map((k) => named(a, w.sources[k] ?? k)), ...(a.sourceNote ? [named(a, a.sourceNote)] : [])],
        automated: [a.automatedDecisions.made ? named(a, a.automatedDecisions.note ?? '') : w.automatedNone].filter((x) => x.trim()),
        transfers: a.transfers.length ? a.transfers.map((t) => named(a, `${t.country}: ${c.safeguards[t.safeguard] ?? t.safeguard}${t.note ? ` — ${t.note}` : ''}`)) : [w.noTransfers],
        // "No transfers" or "no automated decisions" from a record whose source was silent would
        // tell the subject something nobody checked (GDPR Art. 5(1)(a), 15(1)).
        toComplete: (Object.keys(ITEM_FIELDS) as AccessItem[]).filter((item) => ITEM_FIELDS[item].some((f) => a.toComplete.includes(f))),
      }));
    },
  };
}
