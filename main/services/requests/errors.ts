// Errors the request service throws on purpose. Messages name the request by its reference
// (not personal data) and never quote a name, e-mail address or file content.
import { NotFoundError, ValidationError, WorkbenchError, type FieldErrors } from '../../../shared/errors';

export class RequestNotFoundError extends NotFoundError {
  constructor(ref: string) {
    super('Request', ref);
  }
}

/** The action is not allowed in the request's current state (shared/model/request-machine.ts). */
export class IllegalTransitionError extends WorkbenchError {
  constructor(ref: string, reason: string) {
    super('ILLEGAL_TRANSITION', `${ref}: ${reason}`);
  }
}

/** Someone else changed the request after the caller read it (expectedVersion). */
export class RequestChangedError extends WorkbenchError {
  constructor(ref: string) {
    super('CONFLICT', `${ref} was changed by someone else since you opened it. Reload it and try again.`);
  }
}

/** A field-level problem found by the service (dates against the receipt date, Art. 19 …). */
export class RequestInputError extends ValidationError {
  constructor(fieldErrors: FieldErrors) {
    super(fieldErrors);
  }
}
