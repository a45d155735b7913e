// The breach register (GDPR Art. 33(5)): every personal-data breach, notified or not, with its
// facts, effects and remedial action, so the supervisory authority can verify compliance. Codes
// only; the words are in shared/i18n (breaches.*). The 72-hour clock is shared/breaches/clock.ts.
import { z } from 'zod';
import { countField, dateField, optionalText } from './fields';
import { fileUploadSchema, type FileInfo } from './files';
import { pagedListInput, type Page } from './paging';
import { DATA_CATEGORIES, type DataCategory } from './disclosure';
import { isKnownTimeZone, localToInstant } from '../dates/instant';
import type { BreachClock, ClockState } from '../breaches/clock';

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** The three kinds of breach (EDPB Guidelines 9/2022 on Art. 4(12)); one breach may be several. */
export const BREACH_NATURES = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachNature = (typeof BREACH_NATURES)[number];

/**
 * Art. 33(1): no notification when "unlikely to result in a risk"; Art. 34(1): subjects are told
 * when "likely to result in a high risk".
 */
export const RISK_LEVELS = ['none', 'risk', 'high-risk'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Our side of the breach: our own data (controller, Art. 33(1)) or a customer's (processor, Art. 33(2)). */
export const BREACH_ROLES = ['controller', 'processor'] as const;
export type BreachRole = (typeof BREACH_ROLES)[number];

/** Categories of data subjects (Art. 33(3)(a)). */
export const SUBJECT_CATEGORIES = ['customers', 'customers-end-users', 'employees', 'website-visitors', 'prospects', 'other'] as const;
export type SubjectCategory = (typeof SUBJECT_CATEGORIES)[number];

/** Were the subjects told (Art. 34)? */
export const SUBJECT_NOTICES = ['undecided', 'told', 'not-told'] as const;
export type SubjectNotice = (typeof SUBJECT_NOTICES)[number];

/**
 * Why the subjects were not told: no high risk (Art. 34(1)), or one of the three exceptions of
 * Art. 34(3): (a) the data was unintelligible (encrypted), (b) later measures removed the high
 * risk, (c) telling each would take disproportionate effort, so a public communication instead.
 */
export const NOT_TOLD_GROUNDS = ['no-high-risk', 'unintelligible', 'risk-no-longer-likely', 'public-communication'] as const;
export type NotToldGround = (typeof NOT_TOLD_GROUNDS)[number];

export const CLOCK_STATES = ['running', 'overdue', 'notified-in-time', 'notified-late', 'not-required', 'processor'] as const satisfies readonly ClockState[];

export const BREACH_SORTS = ['aware', 'ref', 'risk'] as const;
export type BreachSort = (typeof BREACH_SORTS)[number];

export const BREACH_REFERENCE_PREFIX = 'B';

/** File kinds a breach keeps: evidence, the notification as sent, the authority's reply. */
export const BREACH_FILE_KINDS = ['evidence', 'notification-sent', 'authority-reply'] as const;
export type BreachFileKind = (typeof BREACH_FILE_KINDS)[number];

// ---------------------------------------------------------------------------------------------
// Instants: a wall-clock time in a named zone, checked here so the form and the core agree

export const timeZoneField = z
  .string()
  .trim()
  .refine(isKnownTimeZone, 'Not a known time zone (use a name like Europe/Amsterdam).');

/**
 * "2026-03-27T10:00" in `zone` (omitted: the organisation's time zone). A time that does not
 * exist there (the hour skipped when clocks go forward) is refused by field.
 */
export const localInstantField = (what: string) =>
  z
    .object({
      local: z.string({ error: `Enter ${what} as YYYY-MM-DD HH:MM.` }).trim(),
      zone: timeZoneField.optional(),
    })
    .superRefine((v, ctx) => {
      const date = v.local.slice(0, 10);
      if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/.test(v.local)) return void ctx.addIssue({ code: 'custom', path: ['local'], message: `Enter ${what} as YYYY-MM-DD HH:MM.` });
      const dateCheck = dateField(what).safeParse(date);
      if (!dateCheck.success) return void ctx.addIssue({ code: 'custom', path: ['local'], message: dateCheck.error.issues[0]!.message });
      // An unknown zone has its own error; the time cannot be judged against it.
      if (v.zone !== undefined && !isKnownTimeZone(v.zone)) return;
      const r = localToInstant(v.local, v.zone ?? 'UTC');
      if (!r.ok && r.problem === 'gap')
        ctx.addIssue({ code: 'custom', path: ['local'], message: `${v.local.replace('T', ' ')} does not exist in ${v.zone}: the clocks moved forward over that hour.` });
      else if (!r.ok) ctx.addIssue({ code: 'custom', path: ['local'], message: `Enter ${what} as YYYY-MM-DD HH:MM.` });
    });
