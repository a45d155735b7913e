// Errors the policy service throws on purpose. Messages name revisions by number or id, never
// quote the policy text.
import { NotFoundError, ValidationError, WorkbenchError, type FieldErrors } from '../../../shared/errors';
import type { PolicySource } from '../../../shared/model/policy';

/** The field a problem with the policy's content is reported on: the file, or the pasted text. */
export const sourceField = (source: PolicySource) => (source.base64 ? 'source.base64' : 'source.text');

export class PolicyRevisionNotFoundError extends NotFoundError {
  constructor(ref: string) {
    super('Policy revision', ref);
  }
}

/** Someone changed the revision's metadata after the caller read it (expectedVersion). */
export class PolicyRevisionChangedError extends WorkbenchError {
  constructor(num: number) {
    super('CONFLICT', `Revision ${num} was changed by someone else since you opened it. Reload it and try again.`);
  }
}

/** A field-level problem with an import or an override (unreadable file, no text, a quote not in the text …). */
export class PolicyInputError extends ValidationError {
  constructor(fieldErrors: FieldErrors) {
    super(fieldErrors);
  }
}
