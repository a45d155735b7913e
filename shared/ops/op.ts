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
  /** Phantom: carries the result type for the typed bridge; never read at run time. */
  result?: R;
}

export function op<R>() {
  return <S extends z.ZodType>(input: S, access: Access, permission: Permission): OperationSpec<S, R> => ({ input, access, permission });
}

export const empty = z.object({}).strict();
