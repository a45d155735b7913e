// Data subject requests: the entity, its vocabulary and every input schema. Pure (runs in the
// renderer too): the request form uses these schemas with react-hook-form, and dispatch parses
// the same schemas again in the main process. Messages are field-level and never echo personal
// data (a bad date may be quoted, a name or e-mail address never).
import { z } from 'zod';
import { jobIdField } from './jobs';
import { pagedListInput, type Page } from './paging';
import { FILE_KINDS, MAX_FILE_BYTES, fileUploadSchema, type FileContent, type FileInfo, type FileKind } from './files';
import { countryCodeField, dateField, emailField as emailFieldOf, noteField, optionalText, personNameField, regimeField } from './fields';
import type { DeadlineResult } from '../deadlines';
import type { TimelineEvent } from './timeline';

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
export type Art19Outcome = (typeof ART19_OUTCOMES)[number];

export const DUPLICATE_WINDOW_DAYS = 30;
export const DUE_SOON_DAYS = 7;

// ---------------------------------------------------------------------------------------------
// Field schemas (messages written for the form)

export { dateField, optionalText };

export const timeField = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the time as HH:MM (24-hour clock).');

export const emailField = emailFieldOf("Enter the requester's e-mail address.");

export const nameField = personNameField("Enter the requester's name.");

export const requestTypesField = z
  .array(z.enum(REQUEST_TYPES, { error: `Choose a request type (${REQUEST_TYPES.join(', ')}).` }), { error: 'Choose at least one request type.' })
  .min(1, 'Choose at least one request type.')
  .max(REQUEST_TYPES.length)
  .transform((ts) => REQUEST_TYPES.filter((t) => ts.includes(t)));

export const refField = z
  .string({ error: 'Give the request reference (DSR-YYYY-NNNNN).' })
  .trim()
  .toUpperCase()
  .regex(/^DSR-\d{4}-\d{5,}$/, 'A request reference looks like DSR-2026-00042.');

export const requesterSchema = z.object({
  name: nameField,
  email: emailField,
  postalAddress: optionalText(500, 'A postal address has at most 500 characters.'),
  phone: optionalText(40, 'A phone number has at most 40 characters.'),
  customerId: optionalText(100, 'A customer number has at most 100 characters.'),
  relation: z.enum(RELATIONS, { error: 'Choose who is asking: the customer, a representative or a parent.' }).default('self'),
  /** When a representative or parent asks: the person whose data it is. */
  onBehalfOf: optionalText(200, 'A name has at most 200 characters.'),
});

export const channelSchema = z.object({
  channel: z.enum(CHANNELS, { error: `Choose the channel (${CHANNELS.join(', ')}).` }),
  /** For e-mail: the mailbox it arrived at (optout@, billing@, legal@ …). */
  mailbox: optionalText(320, 'A mailbox has at most 320 characters.'),
});

/** Base64 bytes of an attachment sent with an operation. */
export const attachmentUploadSchema = fileUploadSchema.extend({
  /** Data minimisation (GDPR Art. 5(1)(c)): an ID scan is kept only until identity is verified. */
  deleteAfterVerification: z.boolean().optional(),
});
export type AttachmentUpload = z.input<typeof attachmentUploadSchema>;

// ---------------------------------------------------------------------------------------------
// Operation inputs

export const requestCreateInput = z
  .object({
    types: requestTypesField,
    requester: requesterSchema,
    channel: channelSchema.shape.channel,
    mailbox: channelSchema.shape.mailbox,
    receivedDate: dateField('the date received'),
    /** Local time in the organisation's zone; null when not known (e.g. a letter). */
    receivedTime: timeField.nullable().optional(),
    /** Default from Settings. */
    regime: regimeField.optional(),
    country: countryCodeField.optional(),
    description: optionalText(20_000, 'The description has at most 20,000 characters.'),
    /** Kept as an attachment (the original e-mail for an .eml import, a scanned letter, …). */
    attachments: z.array(attachmentUploadSchema).max(10, 'At most 10 attachments at once.').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.requester.relation !== 'self' && !v.requester.onBehalfOf)
      ctx.addIssue({ code: 'custom', path: ['requester', 'onBehalfOf'], message: 'Name the person the request is made for.' });
  });
export type RequestCreateInput = z.input<typeof requestCreateInput>;
export type RequestCreate = z.output<typeof requestCreateInput>;

