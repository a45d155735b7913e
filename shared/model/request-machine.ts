// The request state machine. Pure, so the UI can show the same availability the core enforces;
// the core (main/services/requests/transitions.ts) checks `guard` again inside the transaction.
import { en } from '../i18n/en';
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
  from: readonly RequestStatus[];
  fields: string[];
  /** Extra rule on top of `from`; returns why not, or null. */
  guard?: (s: MachineState) => string | null;
  /**
   * A step that must come first, which the DPO can take (verify identity before responding):
   * while it is missing the action is refused, but shown disabled with this reason rather than
   * hidden, so the screen says what to do next, as the CLI does.
   */
  needsFirst?: (s: MachineState) => string | null;
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
  start: { from: ['received'], fields: ['note'] },
  verify: {
    from: ['received', 'awaiting-identity', 'in-progress', 'extended'],
    fields: ['method', 'on', 'by', 'note'],
    guard: (s) => (s.verified ? 'Identity is already verified.' : null),
  },
  pause: {
    // GDPR Art. 12(6) (identity) and Recital 63 (clarification): ask, and the clock waits.
    from: OPEN_WORKING,
    fields: ['reason', 'on', 'note'],
    guard: (s) => (s.pausePossible ? null : 'This regime has no pause ("stop the clock") rule.'),
  },
  resume: { from: AWAITING, fields: ['on', 'note'] },
  extend: {
    from: ['received', 'in-progress'],
    fields: ['extensionNoticeSentOn', 'reasons', 'note'],
    guard: (s) =>
      !s.extensionPossible ? 'This regime allows no extension for this request.' : s.extended ? 'The request is already extended.' : null,
  },
  respond: {
    from: ['in-progress', 'extended'],
    fields: ['on', 'summary', 'note'],
    needsFirst: (s) =>
      !s.verified && needsVerification(s.types)
        ? "Verify the requester's identity first (GDPR Art. 12(6)); or refuse with ground identity-not-established."
        : null,
  },
  close: { from: ['responded'], fields: ['art19', 'keepIdDocumentsReason', 'note'] },
  refuse: {
    from: ['received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended'],
    fields: ['ground', 'on', 'reason', 'note'],
  },
  withdraw: {
    from: ['received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended'],
    fields: ['on', 'note'],
  },
  'mark-duplicate': {
    from: ['received', 'awaiting-identity', 'awaiting-clarification', 'in-progress'],
    fields: ['originalRef', 'note'],
  },
};

export const ACTION_NAMES = Object.keys(ACTIONS) as RequestAction[];

/** The action's name in English (CLI, audit trail, core messages); screens use their own catalog. */
export function actionLabel(action: RequestAction): string {
  return en.requests.actionLabels[action];
}

/** Why `action` is not allowed now, or null when it is. */
export function refusalReason(state: MachineState, action: RequestAction): string | null {
  const spec = ACTIONS[action];
  if (!spec.from.includes(state.status))
    return `"${actionLabel(action)}" is not possible while the request is ${state.status} (possible from: ${spec.from.join(', ')}).`;
  return spec.guard?.(state) ?? spec.needsFirst?.(state) ?? null;
}

/**
 * What the request offers now: every legal action, plus the ones that wait for a step the DPO
 * can take first, with that step as `disabledReason`.
 */
export function offeredActions(state: MachineState): Array<{ action: RequestAction; disabledReason: string | null }> {
  return ACTION_NAMES.filter((a) => ACTIONS[a].from.includes(state.status) && !ACTIONS[a].guard?.(state)).map((action) => ({
    action,
    disabledReason: ACTIONS[action].needsFirst?.(state) ?? null,
  }));
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
