// Data subject requests: field schemas and every operation's input schema. Pure (runs in the
// renderer too): the request form uses these schemas with react-hook-form, and dispatch parses
// the same schemas again in the main process. Messages are field-level and never echo personal
// data (a bad date may be quoted, a name or e-mail address never).
import { z } from 'zod';
import { jobIdField } from './jobs';
import { pagedListInput } from './paging';
import { fileUploadSchema } from './files';
import { countryCodeField, dateField, emailField as emailFieldOf, noteField, optionalText, personNameField, PUBLIC_ID_PATTERN, recordIdField, regimeField } from './fields';
import { ART19_OUTCOMES, CHANNELS, PAUSE_FOR, REFUSAL_GROUNDS, RELATIONS, REQUEST_TYPES, STATUSES, TIMELINE_DIRECTIONS, VERIFICATION_METHODS } from './request-vocabulary';

// ---------------------------------------------------------------------------------------------
// Field schemas (messages written for the form)

export { dateField, optionalText };

export const timeField = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter the time as HH:MM (24-hour clock).');

/** A time of receipt that may be left empty (a letter, a back-dated request): empty is null. */
export const optionalTimeField = z
  .string()
  .trim()
  .refine((v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'Enter the time as HH:MM (24-hour clock), or leave it empty.')
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const emailField = emailFieldOf("Enter the requester's e-mail address.");

/** The requester's e-mail address when there is one (a letter or a call may come without). */
export const optionalEmailField = z
  .string()
  .trim()
  .max(320, 'An e-mail address has at most 320 characters.')
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), 'That is not a valid e-mail address (name@example.com).')
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

/**
 * Where a missing way to reach the requester is reported, by channel: the address the request
 * came from when it came by e-mail; otherwise the channel's own contact field. The answer has to
 * reach the subject (GDPR Art. 12(1), (3)), so one of e-mail, postal address or phone is required;
 * a request that arrived by e-mail always has its sender's address.
 */
export const CONTACT_FIELD_FOR_CHANNEL: Record<(typeof CHANNELS)[number], 'email' | 'postalAddress' | 'phone'> = {
  email: 'email',
  'web-form': 'email',
  'live-chat': 'email',
  phone: 'phone',
  letter: 'postalAddress',
  'in-person': 'email',
};

export const CONTACT_MISSING = {
  email: 'Enter the e-mail address the request came from.',
  any: 'Give at least one way to reach the requester: e-mail, postal address or phone.',
} as const;

export const nameField = personNameField("Enter the requester's name.");

export const requestTypesField = z
  .array(z.enum(REQUEST_TYPES, { error: `Choose a request type (${REQUEST_TYPES.join(', ')}).` }), { error: 'Choose at least one request type.' })
  .min(1, 'Choose at least one request type.')
  .max(REQUEST_TYPES.length)
  .transform((ts) => REQUEST_TYPES.filter((t) => ts.includes(t)));

/** A request by its reference (DSR-2026-00042), or by its public id wherever a reference is taken. */
export const refField = z
  .string({ error: 'Give the request reference (DSR-YYYY-NNNNN).' })
  .trim()
  .transform((v) => (PUBLIC_ID_PATTERN.test(v.toLowerCase()) ? v.toLowerCase() : v.toUpperCase()))
  .refine((v) => /^DSR-\d{4}-\d{5,}$/.test(v) || PUBLIC_ID_PATTERN.test(v), 'A request reference looks like DSR-2026-00042.');

export const requesterSchema = z.object({
  name: nameField,
  email: optionalEmailField,
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

/** The missing way to reach the requester for this channel, or null when there is one. */
export function contactProblem(
  channel: (typeof CHANNELS)[number],
  requester: { email?: string | null; postalAddress?: string | null; phone?: string | null },
): { field: 'email' | 'postalAddress' | 'phone'; message: string } | null {
  if (channel === 'email' && !requester.email) return { field: 'email', message: CONTACT_MISSING.email };
  if (requester.email || requester.postalAddress || requester.phone) return null;
  return { field: CONTACT_FIELD_FOR_CHANNEL[channel], message: CONTACT_MISSING.any };
}

// ---------------------------------------------------------------------------------------------
// Operation inputs

export const requestCreateInput = z
  .object({
    types: requestTypesField,
    requester: requesterSchema,
    channel: channelSchema.shape.channel,
    mailbox: channelSchema.shape.mailbox,
    receivedDate: dateField('the date received'),
    /** Local time in the organisation's zone; null (or empty) when not known (e.g. a letter). */
    receivedTime: optionalTimeField,
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
    const contact = contactProblem(v.channel, v.requester);
    if (contact) ctx.addIssue({ code: 'custom', path: ['requester', contact.field], message: contact.message });
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
  /** Running requests due within N days from today (today included); overdue ones only together with `overdue`. */
  dueWithinDays: z.number().int().min(0, 'At least 0 days.').max(366, 'At most 366 days.').optional(),
  /** Text search over name, e-mail, reference and customer number. */
  q: z.string().trim().max(200, 'Search for at most 200 characters.').optional(),
  sort: z.enum(REQUEST_SORTS).default('due'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});

/**
 * Rows per page of the requests list (renderer/src/data/use-paged-rows.ts). A page fills four
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
    z.object({
      ...base,
      action: z.literal('close'),
      art19: z.array(art19RecordSchema).max(500).default([]),
      /** Why an ID document marked "delete after verification" is still kept (GDPR Art. 5(1)(c)). */
      keepIdDocumentsReason: optionalText(2000, 'The reason has at most 2,000 characters.'),
    }),
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

/** An attachment by its number (as listed) or its public id. */
export const attachmentRefInput = z.object({ ref: refField, attachmentId: recordIdField });

export const attachmentDeleteInput = attachmentRefInput.extend({
  reason: z.string().trim().min(1, 'Say why the file is deleted (e.g. identity verified; data minimisation).').max(2000),
});

/** Target fields a CSV column can be mapped to (the script header names). */
export const IMPORT_FIELDS = [
  'type', 'name', 'email', 'received', 'channel', 'customer_id', 'regime', 'country', 'notes',
  // Ways to reach the subject besides e-mail, and where a historical request stands.
  'phone', 'postal_address', 'status', 'responded_on', 'closed_on',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/**
 * The statuses a CSV line can bring a request in as. History that the columns can state in full:
 * a refusal needs its ground and reasons, a withdrawal or duplicate its own record, so those are
 * imported as received (or in progress) and recorded in the app.
 */
export const IMPORT_STATUSES = ['received', 'in-progress', 'responded', 'closed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

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
  /** Omitted: the types recognised in the message; when none are, the DPO must choose. */
  types: requestTypesField.optional(),
});

export const dueRemindersInput = z.object({
  /** Peek without marking as shown (for tests and the CLI's `--peek`). */
  peek: z.boolean().default(false),
});
