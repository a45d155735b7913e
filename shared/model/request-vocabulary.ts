// Data subject requests: the vocabulary (codes only; the words are in shared/i18n).
import { FILE_KINDS, MAX_FILE_BYTES, type FileKind } from './files';

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** What the subject asks for. One request may carry several types. */
export const REQUEST_TYPES = [
  'access', // GDPR Art. 15
  'rectification', // Art. 16
  'erasure', // Art. 17
  'restriction', // Art. 18
  'portability', // Art. 20
  'objection', // Art. 21(1)
  'marketing-optout', // Art. 21(2)-(3): direct marketing; service notices cannot be opted out of
  'consent-withdrawal', // Art. 7(3)
  'automated-decision', // Art. 22
  'other',
] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

// Lookups by text go through a Map: on a plain object a type named "constructor" or "toString"
// would find Object.prototype's members instead of nothing.
const TYPE_ALIASES = new Map<string, RequestType>(Object.entries({
  optout: 'marketing-optout', 'opt-out': 'marketing-optout', 'marketing-opt-out': 'marketing-optout', marketing: 'marketing-optout',
  withdrawal: 'consent-withdrawal', 'withdraw-consent': 'consent-withdrawal', 'automated-decision-review': 'automated-decision',
} satisfies Record<string, RequestType>));

/** "access+erasure", "access;erasure" or one type; case-insensitive. Unknown names are errors. */
export function parseTypeList(value: string): { types: RequestType[]; unknown: string[] } {
  const types: RequestType[] = [];
  const unknown: string[] = [];
  for (const raw of value.split(/[+;]/)) {
    const v = raw.trim().toLowerCase();
    if (!v) continue;
    const t = (REQUEST_TYPES as readonly string[]).includes(v) ? (v as RequestType) : TYPE_ALIASES.get(v);
    if (t) types.push(t);
    else unknown.push(raw.trim().slice(0, 40));
  }
  return { types, unknown };
}

// Labels and the article of each right are words: shared/i18n (requests.typeLabels, typeArticles).

/** GDPR Art. 19: closing one of these lists the recipients who must be told. */
export const ART19_TYPES: readonly RequestType[] = ['rectification', 'erasure', 'restriction'];

export const CHANNELS = ['email', 'web-form', 'live-chat', 'phone', 'letter', 'in-person'] as const;
export type Channel = (typeof CHANNELS)[number];

export const RELATIONS = ['self', 'representative', 'parent'] as const;
export type Relation = (typeof RELATIONS)[number];

export const STATUSES = [
  'received',
  'awaiting-identity',
  'awaiting-clarification',
  'in-progress',
  'extended',
  'responded',
  'closed',
  'refused',
  'withdrawn',
  'duplicate',
] as const;
export type RequestStatus = (typeof STATUSES)[number];

/** Statuses in which the deadline runs (or stands still, while awaiting the subject). */
export const OPEN_STATUSES: readonly RequestStatus[] = ['received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended'];
/** Open statuses in which the clock runs: only these can become overdue. */
export const RUNNING_STATUSES: readonly RequestStatus[] = ['received', 'in-progress', 'extended'];
/** The clock is stopped while we wait for the subject (deadline engine pause). */
export const AWAITING_STATUSES: readonly RequestStatus[] = ['awaiting-identity', 'awaiting-clarification'];
export const FINAL_STATUSES: readonly RequestStatus[] = ['closed', 'refused', 'withdrawn', 'duplicate'];

/** Internal notes are kept apart from correspondence with the subject. */
export const TIMELINE_DIRECTIONS = ['internal', 'to-subject', 'from-subject'] as const;

export const REFUSAL_GROUNDS = ['manifestly-unfounded', 'excessive', 'identity-not-established', 'exemption'] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];
// Labels and articles of the grounds: shared/i18n (requests.refusalGroundLabels, refusalGroundArticles).

export const VERIFICATION_METHODS = ['account-email', 'id-document', 'other'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export const PAUSE_FOR = ['identity', 'clarification'] as const;
export type PauseFor = (typeof PAUSE_FOR)[number];

/** A request's attachments are files of the one file store (shared/model/files.ts). */
export const ATTACHMENT_KINDS = FILE_KINDS;
export type AttachmentKind = FileKind;
export const MAX_ATTACHMENT_BYTES = MAX_FILE_BYTES;

/** GDPR Art. 19 outcome per recipient. */
export const ART19_OUTCOMES = ['notified', 'impossible', 'disproportionate'] as const;

export const DUPLICATE_WINDOW_DAYS = 30;
export const DUE_SOON_DAYS = 7;
