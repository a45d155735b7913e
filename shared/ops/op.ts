// How an operation of the contract is declared: its zod input, whether it needs an open database,
// the permission it needs, and (as a phantom type) its result. Each feature declares its
// operations in one module of this folder; shared/api.ts assembles them.
import { z } from 'zod';
import type { Permission } from '../auth';

/**
 * `unlocked`: needs an open database (refused with LOCKED otherwise).
 * `public`: works while locked (status, unlock, pure computations).
 */
export type Access = 'public' | 'unlocked';

export interface OperationSpec<S extends z.ZodType, R> {
  input: S;
  access: Access;
  permission: Permission;
  /**
   * The input names paths on this machine's file system (a backup to write, a file to restore).
   * Only a caller running as the user on this machine may call it (CallContext.localFiles: the
   * CLI); a renderer never may, so a page cannot point the core at arbitrary files.
   */
  localFiles?: true;
  /** Phantom: carries the result type for the typed bridge; never read at run time. */
  result?: R;
}

export interface OperationOptions {
  localFiles?: true;
}

export function op<R>() {
  return <S extends z.ZodType>(input: S, access: Access, permission: Permission, options: OperationOptions = {}): OperationSpec<S, R> => ({ input, access, permission, ...options });
}

export const empty = z.object({}).strict();
