// Errors the request service throws on purpose. Messages name the request by its reference
// (not personal data) and never quote a name, e-mail address or file content.
import { WorkbenchError, type FieldErrors } from '../../../shared/errors';
import { MAX_ATTACHMENT_BYTES } from '../../../shared/model/request';

export class RequestNotFoundError extends WorkbenchError {
  constructor(ref: string) {
    super('NOT_FOUND', `Request ${ref} was not found.`);
  }
}

export class AttachmentNotFoundError extends WorkbenchError {
  constructor(ref: string, id: number) {
    super('NOT_FOUND', `Attachment ${id} of request ${ref} was not found.`);
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

export class AttachmentTooLargeError extends WorkbenchError {
  constructor(sizeBytes: number) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    super(
      'VALIDATION',
      `The file is ${mb(sizeBytes)} MB; attachments can be at most ${mb(MAX_ATTACHMENT_BYTES)} MB. Store a smaller scan or split the file.`,
      { base64: [`At most ${mb(MAX_ATTACHMENT_BYTES)} MB.`] },
    );
  }
}

export class AttachmentDeletedError extends WorkbenchError {
  constructor(ref: string, id: number) {
    super('CONFLICT', `Attachment ${id} of request ${ref} was deleted; only its record remains.`);
  }
}

/** A field-level problem found by the service (dates against the receipt date, Art. 19 …). */
export class RequestInputError extends WorkbenchError {
  constructor(fieldErrors: FieldErrors) {
    const [field, messages] = Object.entries(fieldErrors)[0] ?? ['_', ['The input is not valid.']];
    super('VALIDATION', field === '_' ? messages[0]! : `${field}: ${messages[0]}`, fieldErrors);
  }
}
