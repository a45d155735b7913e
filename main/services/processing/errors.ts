// Errors the processing-records service throws on purpose. Messages name activities by their
// reference (PA-…) or public id.
import { NotFoundError, ValidationError, WorkbenchError, type FieldErrors } from '../../../shared/errors';

export class ProcessingActivityNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Processing activity', id);
  }
}

/** Someone changed the activity after the caller read it (expectedVersion). */
export class ProcessingActivityChangedError extends WorkbenchError {
  constructor(ref: string) {
    super('CONFLICT', `${ref} was changed by someone else since you opened it. Reload it and try again.`);
  }
}

/** The activity was removed from the record; it can be read (with its versions) but not changed. */
export class ProcessingActivityDeletedError extends WorkbenchError {
  constructor(ref: string) {
    super('CONFLICT', `${ref} was removed from the record; it can no longer be changed.`);
  }
}

/** A field-level problem only the store can see (an unknown recipient, a kind that cannot change …). */
export class ProcessingInputError extends ValidationError {
  constructor(fieldErrors: FieldErrors) {
    super(fieldErrors);
  }
}
