/** The one IPC channel: every operation travels as (op, input) over it, named by shared/api.ts. */
export const IPC_CALL_CHANNEL = 'dpo:call';
