// Where an access response's content comes from. Recipients: the disclosures register's view of
// what this subject may be told (GDPR Art. 15(1)(c); secret disclosures withheld while their
// decision says so, Art. 23; Art. 4(9) inquiries never, an authority making one is no
// "recipient"). Purposes, categories, retention, source, automated decisions and transfer
// safeguards: the records of processing (Art. 30) whose activities cover this subject.
import type { Db } from '../../store/database';
import type { RequestRow } from '../requests/repo';
import { subjectView } from '../disclosures/subject-view';
import type { SubjectDisclosure } from '../../../shared/model/disclosure';

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
}

/** The records of processing that cover a subject; empty until that register has activities. */
export interface ActivitySource {
  covering(db: Db, row: RequestRow, language: 'en' | 'nl'): CoveringActivity[];
}

export const NO_ACTIVITIES: ActivitySource = { covering: () => [] };

/** The disclosures the subject may be told about today (the register decides what is withheld). */
export function recipientsShown(db: Db, row: RequestRow, today: string): SubjectDisclosure[] {
  return subjectView(db, { email: row.email_norm || null, customerId: row.customer_id, requestId: row.id }, today).shown;
}
