// The request state machine. Pure, so the UI can show the same availability the core enforces;
// the core (main/services/requests/transitions.ts) checks `guard` again inside the transaction.
import { ART19_TYPES, AWAITING_STATUSES, RUNNING_STATUSES, type RequestAction, type RequestStatus, type RequestType } from './request';

/** What the guards need to know about a request. */
export interface MachineState {
  status: RequestStatus;
  types: readonly RequestType[];
  verified: boolean;
  /** An extension notice has been recorded. */
  extended: boolean;
  /** The regime allows an extension at all (GDPR Art. 12(3); not e.g. CCPA opt-outs). */
  extensionPossible: boolean;
  /** The regime has a stop-the-clock rule (GDPR, UK GDPR); others refuse a pause. */
  pausePossible: boolean;
}

interface ActionSpec {
  label: string;
  from: readonly RequestStatus[];
  fields: string[];
  /** Extra rule on top of `from`; returns why not, or null. */
  guard?: (s: MachineState) => string | null;
}

const OPEN_WORKING = RUNNING_STATUSES;
const AWAITING = AWAITING_STATUSES;

/**
 * Types that need no identity check before acting: objecting to direct marketing must be honoured
 * whoever asks (GDPR Art. 21(3)), and withdrawing consent must be as easy as giving it (Art. 7(3)).
 */
const NO_VERIFICATION_NEEDED: readonly RequestType[] = ['marketing-optout', 'consent-withdrawal'];

export function needsVerification(types: readonly RequestType[]): boolean {
  return types.some((t) => !NO_VERIFICATION_NEEDED.includes(t));
}

export function needsArt19(types: readonly RequestType[]): boolean {
  return types.some((t) => ART19_TYPES.includes(t));
}

export const ACTIONS: Readonly<Record<RequestAction, ActionSpec>> = {
  start: { label: 'Start work', from: ['received'], fields: ['note'] },
  verify: {
    label: 'Record identity check',
    from: ['received', 'awaiting-identity', 'in-progress', 'extended'],
    fields: ['method', 'on', 'by', 'note'],
    guard: (s) => (s.verified ? 'Identity is already verified.' : null),
  },
  pause: {
    // GDPR Art. 12(6) (identity) and Recital 63 (clarification): ask, and the clock waits.
    label: 'Ask the subject (pause the clock)',
    from: OPEN_WORKING,
    fields: ['reason', 'on', 'note'],
    guard: (s) => (s.pausePossible ? null : 'This regime has no pause ("stop the clock") rule.'),
  },
  resume: { label: 'Subject answered (resume the clock)', from: AWAITING, fields: ['on', 'note'] },
  extend: {
    label: 'Extend by two months',
    from: ['received', 'in-progress'],
    fields: ['extensionNoticeSentOn', 'reasons', 'note'],
    guard: (s) =>
      !s.extensionPossible ? 'This regime allows no extension for this request.' : s.extended ? 'The request is already extended.' : null,
  },
  respond: {
    label: 'Record the response',
    from: ['in-progress', 'extended'],
    fields: ['on', 'summary', 'note'],
    guard: (s) =>
      !s.verified && needsVerification(s.types)
        ? "Verify the requester's identity first (GDPR Art. 12(6)); or refuse with ground identity-not-established."
        : null,
  },
  close: { label: 'Close', from: ['responded'], fields: ['art19', 'note'] },
  refuse: {
    label: 'Refuse',
    from: ['received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended'],
    fields: ['ground', 'on', 'reason', 'note'],
  },
  withdraw: {
    label: 'Withdrawn by the subject',
    from: ['received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended'],
    fields: ['on', 'note'],
  },
  'mark-duplicate': {
    label: 'Mark as duplicate',
    from: ['received', 'awaiting-identity', 'awaiting-clarification', 'in-progress'],
    fields: ['originalRef', 'note'],
  },
};

export const ACTION_NAMES = Object.keys(ACTIONS) as RequestAction[];

/** Why `action` is not allowed now, or null when it is. */
export function refusalReason(state: MachineState, action: RequestAction): string | null {
  const spec = ACTIONS[action];
  if (!spec.from.includes(state.status))
    return `"${spec.label}" is not possible while the request is ${state.status} (possible from: ${spec.from.join(', ')}).`;
  return spec.guard?.(state) ?? null;
}

/** Where a legal action leads. `pauseFor` / `extended` come from the action's input and state. */
export function nextStatus(state: MachineState, action: RequestAction, pauseFor?: 'identity' | 'clarification'): RequestStatus {
  switch (action) {
    case 'start':
      return 'in-progress';
    case 'verify':
      // An extended request stays extended (also when the identity pause it was in ends by
      // verifying); otherwise work can start.
      return state.status === 'extended' || state.extended ? 'extended' : 'in-progress';
    case 'pause':
      return pauseFor === 'clarification' ? 'awaiting-clarification' : 'awaiting-identity';
    case 'resume':
      return state.extended ? 'extended' : 'in-progress';
    case 'extend':
      return 'extended';
    case 'respond':
      return 'responded';
    case 'close':
      return 'closed';
    case 'refuse':
      return 'refused';
    case 'withdraw':
      return 'withdrawn';
    case 'mark-duplicate':
      return 'duplicate';
  }
}

/** Actions the request offers now, legal ones only (guards that fail are dropped). */
export function legalActions(state: MachineState): RequestAction[] {
  return ACTION_NAMES.filter((a) => refusalReason(state, a) === null);
}
