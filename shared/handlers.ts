// What serves the contract: one handler per operation, each called with the parsed input and the
// call context. Declared next to the contract (not in a carrier) so feature services can type
// their handler modules without importing transport.
import type { OpName, OpParsedInput, OpResult } from './api';
import type { Principal } from './auth';

export interface CallContext {
  /** Who calls; the audit trail records `principal.userId` as the actor. */
  principal: Principal;
  /** A timer's call (reminder polling), not a person's: it must not hold off auto-lock. */
  background?: boolean;
  /**
   * The caller runs as the user on this machine and may name paths on its file system (the CLI).
   * Carriers for a renderer (IPC, HTTP) never set it; operations marked `localFiles` need it.
   */
  localFiles?: boolean;
}

export type Handler<N extends OpName> = (input: OpParsedInput<N>, ctx: CallContext) => OpResult<N> | Promise<OpResult<N>>;

/** One handler per operation; the type makes a missing handler a compile error. */
export type Handlers = { [N in OpName]: Handler<N> };

/** The handlers one feature contributes, for the operations of its ops module. */
export type FeatureHandlers<Ops> = { [N in keyof Ops & OpName]: Handler<N> };

/** The actor recorded in the audit trail for this call. */
export function actorOf(ctx: CallContext): string {
  return ctx.principal.userId;
}
