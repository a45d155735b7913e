// Errors cross every boundary (IPC, HTTP, CLI) as plain values with a stable code, so a form can
// put `fieldErrors` next to its fields and a script can branch on `code`.

export const ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'LOCKED',
  'NOT_INITIALISED',
  'ALREADY_INITIALISED',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_CODE',
  'TOO_MANY_ATTEMPTS',
  'CONFLICT',
  'ILLEGAL_TRANSITION',
  'DATABASE_FROM_FUTURE',
  'DATABASE_DAMAGED',
  'UNKNOWN_OPERATION',
  'PAYLOAD_TOO_LARGE',
  // Hardening: damaged vault file, full disk, and the HTTP carrier's refusals (a missing or wrong
  // token, a foreign Host header), each its own code so scripts and the UI can tell them apart.
  'VAULT_FILE_DAMAGED',
  'DISK_FULL',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL',
  /** A long job stopped because its caller cancelled it; nothing it did was kept. */
  'CANCELLED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field path (dot-joined, e.g. `pauses.0.to`) → messages. `_` holds form-level messages. */
export type FieldErrors = Record<string, string[]>;

export interface ApiError {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
  /** Seconds the caller should wait before retrying (TOO_MANY_ATTEMPTS). */
  retryAfterSeconds?: number;
}

export type ApiResponse<R> = { ok: true; result: R } | { ok: false; error: ApiError };

/**
 * Base for errors a service throws on purpose. Dispatch turns it into an ApiError; anything else
 * becomes INTERNAL with a generic message (details stay out of the UI and the logs).
 */
export class WorkbenchError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = new.target.name;
  }

  toApiError(): ApiError {
    const e: ApiError = { code: this.code, message: this.message };
    if (this.fieldErrors) e.fieldErrors = this.fieldErrors;
    if (this.retryAfterSeconds !== undefined) e.retryAfterSeconds = this.retryAfterSeconds;
    return e;
  }
}

export class ValidationError extends WorkbenchError {
  constructor(fieldErrors: FieldErrors, message?: string) {
    super('VALIDATION', message ?? firstFieldMessage(fieldErrors) ?? 'The input is not valid.', fieldErrors);
  }
}

/** One record of any register, named by its kind and the reference people see (never personal data). */
export class NotFoundError extends WorkbenchError {
  constructor(entity: string, ref: string | number) {
    super('NOT_FOUND', `${entity} ${ref} was not found.`);
  }
}

/** The caller's role lacks the permission the operation declares (shared/auth.ts). */
export class ForbiddenError extends WorkbenchError {
  constructor(operation: string) {
    super('FORBIDDEN', `You may not use ${operation}.`);
  }
}

export class LockedError extends WorkbenchError {
  constructor() {
    super('LOCKED', 'The workbench is locked. Unlock it with your passphrase.');
  }
}

export class NotInitialisedError extends WorkbenchError {
  constructor() {
    super('NOT_INITIALISED', 'No vault exists yet. Set a passphrase first (dpo init, or the first-run screen).');
  }
}

export function firstFieldMessage(fieldErrors: FieldErrors): string | undefined {
  for (const [field, messages] of Object.entries(fieldErrors)) {
    const m = messages[0];
    if (m) return field === '_' ? m : `${field}: ${m}`;
  }
  return undefined;
}


/**
 * The record's retention period ended and the purge pseudonymised it (GDPR Art. 5(1)(e)): a
 * change would write personal data back into a record kept only for its dates and counts.
 */
export class RecordPurgedError extends WorkbenchError {
  constructor(ref: string, purgedOn: string) {
    super('CONFLICT', `${ref} was erased under its retention rule on ${purgedOn}; a purged record can no longer be changed. Record a new one if something new happened.`);
  }
}
