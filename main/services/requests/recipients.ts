// GDPR Art. 19: after rectification (Art. 16), erasure (Art. 17(1)) or restriction (Art. 18) the
// controller tells each recipient the personal data were disclosed to, unless this proves
// impossible or involves disproportionate effort, and tells the subject about them on request.
//
// The source is the disclosures register (main/services/disclosures/art19.ts); the interface
// keeps the request code independent of how the register stores its recipients.
import type { Db } from '../../store/database';
import type { Art19Recipient } from '../../../shared/model/request';

export interface SubjectKey {
  email: string;
  customerId: string | null;
}

export interface RecipientSource {
  /** Recipients this subject's data went to, each once. */
  recipientsFor(db: Db, subject: SubjectKey): Art19Recipient[];
  /** Shown beside the list so the DPO knows its limits. */
  readonly note: string;
}
