// Errors the breach service throws on purpose. Messages name breaches by reference or public id,
// never by their title or the people involved.
import { NotFoundError, ValidationError, WorkbenchError, type FieldErrors } from '../../../shared/errors';

export class BreachNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('Breach', id);
  }
}

/** Someone changed the breach after the caller read it (expectedVersion). */
export class BreachChangedError extends WorkbenchError {
  constructor(ref: string) {
    super('CONFLICT', `${ref} was changed by someone else since you opened it. Reload it and try again.`);
  }
}

/** A field-level problem that needs the stored record, the settings or the clock to see. */
export class BreachInputError extends ValidationError {
  constructor(fieldErrors: FieldErrors) {
    super(fieldErrors);
  }
}

/** A follow-up (Art. 33(4)) comes after a first notification. */
export class NotYetNotifiedError extends ValidationError {
  constructor(ref: string) {
    super({ at: [`${ref} has no notification to the authority yet; record the notification first, then its follow-ups (GDPR Art. 33(4)).`] });
  }
}

/** The first notification is recorded once; a wrong one is corrected as a new version. */
export class AlreadyNotifiedError extends WorkbenchError {
  constructor(ref: string) {
    super('CONFLICT', `${ref} was already notified to the authority. Correct the breach to change the notification, or add a follow-up (GDPR Art. 33(4)).`);
  }
}
