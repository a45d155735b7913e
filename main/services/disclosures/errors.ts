// Errors the disclosures service throws on purpose. Messages name records by their reference or
// public id, never by a subject's name or e-mail address.
import { NotFoundError, ValidationError, WorkbenchError, type FieldErrors } from '../../../shared/errors';

export class DisclosureNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Disclosure', id);
  }
}

export class RecipientNotFoundError extends ValidationError {
  constructor(field: string) {
    super({ [field]: ['There is no recipient with this id in the directory.'] });
  }
}

/** Someone corrected the disclosure after the caller read it (expectedVersion). */
export class DisclosureChangedError extends WorkbenchError {
  constructor(ref: string) {
    super('CONFLICT', `${ref} was corrected by someone else since you opened it. Reload it and try again.`);
  }
}

/** The directory entry an operation is about (not one named in a disclosure's fields) does not exist. */
export class RecipientMissingError extends NotFoundError {
  constructor(id: string) {
    super('Recipient', id);
  }
}

/** Someone corrected the directory entry after the caller read it (expectedVersion). */
export class RecipientChangedError extends WorkbenchError {
  constructor() {
    super('CONFLICT', 'This recipient was corrected by someone else since you opened it. Reload it and try again.');
  }
}

/** A field-level problem only the store can see (an unknown request, a recipient kind clash …). */
export class DisclosureInputError extends ValidationError {
  constructor(fieldErrors: FieldErrors) {
    super(fieldErrors);
  }
}
