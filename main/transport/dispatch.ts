// The single entry point from every carrier (Electron IPC, loopback HTTP, CLI) into the core.
// It never trusts the caller: the operation name is checked against the contract and the input
// is parsed again with the contract's zod schema, whatever the renderer already validated.
import { api, isOpName, type OpName } from '../../shared/api';
import { can } from '../../shared/auth';
import { firstFieldMessage, ForbiddenError, LockedError, WorkbenchError, type ApiError, type ApiResponse } from '../../shared/errors';
import type { CallContext, Handler, Handlers } from '../../shared/handlers';
import { zodFieldErrors } from '../../shared/validation';
import { ZodError } from 'zod';
import { logger } from '../logging/logger';
import { DiskFullError, isDiskFull } from '../store/errors';

export interface DispatchOptions {
  handlers: Handlers;
  /** Whether the store is open; `unlocked` operations are refused with LOCKED otherwise. */
  isUnlocked: () => boolean;
  /** Called before every call, e.g. to push back the auto-lock timer. */
  onCall?: (op: OpName, ctx: CallContext) => void;
}

export type Dispatch = (op: string, input: unknown, ctx: CallContext) => Promise<ApiResponse<unknown>>;

export function createDispatch(options: DispatchOptions): Dispatch {
  return async (opName, rawInput, ctx) => {
    try {
      if (typeof opName !== 'string' || !isOpName(opName)) {
        return fail({ code: 'UNKNOWN_OPERATION', message: `Unknown operation "${String(opName).slice(0, 100)}".` });
      }
      const spec = api[opName];
      // Before the input is read: a caller without the permission learns nothing about it.
      if (!can(ctx.principal, spec.permission)) throw new ForbiddenError(opName);
      // A path names a file on this machine: only a local caller may hand the core one.
      if (spec.localFiles && !ctx.localFiles) throw new ForbiddenError(opName);
      const parsed = spec.input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const fieldErrors = zodFieldErrors(parsed.error);
        return fail({ code: 'VALIDATION', message: firstFieldMessage(fieldErrors) ?? 'The input is not valid.', fieldErrors });
      }
      if (spec.access === 'unlocked' && !options.isUnlocked()) throw new LockedError();
      options.onCall?.(opName, ctx);
      const handler = options.handlers[opName] as Handler<typeof opName>;
      const result = await handler(parsed.data as never, ctx);
      return { ok: true, result };
    } catch (err) {
      return fail(toApiError(err, opName));
    }
  };
}

export function toApiError(err: unknown, opName?: string): ApiError {
  if (err instanceof WorkbenchError) return err.toApiError();
  if (isDiskFull(err)) return new DiskFullError().toApiError();
  if (err instanceof ZodError) {
    const fieldErrors = zodFieldErrors(err);
    return { code: 'VALIDATION', message: firstFieldMessage(fieldErrors) ?? 'The input is not valid.', fieldErrors };
  }
  // Unexpected: log the class and operation only. Messages from lower layers can quote data
  // (SQLite constraint text, file paths), and nothing personal may reach a log.
  // The error code (e.g. SQLITE_IOERR_WRITE, EACCES) carries no data and tells what failed.
  const code = typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code.slice(0, 40) : undefined;
  logger.error('operation failed unexpectedly', { op: opName, error: err instanceof Error ? err.name : typeof err, ...(code ? { code } : {}) });
  if (process.env.DPO_DEBUG === '1' && err instanceof Error) logger.debug(err.stack ?? err.message);
  // No claim that "nothing was changed": an unexpected failure cannot know that.
  return { code: 'INTERNAL', message: 'Something went wrong inside the workbench.' };
}

function fail(error: ApiError): ApiResponse<never> {
  return { ok: false, error };
}
