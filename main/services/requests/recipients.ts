// GDPR Art. 19: after rectification (Art. 16), erasure (Art. 17(1)) or restriction (Art. 18) the
// controller tells each recipient the personal data were disclosed to, unless this proves
// impossible or involves disproportionate effort, and tells the subject about them on request.
//
// Seam: the recipients come from the disclosures register, which does not exist yet. Everything
// that consumes recipients (the close transition, request.art19Recipients, the stored records)
// is real; only the source is empty. When the register lands, implement RecipientSource over its
// tables and pass it to RequestService; no other code changes.
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

/**
 * The only source today. It returns no recipients because there is no register to read, NOT
 * because none exist: the note says so, and the UI must show it.
 */
export const noRegisterYet: RecipientSource = {
  recipientsFor: () => [],
  note:
    'The disclosures register is not built yet, so no recipients can be listed from it. ' +
    'Check by hand whether this subject\'s data went to anyone (GDPR Art. 19) and record it in a note.',
};