export const REQUEST_SORTS = ['due', 'received', 'ref', 'name', 'status', 'updated'] as const;

/** Filters shared by the list, its CSV export and the CLI. */
export const requestFilterSchema = z.object({
  status: z.array(z.enum(STATUSES)).optional(),
  /** Shortcut for the five open statuses. */
  open: z.boolean().optional(),
  types: z.array(z.enum(REQUEST_TYPES)).optional(),
  channel: z.array(z.enum(CHANNELS)).optional(),
  /** Open requests whose deadline has passed (the clock-stopped ones are not overdue). */
  overdue: z.boolean().optional(),
  /** Open requests due within N days from today (today included; overdue ones included). */
  dueWithinDays: z.number().int().min(0, 'At least 0 days.').max(366, 'At most 366 days.').optional(),
  /** Text search over name, e-mail, reference and customer number. */
  q: z.string().trim().max(200, 'Search for at most 200 characters.').optional(),
  sort: z.enum(REQUEST_SORTS).default('due'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});

/**
 * Rows per page of the requests list (renderer/…/use-windowed-rows.ts). A page fills four
 * screens; more only delays the first one (at 100,000 requests a page of 200 took twice as long
 * as one of 100, in the benchmarks issue).
 */
export const LIST_PAGE_SIZE = 100;

export const requestListInput = pagedListInput(requestFilterSchema);
export type RequestListInput = z.input<typeof requestListInput>;
export type RequestListQuery = z.output<typeof requestListInput>;

export const requestRefInput = z.object({ ref: refField });

/** Art. 19 record for one recipient when closing a request. */
export const art19RecordSchema = z
  .object({
    recipientId: z.string().trim().min(1, 'Which recipient?').max(200),
    outcome: z.enum(ART19_OUTCOMES, { error: 'Choose notified, impossible or disproportionate.' }),
    notifiedOn: dateField('the date notified').nullable().optional(),
    reason: optionalText(2000, 'The reason has at most 2,000 characters.'),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'notified' && !v.notifiedOn) ctx.addIssue({ code: 'custom', path: ['notifiedOn'], message: 'Enter the date this recipient was notified.' });
    if (v.outcome !== 'notified' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why notifying this recipient is impossible or disproportionate (GDPR Art. 19).' });
  });
export type Art19Record = z.output<typeof art19RecordSchema>;

const on = dateField('the date').optional();
const note = noteField;

/**
 * One operation for every workflow action; `action` picks the transition (shared/model/
 * request-machine.ts). `on` defaults to today in the organisation's time zone.
 * `expectedVersion`, when given, refuses the action with CONFLICT if someone else changed the
 * request since it was read (two windows, or the UI and a script).
 */
const base = { ref: refField, expectedVersion: z.number().int().min(1).optional(), note };
export const requestTransitionInput = z.discriminatedUnion(
  'action',
  [
    z.object({ ...base, action: z.literal('start') }),
    z.object({
      ...base,
      action: z.literal('verify'),
      method: z.enum(VERIFICATION_METHODS, { error: 'Choose how identity was verified.' }),
      on,
      /** Who checked it; defaults to the acting user. */
      by: optionalText(200, 'At most 200 characters.'),
    }),
    z.object({
      ...base,
      action: z.literal('pause'),
      reason: z.enum(PAUSE_FOR, { error: 'Choose what you are waiting for: identity or clarification.' }),
      on,
    }),
    z.object({ ...base, action: z.literal('resume'), on }),
    z.object({
      ...base,
      action: z.literal('extend'),
      /** The day the extension notice (with reasons) went to the subject. GDPR Art. 12(3). */
      extensionNoticeSentOn: on,
      reasons: z.string().trim().min(1, 'Give the reasons for the extension; the subject must be told them (GDPR Art. 12(3)).').max(5000),
    }),
    z.object({
      ...base,
      action: z.literal('respond'),
      on,
      summary: z.string().trim().min(1, 'Summarise what was sent to the subject.').max(20_000),
    }),
    z.object({ ...base, action: z.literal('close'), art19: z.array(art19RecordSchema).max(500).default([]) }),
    z.object({
      ...base,
      action: z.literal('refuse'),
      ground: z.enum(REFUSAL_GROUNDS, { error: 'Choose the legal ground for the refusal.' }),
      on,
      reason: z.string().trim().min(1, 'Explain the refusal; the subject must be told why and of the right to complain (GDPR Art. 12(4)).').max(20_000),
    }),
    z.object({ ...base, action: z.literal('withdraw'), on }),
    z.object({ ...base, action: z.literal('mark-duplicate'), originalRef: refField }),
  ],
  { error: 'Choose an action.' },
);
export type RequestTransitionInput = z.input<typeof requestTransitionInput>;
export type RequestTransition = z.output<typeof requestTransitionInput>;
export type RequestAction = RequestTransition['action'];

export const requestAddNoteInput = z.object({
  ref: refField,
  /** internal: never shown to the subject. to-subject / from-subject: correspondence. */
  direction: z.enum(TIMELINE_DIRECTIONS).default('internal'),
  text: z.string().trim().min(1, 'Write the note.').max(20_000, 'A note has at most 20,000 characters.'),
  on: on,
});

export const requestAttachInput = attachmentUploadSchema.extend({ ref: refField, note });

export const attachmentRefInput = z.object({ ref: refField, attachmentId: z.number().int().positive() });

export const attachmentDeleteInput = attachmentRefInput.extend({
  reason: z.string().trim().min(1, 'Say why the file is deleted (e.g. identity verified; data minimisation).').max(2000),
});

/** Target fields a CSV column can be mapped to (the script header names). */
export const IMPORT_FIELDS = ['type', 'name', 'email', 'received', 'channel', 'customer_id', 'regime', 'country', 'notes'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const importMappingSchema = z
  .partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(500).nullable())
  .describe('Target field → 0-based column index (null: not imported).');

export const requestImportPreviewInput = z.object({
  csv: z.string().max(24 * 1024 * 1024, 'The file is larger than 24 MB; split it.'),
  /** Omitted: taken from the header row by name (the script header). */
  mapping: importMappingSchema.optional(),
  hasHeader: z.boolean().default(true),
  /** Rows returned in the preview (all rows are validated and counted). */
  previewLimit: z.number().int().min(0).max(5000).default(200),
});

export const requestImportInput = requestImportPreviewInput.omit({ previewLimit: true }).extend({
  dryRun: z.boolean().default(false),
  /** Chosen by the caller so it can poll `job.progress` while the import runs. */
  progressId: jobIdField.optional(),
});

export const requestParseEmlInput = z.object({
  base64: z.string().min(1, 'The file is empty.'),
  filename: z.string().trim().max(255).default('message.eml'),
});

export const requestImportEmlInput = requestParseEmlInput.extend({
  types: requestTypesField.default(['other']),
});

export const dueRemindersInput = z.object({
  /** Peek without marking as shown (for tests and the CLI's `--peek`). */
  peek: z.boolean().default(false),
});

// ---------------------------------------------------------------------------------------------
// Results

export type Urgency = 'overdue' | 'due-soon' | 'on-track' | 'paused' | 'done';

export interface RequestSummary {
  id: number;
  ref: string;
  /** Types joined with "+", e.g. "access+erasure" (the CLI's and CSV's form). */
  type: string;
  types: RequestType[];
  name: string;
  email: string;
  customerId: string | null;
  status: RequestStatus;
  channel: Channel;
  /** Local date in the organisation's time zone. */
  received: string;
  receivedTime: string | null;
  regime: string;
  country: string;
  /** The deadline that binds (extended if a valid notice was sent), as last computed. */
  due: string;
  /** True while the clock is stopped (awaiting the subject): `due` moves later each day. */
  clockStopped: boolean;
  /** Days from today to `due` (negative: overdue); null when the request is no longer open. */
  daysLeft: number | null;
  urgency: Urgency;
  /** Ref of an earlier request from the same e-mail or customer number within 30 days. */
  possibleDuplicateOf: string | null;
  updatedAt: string;
  version: number;
}

export type RequestListResult = Page<RequestSummary>;

export type TimelineDirection = (typeof TIMELINE_DIRECTIONS)[number];

export interface TimelineEntry {
  id: number;
  /** UTC instant it was recorded. */
  at: string;
  /** Local date it happened (may be earlier than `at`, e.g. a letter sent yesterday). */
  on: string | null;
  kind: 'created' | 'action' | 'note' | 'attachment';
  /** internal notes are kept apart from what went to / came from the subject. */
  direction: TimelineDirection;
  /** For `action`: the action name; for `attachment`: added / deleted. */
  action: string | null;
  /**
   * What happened as a code and parameters, written in the reader's language when shown; null for
   * free-text notes and for entries recorded before events had codes.
   */
  event: TimelineEvent | null;
  /** The entry in English (for the CLI, and as written for entries without an event code). */
  text: string;
  actor: string;
  attachmentId: number | null;
}

export interface AttachmentInfo extends FileInfo {
  deleteAfterVerification: boolean;
  /** Data minimisation reminder: an ID document is still kept although identity is verified. */
  deleteReminder: boolean;
}

export type AttachmentContent = FileContent;

export interface AvailableAction {
  action: RequestAction;
  label: string;
  /** Input fields the action needs besides `ref` (for the UI's dialog). */
  fields: string[];
  /** Shown when the action is listed but would be refused now (e.g. extension too late). */
  disabledReason: string | null;
}

export interface PauseRecord {
  reason: PauseFor;
  from: string;
  to: string | null;
}

export interface VerificationRecord {
  method: VerificationMethod;
  on: string;
  by: string;
}

export interface Art19Recipient {
  /** Stable id from the recipient source (the disclosures register, once it exists). */
  id: string;
  name: string;
  /** What went to them and when, as the register says. */
  description: string;
}

export interface Art19Listing {
  required: boolean;
  recipients: Art19Recipient[];
  /** Where the list came from and its limits, shown beside it. */
  sourceNote: string;
}

export interface Art19StoredRecord extends Art19Record {
  recipientName: string;
}

export interface RequestDetail extends RequestSummary {
  requester: {
    name: string;
    email: string;
    postalAddress: string | null;
    phone: string | null;
    customerId: string | null;
    relation: Relation;
    onBehalfOf: string | null;
  };
  mailbox: string | null;
  description: string | null;
  /** Live computation as of today (also what `due` was last stored from). */
  deadline: DeadlineResult;
  /** Rules version that produced the stored `due`. */
  storedRulesVersion: string;
  pauses: PauseRecord[];
  verification: VerificationRecord | null;
  extension: { noticeSentOn: string; reasons: string } | null;
  answeredOn: string | null;
  refusal: { ground: RefusalGround; reason: string } | null;
  duplicateOf: string | null;
  /** Other requests from the same e-mail or customer number within 30 days either side. */
  possibleDuplicates: Array<{ ref: string; received: string; status: RequestStatus }>;
  availableActions: AvailableAction[];
  art19: { listing: Art19Listing; records: Art19StoredRecord[] } | null;
  timeline: TimelineEntry[];
  attachments: AttachmentInfo[];
}

export interface CreatedRequest extends RequestDetail {
  /** Convenience for scripts: the same as possibleDuplicates, non-empty means "check this". */
  duplicateWarning: string | null;
}

export interface ImportRowResult {
  line: number;
  ok: boolean;
  errors: string[];
  /** The row as it would be created (ok rows). */
  values: Record<ImportField, string> | null;
}

export interface ImportPreview {
  headers: string[] | null;
  mapping: Partial<Record<ImportField, number | null>>;
  /** Target fields the mapping does not cover but the import needs. */
  missingFields: ImportField[];
  totalRows: number;
  validRows: number;
  rows: ImportRowResult[];
}

export interface ImportResult {
  imported: number;
  rejected: Array<{ line: number; errors: string[] }>;
  refs: string[];
  dryRun: boolean;
}

export interface EmlDraft {
  name: string;
  email: string;
  receivedDate: string;
  receivedTime: string | null;
  channel: 'email';
  mailbox: string | null;
  subject: string;
  description: string;
  warnings: string[];
}

export interface DueReminder {
  ref: string;
  threshold: 'due-soon' | 'overdue';
  due: string;
  daysLeft: number;
  name: string;
}

export interface DashboardData {
  today: string;
  open: number;
  dueWithin7Days: number;
  overdue: number;
  awaitingSubject: number;
  /** Answered (responded or refused) in the last 12 months on or before their deadline. */
  onTime: { answered: number; onTime: number; rate: number | null };
  /** Requests received per month (oldest first, 12 months incl. the current) and type. */
  perMonth: Array<{ month: string; total: number; byType: Partial<Record<RequestType, number>> }>;
  nextDeadlines: Array<{ ref: string; name: string; type: string; status: RequestStatus; due: string; daysLeft: number; urgency: Urgency }>;
}

/** Progress of a long operation (an import running in a worker thread). */
export type { JobProgress } from './jobs';

export interface CsvExport {
  filename: string;
  csv: string;
  rows: number;
}