export type LocalInstantInput = z.input<ReturnType<typeof localInstantField>>;

/** An instant as stored and shown: UTC, the zone it was recorded in, and its wall clock there. */
export interface RecordedInstant {
  /** UTC, ISO 8601 ("2026-03-27T09:00:00.000Z"). */
  at: string;
  zone: string;
  /** Wall clock in `zone`: "2026-03-27T10:00". */
  local: string;
}

// ---------------------------------------------------------------------------------------------
// Inputs

const text = (max: number) => optionalText(max, `At most ${max.toLocaleString('en')} characters.`);

const notificationShape = {
  at: localInstantField('when the authority was notified'),
  /** The authority's case or reference number. */
  reference: text(200),
  authority: text(200),
  /** Required when notified after the 72 hours (Art. 33(1)). */
  delayReasons: text(5000),
};

export const notificationInput = z.object(notificationShape);

const subjectsToldSchema = z
  .object({
    decision: z.enum(SUBJECT_NOTICES, { error: `Choose ${SUBJECT_NOTICES.join(', ')}.` }).default('undecided'),
    on: dateField('the date the subjects were told').nullable().optional(),
    how: text(2000),
    ground: z.enum(NOT_TOLD_GROUNDS, { error: `Choose the reason (${NOT_TOLD_GROUNDS.join(', ')}).` }).nullable().optional(),
    reason: text(5000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'told' && !v.on) ctx.addIssue({ code: 'custom', path: ['on'], message: 'Enter the date the subjects were told (GDPR Art. 34(1)).' });
    if (v.decision === 'not-told' && !v.ground) ctx.addIssue({ code: 'custom', path: ['ground'], message: 'Say why the subjects were not told (GDPR Art. 34(1) or 34(3)).' });
    if (v.decision === 'not-told' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Explain why the subjects were not told.' });
  })
  .default({ decision: 'undecided' });

const controllerNoticeSchema = z.object({
  controller: z.string({ error: 'Name the customer (controller).' }).trim().min(1, 'Name the customer (controller).').max(200, 'At most 200 characters.'),
  /** Art. 33(2): the processor tells the controller without undue delay. */
  notifiedAt: localInstantField('when this customer was told'),
});

/** The content of one version of a breach: what `add` records and every later version replaces. */
const contentShape = {
  title: z.string({ error: 'Give the breach a short title.' }).trim().min(1, 'Give the breach a short title.').max(200, 'At most 200 characters.'),
  role: z.enum(BREACH_ROLES, { error: `Choose ${BREACH_ROLES.join(' or ')}.` }).default('controller'),
  discoveredAt: localInstantField('when the breach was discovered'),
  /** The 72 hours run from here (Art. 33(1)). */
  awareAt: localInstantField('when you became aware of the breach'),
  natures: z
    .array(z.enum(BREACH_NATURES, { error: `Choose from ${BREACH_NATURES.join(', ')}.` }))
    .min(1, 'Choose at least one: confidentiality, integrity or availability.')
    .transform((c) => [...new Set(c)]),
  description: text(10_000),
  subjectCategories: z
    .array(z.enum(SUBJECT_CATEGORIES, { error: `Choose from ${SUBJECT_CATEGORIES.join(', ')}.` }))
    .default([])
    .transform((c) => [...new Set(c)]),
  dataCategories: z
    .array(z.enum(DATA_CATEGORIES, { error: `Choose from ${DATA_CATEGORIES.join(', ')}.` }))
    .default([])
    .transform((c) => [...new Set(c)]),
  /** Approximate numbers (Art. 33(3)(a)). */
  subjectsApprox: countField.nullable().optional(),
  recordsApprox: countField.nullable().optional(),
  consequences: text(5000),
  measuresTaken: text(5000),
  measuresProposed: text(5000),
  risk: z.enum(RISK_LEVELS, { error: `Choose the risk (${RISK_LEVELS.join(', ')}).` }),
  riskReasoning: z.string({ error: 'Give the reasoning behind the risk assessment.' }).trim().min(1, 'Give the reasoning behind the risk assessment.').max(10_000, 'At most 10,000 characters.'),
  notification: notificationInput.nullable().optional(),
  subjectsTold: subjectsToldSchema,
  controllersNotified: z.array(controllerNoticeSchema).max(500).default([]),
};

type ContentShape = z.output<z.ZodObject<typeof contentShape>>;

function checkContent(v: ContentShape, ctx: z.RefinementCtx): void {
  // Art. 34(1): a high risk means the subjects are told, unless an Art. 34(3) exception applies.
  if (v.risk === 'high-risk' && v.subjectsTold.decision === 'not-told' && v.subjectsTold.ground === 'no-high-risk')
    ctx.addIssue({ code: 'custom', path: ['subjectsTold', 'ground'], message: 'The risk is assessed as high: "no high risk" cannot be the reason (GDPR Art. 34(1)); choose an Art. 34(3) exception.' });
  if (v.role === 'controller' && v.controllersNotified.length)
    ctx.addIssue({ code: 'custom', path: ['controllersNotified'], message: 'Customers (controllers) are told only about a breach on our side as their processor (GDPR Art. 33(2)).' });
}

/** A file with what it is to the breach (kept beside the file store's record, in breach_files). */
export const breachUploadSchema = z.object({
  filename: fileUploadSchema.shape.filename,
  mimeType: fileUploadSchema.shape.mimeType,
  base64: fileUploadSchema.shape.base64,
  purpose: z.enum(BREACH_FILE_KINDS, { error: `Choose ${BREACH_FILE_KINDS.join(', ')}.` }).default('evidence'),
});
export const breachContent = z.object(contentShape).superRefine(checkContent);
export type BreachContentInput = z.input<typeof breachContent>;
export type BreachContentParsed = z.output<typeof breachContent>;

export const breachAddInput = z.object({ ...contentShape, files: z.array(breachUploadSchema).max(20).default([]) }).superRefine(checkContent);
export type BreachAdd = z.output<typeof breachAddInput>;

/** A breach by its public id or its reference (B-2026-0001). */
export const breachRefField = z.string({ error: 'Which breach?' }).trim().min(1, 'Which breach?').max(60);

export const breachIdInput = z.object({ id: breachRefField });

export const breachCorrectInput = z
  .object({
    ...contentShape,
    id: breachRefField,
    expectedVersion: z.number().int().min(1).optional(),
    reason: z.string({ error: 'Say what was corrected and why.' }).trim().min(1, 'Say what was corrected and why.').max(2000, 'At most 2,000 characters.'),
  })
  .superRefine(checkContent);
export type BreachCorrect = z.output<typeof breachCorrectInput>;

/** The first notification to the authority: stops the clock. */
export const breachNotifyInput = z.object({ id: breachRefField, expectedVersion: z.number().int().min(1).optional(), ...notificationShape });
export type BreachNotify = z.output<typeof breachNotifyInput>;

/** Art. 33(4): information given in phases, after the first notification. */
export const breachFollowUpInput = z.object({
  id: breachRefField,
  expectedVersion: z.number().int().min(1).optional(),
  at: localInstantField('when the further information was sent'),
  summary: z.string({ error: 'Say what was added.' }).trim().min(1, 'Say what was added.').max(5000, 'At most 5,000 characters.'),
  reference: text(200),
});
export type BreachFollowUp = z.output<typeof breachFollowUpInput>;

export const breachAttachInput = z.object({ id: breachRefField, ...breachUploadSchema.shape });
export const breachFileInput = z.object({ id: breachRefField, fileId: z.number().int().positive() });

export const breachFilterSchema = z.object({
  /** Aware on or after this local date. */
  from: dateField('the first day').optional(),
  to: dateField('the last day').optional(),
  risk: z.enum(RISK_LEVELS).optional(),
  role: z.enum(BREACH_ROLES).optional(),
  nature: z.enum(BREACH_NATURES).optional(),
  clock: z.enum(CLOCK_STATES).optional(),
  sort: z.enum(BREACH_SORTS).default('aware'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export const breachListInput = pagedListInput(breachFilterSchema);
export type BreachListQuery = z.output<typeof breachListInput>;
export type BreachFilters = z.output<typeof breachFilterSchema>;

/** The register as it stood at the end of a local day, or at an instant. */
export const breachAsOfInput = z
  .object({ date: dateField('the date').optional(), at: z.iso.datetime({ message: 'Give an ISO 8601 instant.' }).optional() })
  .superRefine((v, ctx) => {
    if (!v.date && !v.at) ctx.addIssue({ code: 'custom', path: ['date'], message: 'Give the date the register should be shown as of.' });
  });

// ---------------------------------------------------------------------------------------------
// Results

/** The stored content of a version: instants resolved to UTC with their zones. */
export interface BreachContent {
  title: string;
  role: BreachRole;
  discoveredAt: RecordedInstant;
  awareAt: RecordedInstant;
  natures: BreachNature[];
  description: string | null;
  subjectCategories: SubjectCategory[];
  dataCategories: DataCategory[];
  subjectsApprox: number | null;
  recordsApprox: number | null;
  consequences: string | null;
  measuresTaken: string | null;
  measuresProposed: string | null;
  risk: RiskLevel;
  riskReasoning: string;
  notification: { at: RecordedInstant; reference: string | null; authority: string | null; delayReasons: string | null; late: boolean } | null;
  followUps: Array<{ at: RecordedInstant; summary: string; reference: string | null }>;
  subjectsTold: { decision: SubjectNotice; on: string | null; how: string | null; ground: NotToldGround | null; reason: string | null };
  controllersNotified: Array<{ controller: string; notifiedAt: RecordedInstant }>;
}

export interface BreachSummary {
  id: string;
  ref: string;
  title: string;
  role: BreachRole;
  awareAt: RecordedInstant;
  natures: BreachNature[];
  risk: RiskLevel;
  subjectsApprox: number | null;
  notifiedAt: string | null;
  /** As of the answer's moment. */
  clock: BreachClock;
  /** While the 72-hour clock runs (or is overdue): hours to the deadline; otherwise null. */
  hoursLeft: number | null;
  version: number;
}

export const VERSION_CHANGES = ['recorded', 'corrected', 'notified', 'follow-up'] as const;

export interface BreachVersion {
  version: number;
  /** What made this version. */
  change: (typeof VERSION_CHANGES)[number];
  at: string;
  by: string;
  /** Null for the first; otherwise what changed and why ("notified", "follow-up", a correction's reason). */
  reason: string | null;
  content: BreachContent;
}

export interface BreachDetail extends BreachSummary {
  content: BreachContent;
  files: Array<FileInfo & { purpose: BreachFileKind }>;
  /** Oldest first. */
  versions: BreachVersion[];
  createdAt: string;
  updatedAt: string;
}

export type BreachListResult = Page<BreachSummary>;

export interface BreachAsOf {
  /** The cut-off instant (UTC). */
  at: string;
  date: string | null;
  breaches: Array<{ id: string; ref: string; version: number; recordedAt: string; content: BreachContent; clock: BreachClock }>;
}

export interface BreachAlert {
  id: string;
  ref: string;
  title: string;
  alert: 'within-24h' | 'within-6h' | 'overdue';
  deadline: string;
  hoursLeft: number;
}

export interface BreachCsv {
  filename: string;
  csv: string;
  rows: number;
}
