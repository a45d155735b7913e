// Records of processing activities (GDPR Art. 30). The organisation is a controller for its own
// customers, billing, marketing and website (Art. 30(1)) and a processor for the data its
// customers host on its servers (Art. 30(2)), so it keeps both kinds of record. Every change is a
// whole new version with who and when, so the record as it stood on any date can be shown (the
// regulator asks for it "on request", Art. 30(4)). Codes only; the words are in shared/i18n
// (processing.*).
import { z } from 'zod';
import { countryCodeField, dateField, optionalText } from './fields';
import { DATA_CATEGORIES, RECIPIENT_KINDS, TRANSFER_SAFEGUARDS, publicIdField, type DataCategory, type RecipientKind, type TransferSafeguard } from './disclosure';
import { pagedListInput, type Page } from './paging';

// ---------------------------------------------------------------------------------------------
// Vocabulary

/** Art. 30(1) for the organisation's own processing; Art. 30(2) for processing on a customer's behalf. */
export const RECORD_KINDS = ['controller', 'processor'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** GDPR Art. 6(1)(a)-(f). */
export const LEGAL_BASES = ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interest'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** Categories of data subjects (Art. 30(1)(c)); `customer` is what an access request usually comes from. */
export const SUBJECT_KINDS = ['customer', 'customer-contact', 'website-visitor', 'prospect', 'end-user', 'employee', 'supplier-contact', 'other'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/**
 * Where the data comes from: the subject, created by the organisation itself, another party
 * (Art. 14(2)(f), Art. 15(1)(g) "any available information as to their source"), or public sources.
 */
export const DATA_SOURCES = ['subject', 'generated', 'third-party', 'public'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** The activity fields a seed (or an editor) can cite a source sentence for. */
export const CITABLE_FIELDS = [
  'name',
  'purposes',
  'legalBasis',
  'legitimateInterestNote',
  'subjectKinds',
  'dataCategories',
  'recipients',
  'transfers',
  'retention',
  'security',
  'sources',
  'automatedDecisions',
] as const;
export type CitableField = (typeof CITABLE_FIELDS)[number];

export const PROCESSING_SORTS = ['ref', 'name', 'reviewed'] as const;
export type ProcessingSort = (typeof PROCESSING_SORTS)[number];

export const PROCESSING_REFERENCE_PREFIX = 'PA';

// ---------------------------------------------------------------------------------------------
// Inputs

const text = (max: number, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `At most ${max.toLocaleString('en')} characters.`)
    .transform((v) => v.normalize('NFC'));

const uniqueList = <T extends z.ZodType>(item: T, min: number, missing: string) =>
  z
    .array(item)
    .min(min, missing)
    .max(50, 'At most 50 items.')
    .transform((v) => [...new Set(v)] as Array<z.output<T>>);

/** A third-country transfer and the Chapter V tool it rests on (Art. 30(1)(e), Art. 44-49). */
export const transferInput = z.object({
  country: countryCodeField,
  safeguard: z.enum(TRANSFER_SAFEGUARDS, { error: `Choose the transfer safeguard (${TRANSFER_SAFEGUARDS.join(', ')}).` }),
  note: optionalText(1000, 'The note has at most 1,000 characters.'),
});
export type Transfer = z.output<typeof transferInput>;

/**
 * Categories of recipients (Art. 30(1)(d)): kinds from the recipients directory of the
 * disclosures register, and/or named entries of that directory by their public id.
 */
const recipientsInput = z
  .object({
    kinds: z.array(z.enum(RECIPIENT_KINDS, { error: `Choose from ${RECIPIENT_KINDS.join(', ')}.` })).max(20).default([]).transform((v) => [...new Set(v)]),
    recipientIds: z.array(publicIdField('recipient')).max(100).default([]).transform((v) => [...new Set(v)]),
    note: optionalText(2000, 'The note has at most 2,000 characters.'),
  })
  .default({ kinds: [], recipientIds: [] });

const citationsInput = z
  .partialRecord(z.enum(CITABLE_FIELDS), z.string().trim().min(1).max(2000, 'A cited sentence has at most 2,000 characters.'))
  .default({});

/**
 * Fields of the example record whose source (the privacy policy) is silent on them: their text
 * says so, and an access response refuses to answer from them (GDPR Art. 15(1): the subject is
 * told what is true, not a placeholder or a guess). Only the example sets it; afterwards the core
 * only shrinks it: a changed field leaves it, and the DPO may confirm one whose value is right as
 * it stands (e.g. "no transfers") by leaving it out of an edit's list.
 */
const toCompleteInput = z
  .array(z.enum(CITABLE_FIELDS))
  .max(CITABLE_FIELDS.length)
  .default([])
  .transform((v) => [...new Set(v)]);

const controllerShape = {
  kind: z.literal('controller'),
  name: text(200, 'Name the processing activity.'),
  purposes: uniqueList(text(500, 'Enter the purpose.'), 1, 'Give at least one purpose (GDPR Art. 30(1)(b)).'),
  legalBasis: z.enum(LEGAL_BASES, { error: `Choose the legal basis (${LEGAL_BASES.join(', ')}).` }),
  /** Art. 6(1)(f): the balancing of the organisation's interest against the subject's. */
  legitimateInterestNote: optionalText(5000, 'The note has at most 5,000 characters.'),
  subjectKinds: uniqueList(z.enum(SUBJECT_KINDS, { error: `Choose from ${SUBJECT_KINDS.join(', ')}.` }), 1, 'Choose at least one category of data subjects (GDPR Art. 30(1)(c)).'),
  dataCategories: uniqueList(z.enum(DATA_CATEGORIES, { error: `Choose from ${DATA_CATEGORIES.join(', ')}.` }), 1, 'Choose at least one category of personal data (GDPR Art. 30(1)(c)).'),
  recipients: recipientsInput,
  transfers: z.array(transferInput).max(50).default([]),
  /** Art. 30(1)(f): "where possible, the envisaged time limits for erasure". */
  retention: text(2000, 'Give the retention period or the criteria for it (GDPR Art. 30(1)(f)).'),
  /** Art. 30(1)(g) with Art. 32(1). */
  security: optionalText(5000, 'At most 5,000 characters.'),
  sources: z.array(z.enum(DATA_SOURCES, { error: `Choose from ${DATA_SOURCES.join(', ')}.` })).max(10).default([]).transform((v) => [...new Set(v)]),
  sourceNote: optionalText(2000, 'At most 2,000 characters.'),
  /** Art. 22 and Art. 15(1)(h): automated decisions, including profiling, and their logic. */
  automatedDecisions: z.boolean().default(false),
  automatedDecisionsNote: optionalText(5000, 'At most 5,000 characters.'),
  owner: optionalText(200, 'At most 200 characters.'),
  lastReviewedOn: dateField('the date it was last reviewed').nullable().optional(),
  /** The sentence of a document (the privacy policy) each field was taken from, kept beside it. */
  citations: citationsInput,
  toComplete: toCompleteInput,
};

const processorShape = {
  kind: z.literal('processor'),
  /** The controller (customer) on whose behalf the organisation processes, Art. 30(2)(a). */
  controllerName: text(200, 'Name the controller (the customer).'),
  controllerContact: optionalText(500, 'At most 500 characters.'),
  name: text(200, 'Name the processing.'),
  /** Art. 30(2)(b): the categories of processing carried out on the controller's behalf. */
  processingCategories: uniqueList(text(500, 'Enter the category of processing.'), 1, 'Give at least one category of processing (GDPR Art. 30(2)(b)).'),
  /** Art. 28(2)/(4): other processors engaged, named in the record. */
  subProcessors: z
    .array(z.object({ name: text(200, 'Name the sub-processor.'), country: countryCodeField.nullable().optional(), service: optionalText(500, 'At most 500 characters.') }))
    .max(50)
    .default([]),
  transfers: z.array(transferInput).max(50).default([]),
  security: optionalText(5000, 'At most 5,000 characters.'),
  owner: optionalText(200, 'At most 200 characters.'),
  lastReviewedOn: dateField('the date it was last reviewed').nullable().optional(),
  citations: citationsInput,
  toComplete: toCompleteInput,
};

type ControllerOut = z.output<z.ZodObject<typeof controllerShape>>;

function checkController(v: ControllerOut, ctx: z.RefinementCtx): void {
  // GDPR Art. 6(1)(f) with recital 47: legitimate interest rests on a documented balancing test.
  if (v.legalBasis === 'legitimate-interest' && !v.legitimateInterestNote)
    ctx.addIssue({ code: 'custom', path: ['legitimateInterestNote'], message: 'Legitimate interest needs its balancing note (GDPR Art. 6(1)(f)).' });
  // GDPR Art. 22(3) and Art. 15(1)(h): the subject is owed "meaningful information about the logic involved".
  if (v.automatedDecisions && !v.automatedDecisionsNote)
    ctx.addIssue({ code: 'custom', path: ['automatedDecisionsNote'], message: 'Describe the automated decision and its logic (GDPR Art. 15(1)(h), Art. 22).' });
}

export const controllerContent = z.object(controllerShape).superRefine(checkController);
export const processorContent = z.object(processorShape);
export type ControllerContent = z.output<typeof controllerContent>;
export type ProcessorContent = z.output<typeof processorContent>;
export type ActivityContent = ControllerContent | ProcessorContent;

/** One activity's content: what `add` records and every `edit` replaces whole. */
export const activityContent = z.discriminatedUnion('kind', [z.object(controllerShape), z.object(processorShape)], {
  error: 'Choose the kind of record (controller or processor).',
}).superRefine((v, ctx) => {
  if (v.kind === 'controller') checkController(v, ctx);
});
export type ActivityContentInput = z.input<typeof activityContent>;

export const processingAddInput = activityContent;

export const processingIdInput = z.object({ id: publicIdField('processing activity') });

export const processingEditInput = z.object({
  id: publicIdField('processing activity'),
  expectedVersion: z.number().int().min(1).optional(),
  content: activityContent,
});
export type ProcessingEdit = z.output<typeof processingEditInput>;

export const processingDeleteInput = z.object({
  id: publicIdField('processing activity'),
  expectedVersion: z.number().int().min(1).optional(),
  reason: z.string({ error: 'Say why this activity is removed from the record.' }).trim().min(1, 'Say why this activity is removed from the record.').max(2000, 'At most 2,000 characters.'),
});

/** Only the review: the record says it was checked on a date (a new version, nothing else changes). */
export const processingReviewedInput = z.object({
  id: publicIdField('processing activity'),
  expectedVersion: z.number().int().min(1).optional(),
  on: dateField('the date of the review'),
});

export const processingFilterSchema = z.object({
  kind: z.enum(RECORD_KINDS).optional(),
  subjectKind: z.enum(SUBJECT_KINDS).optional(),
  /** Only activities whose review is due (none, or older than the review interval). */
  reviewDue: z.boolean().optional(),
  sort: z.enum(PROCESSING_SORTS).default('ref'),
  dir: z.enum(['asc', 'desc']).default('asc'),
});
export const processingListInput = pagedListInput(processingFilterSchema);
export type ProcessingListQuery = z.output<typeof processingListInput>;

/** The record as it stood at the end of a day (in the organisation's time zone); default today. */
export const processingAsOfInput = z.object({ date: dateField('the date').optional() });

/**
 * The controller activities that cover a data subject of a kind: what an access response
 * (Art. 15(1)(a)-(h)) takes its purposes, categories, recipients, retention and source from.
 */
export const processingCoveringInput = z.object({
  subjectKind: z.enum(SUBJECT_KINDS, { error: `Choose the kind of data subject (${SUBJECT_KINDS.join(', ')}).` }),
  asOf: dateField('the date').optional(),
});

export const processingCsvInput = z.object({ kind: z.enum(RECORD_KINDS).optional(), date: dateField('the date').optional() });

// ---------------------------------------------------------------------------------------------
// Results

export interface ActivityRecipient {
  id: string;
  name: string;
  kind: RecipientKind;
  country: string | null;
  thirdCountry: boolean;
  safeguard: TransferSafeguard | null;
}

export interface ProcessingSummary {
  id: string;
  ref: string;
  kind: RecordKind;
  name: string;
  /** Processor records: the controller (customer). */
  controllerName: string | null;
  subjectKinds: SubjectKind[];
  dataCategories: DataCategory[];
  lastReviewedOn: string | null;
  /** No review yet, or the last one is older than the review interval (setting processingReviewMonths). */
  reviewDue: boolean;
  /** Loaded from the example record (the DPO may edit or delete it). */
  example: boolean;
  version: number;
}

export interface ProcessingVersion {
  version: number;
  at: string;
  by: string;
  /** The activity was removed from the record in this version (its content is the last one). */
  deleted: boolean;
  /** Why it was removed (deletions only). */
  reason: string | null;
  content: ActivityContent;
}

export interface ProcessingDetail extends ProcessingSummary {
  content: ActivityContent;
  /** The named recipients of the content, read from the directory. */
  recipients: ActivityRecipient[];
  deleted: boolean;
  /** Every version, oldest first. */
  versions: ProcessingVersion[];
  createdAt: string;
  updatedAt: string;
}

export type ProcessingListResult = Page<ProcessingSummary>;

/** One activity as it stood at a moment: the version then in force. */
export interface ActivityAsOf {
  id: string;
  ref: string;
  kind: RecordKind;
  version: number;
  /** When that version was written, and by whom. */
  at: string;
  by: string;
  content: ActivityContent;
  recipients: ActivityRecipient[];
}

export interface ProcessingAsOf {
  /** The local date; versions written up to the end of it count. */
  asOf: string;
  controller: ActivityAsOf[];
  processor: ActivityAsOf[];
}

/** What an access response needs of one activity that covers the subject (Art. 15(1)). */
export interface CoveringActivity {
  id: string;
  ref: string;
  name: string;
  version: number;
  purposes: string[];
  legalBasis: LegalBasis;
  legitimateInterestNote: string | null;
  dataCategories: DataCategory[];
  retention: string;
  sources: DataSource[];
  sourceNote: string | null;
  recipients: { kinds: RecipientKind[]; named: ActivityRecipient[]; note: string | null };
  transfers: Transfer[];
  automatedDecisions: { made: boolean; note: string | null };
  /** Fields still to be completed (the example's source was silent): not answers yet. */
  toComplete: CitableField[];
}

export interface CoveringActivities {
  subjectKind: SubjectKind;
  asOf: string;
  activities: CoveringActivity[];
}

export interface ReviewReminder {
  id: string;
  ref: string;
  name: string;
  kind: RecordKind;
  lastReviewedOn: string | null;
  /** The day the review fell (or falls) due; null when it was never reviewed. */
  dueSince: string | null;
}

export interface ProcessingCsv {
  filename: string;
  csv: string;
  rows: number;
}

export interface ExampleLoaded {
  added: number;
  /** The example's activities already in the register (kept as the DPO left them). */
  skipped: number;
}
