// The disclosures register: every time customer data went to someone outside the organisation,
// to whom, on what ground, what may be told to the subject, and since when. Codes only; the
// words are in shared/i18n (disclosures.*). Records: GDPR Art. 30 and Art. 5(2); the subject's
// right to the actual recipients: Art. 15(1)(c) (CJEU C-154/21); telling recipients: Art. 19.
import { z } from 'zod';
import { countField, countryCodeField, dateField, emailField, optionalText } from './fields';
import { fileUploadSchema, type FileInfo } from './files';
import { pagedListInput, type Page } from './paging';

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const RECIPIENT_KINDS = [
  'law-enforcement',
  'court',
  'regulator',
  'other-public-authority',
  'partner',
  'advertiser',
  'processor',
  'affiliate',
  'other',
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

/**
 * GDPR Art. 4(9): public authorities receiving data in a particular inquiry under Union or
 * Member State law are not "recipients"; only these kinds can be such an authority.
 */
export const PUBLIC_AUTHORITY_KINDS: readonly RecipientKind[] = ['law-enforcement', 'court', 'regulator', 'other-public-authority'];

/** Kinds whose disclosures may be a recurring flow (pixel tags, data feeds) rather than a one-off. */
export const FLOW_KINDS: readonly RecipientKind[] = ['partner', 'advertiser'];

export const DISCLOSURE_GROUNDS = [
  'court-order',
  'warrant',
  'interception-order',
  'other-legal-process',
  'legal-obligation', // GDPR Art. 6(1)(c)
  'legal-claims', // establishing, exercising or defending legal claims, Art. 9(2)(f) / Art. 17(3)(e)
  'protecting-rights', // protecting the rights, property or safety of the organisation or others
  'legitimate-interest', // Art. 6(1)(f): needs its balancing note
  'consent', // Art. 6(1)(a)
  'contract', // Art. 6(1)(b): providing the service
  'crime-evidence-found', // content found inadvertently that points to a crime
] as const;
export type DisclosureGround = (typeof DISCLOSURE_GROUNDS)[number];

export const DATA_CATEGORIES = [
  'identity',
  'contact',
  'payment',
  'account-and-services',
  'logs-and-traffic',
  'website-usage-and-cookies',
  'content-of-communications',
  'other',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

/** GDPR Chapter V: the tool a transfer to a third country rests on (Art. 45, 46(2)(c), 47, 49). */
export const TRANSFER_SAFEGUARDS = ['adequacy', 'sccs', 'bcrs', 'derogation'] as const;
export type TransferSafeguard = (typeof TRANSFER_SAFEGUARDS)[number];

/**
 * May the subject be told? `may-tell`: yes; `secret-until`: not before a date; `secret`: no.
 * Keeping it from the subject restricts Art. 15, so it needs its ground (Art. 23 with the
 * national provision, e.g. a gag clause in the order).
 */
export const SECRECY = ['may-tell', 'secret-until', 'secret'] as const;
export type Secrecy = (typeof SECRECY)[number];

export const FLOW_FREQUENCIES = ['continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type FlowFrequency = (typeof FLOW_FREQUENCIES)[number];

/** Why a disclosure is not shown to the subject (yet). */
export const WITHHELD_REASONS = ['secret', 'secret-until', 'particular-inquiry'] as const;
export type WithheldReason = (typeof WITHHELD_REASONS)[number];

export const DISCLOSURE_SORTS = ['date', 'ref', 'recipient'] as const;
export type DisclosureSort = (typeof DISCLOSURE_SORTS)[number];

export const REFERENCE_PREFIX = 'D';

// ---------------------------------------------------------------------------------------------
// Inputs

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A UUIDv7 public id (records are named by it in the contract, never by their row id). */
export const publicIdField = (what: string) => z.string({ error: `Which ${what}?` }).trim().uuid(`That is not a ${what} id.`);

const recipientShape = {
  name: z.string({ error: 'Enter the recipient.' }).trim().min(1, 'Enter the recipient.').max(200, 'A recipient name has at most 200 characters.').transform((v) => v.normalize('NFC')),
  kind: z.enum(RECIPIENT_KINDS, { error: `Choose the kind of recipient (${RECIPIENT_KINDS.join(', ')}).` }),
  country: countryCodeField.nullable().optional(),
  contact: optionalText(500, 'The contact has at most 500 characters.'),
  thirdCountry: z.boolean().default(false),
  safeguard: z.enum(TRANSFER_SAFEGUARDS, { error: `Choose the transfer safeguard (${TRANSFER_SAFEGUARDS.join(', ')}).` }).nullable().optional(),
};

function checkRecipient(v: { thirdCountry: boolean; safeguard?: TransferSafeguard | null }, ctx: z.RefinementCtx): void {
  // GDPR Art. 44: a transfer outside the EEA needs one of the Chapter V tools.
  if (v.thirdCountry && !v.safeguard) ctx.addIssue({ code: 'custom', path: ['safeguard'], message: 'A recipient in a third country needs its transfer safeguard (GDPR Art. 44-49).' });
}

export const recipientInput = z.object(recipientShape).superRefine(checkRecipient);
export type RecipientInput = z.output<typeof recipientInput>;

/** A correction of a directory entry: the whole entry again, as a new version with its reason. */
export const recipientCorrectInput = z
  .object({
    ...recipientShape,
    id: publicIdField('recipient'),
    expectedVersion: z.number().int().min(1).optional(),
    reason: z.string({ error: 'Say what was corrected and why.' }).trim().min(1, 'Say what was corrected and why.').max(2000, 'At most 2,000 characters.'),
  })
  .superRefine(checkRecipient);
export type RecipientCorrect = z.output<typeof recipientCorrectInput>;

export const recipientIdInput = z.object({ id: publicIdField('recipient') });

const subjectsSchema = z
  .object({
    emails: z.array(emailField()).max(1000, 'At most 1,000 e-mail addresses; record a bulk disclosure with a count.').default([]),
    customerIds: z.array(z.string().trim().min(1, 'Enter the customer number.').max(100, 'A customer number has at most 100 characters.')).max(1000).default([]),
    /** Subject requests (DSR-…) whose requester this disclosure concerns. */
    requestRefs: z.array(z.string().trim().min(1).max(40)).max(100).default([]),
    /** A bulk disclosure: how many subjects, when they are not listed one by one. */
    bulkCount: countField.nullable().optional(),
  })
  .default({ emails: [], customerIds: [], requestRefs: [] });

const secrecyDecision = z
  .object({
    decision: z.enum(SECRECY, { error: `Choose ${SECRECY.join(', ')}.` }).default('may-tell'),
    until: dateField('the date secrecy ends').nullable().optional(),
    ground: optionalText(1000, 'The ground has at most 1,000 characters.'),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'secret-until' && !v.until) ctx.addIssue({ code: 'custom', path: ['until'], message: 'Enter the date until which the subject may not be told.' });
    if (v.decision !== 'secret-until' && v.until) ctx.addIssue({ code: 'custom', path: ['until'], message: 'A date applies only to "secret until".' });
    // GDPR Art. 23(1)-(2): a restriction of Art. 15 rests on a legislative measure; name it.
    if (v.decision !== 'may-tell' && !v.ground)
      ctx.addIssue({ code: 'custom', path: ['ground'], message: 'Give the legal ground for keeping this from the subject (GDPR Art. 23 and the national provision).' });
  })
  .default({ decision: 'may-tell' });

const flowSchema = z
  .object({
    frequency: z.enum(FLOW_FREQUENCIES, { error: `Choose how often (${FLOW_FREQUENCIES.join(', ')}).` }),
    from: dateField('the first day of the flow'),
    to: dateField('the last day of the flow').nullable().optional(),
    description: optionalText(1000, 'The description has at most 1,000 characters.'),
  })
  .superRefine((v, ctx) => {
    if (v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The flow cannot end before it starts.' });
  });

/** The content of one version of a disclosure: what `add` records and `correct` replaces. */
const contentShape = {
    /** An existing recipient by id, or a directory entry found (by name and kind) or created. */
    recipientId: publicIdField('recipient').optional(),
    recipient: recipientInput.optional(),
    date: dateField('the date of the disclosure'),
    time: z.string().trim().regex(HHMM, 'Enter the time as HH:MM.').nullable().optional(),
    ground: z.enum(DISCLOSURE_GROUNDS, { error: `Choose the legal ground (${DISCLOSURE_GROUNDS.join(', ')}).` }),
    /** Legitimate interest: the balancing of interests (Art. 6(1)(f)); otherwise any explanation. */
    groundNote: optionalText(5000, 'The note has at most 5,000 characters.'),
    /** The instrument: order number, article of law (e.g. Dutch Sv art. 126na). */
    reference: optionalText(300, 'The reference has at most 300 characters.'),
    categories: z
      .array(z.enum(DATA_CATEGORIES, { error: `Choose from ${DATA_CATEGORIES.join(', ')}.` }))
      .min(1, 'Choose at least one category of data.')
      .transform((c) => [...new Set(c)]),
    subjects: subjectsSchema,
    caseRef: optionalText(100, 'The case reference has at most 100 characters.'),
    approvedBy: optionalText(200, 'At most 200 characters.'),
    approvedOn: dateField('the date it was approved').nullable().optional(),
    /** GDPR Art. 4(9): a particular inquiry by a public authority (not a "recipient"). */
    inquiry: z.boolean().default(false),
    secrecy: secrecyDecision,
    flow: flowSchema.nullable().optional(),
    /** The date the subject was told about it (after secrecy ended, or in an access response). */
    subjectToldOn: dateField('the date the subject was told').nullable().optional(),
};

type ContentShape = z.output<z.ZodObject<typeof contentShape>>;

function checkContent(v: ContentShape, ctx: z.RefinementCtx): void {
    if (!v.recipientId && !v.recipient) ctx.addIssue({ code: 'custom', path: ['recipient', 'name'], message: 'Enter the recipient.' });
    if (v.ground === 'legitimate-interest' && !v.groundNote)
      ctx.addIssue({ code: 'custom', path: ['groundNote'], message: 'Legitimate interest needs its balancing note (GDPR Art. 6(1)(f)).' });
    const s = v.subjects;
    if (!s.emails.length && !s.customerIds.length && !s.requestRefs.length && (s.bulkCount === null || s.bulkCount === undefined))
      ctx.addIssue({ code: 'custom', path: ['subjects'], message: 'Name the subjects (e-mail, customer number or request) or give a count for a bulk disclosure.' });
}

export const disclosureContent = z.object(contentShape).superRefine(checkContent);
export type DisclosureContent = z.output<typeof disclosureContent>;
export type DisclosureContentInput = z.input<typeof disclosureContent>;

export const disclosureAddInput = z.object({ ...contentShape, files: z.array(fileUploadSchema).max(20).default([]) }).superRefine(checkContent);
export type DisclosureAdd = z.output<typeof disclosureAddInput>;

export const disclosureIdInput = z.object({ id: publicIdField('disclosure') });

export const disclosureCorrectInput = z
  .object({
    ...contentShape,
    id: publicIdField('disclosure'),
    expectedVersion: z.number().int().min(1).optional(),
    reason: z.string({ error: 'Say what was corrected and why.' }).trim().min(1, 'Say what was corrected and why.').max(2000, 'At most 2,000 characters.'),
    /** Files added with the correction (the order, received later); files already kept stay. */
    files: z.array(fileUploadSchema).max(20).default([]),
  })
  .superRefine(checkContent);
export type DisclosureCorrect = z.output<typeof disclosureCorrectInput>;

export const disclosureFilterSchema = z.object({
  from: dateField('the first day').optional(),
  to: dateField('the last day').optional(),
  recipientKind: z.enum(RECIPIENT_KINDS).optional(),
  ground: z.enum(DISCLOSURE_GROUNDS).optional(),
  recipientId: publicIdField('recipient').optional(),
  subjectEmail: emailField().optional(),
  customerId: z.string().trim().min(1).max(100).optional(),
  /** Only disclosures the subject may not (yet) be told about. */
  secret: z.boolean().optional(),
  inquiry: z.boolean().optional(),
  sort: z.enum(DISCLOSURE_SORTS).default('date'),
  dir: z.enum(['asc', 'desc']).default('desc'),
});
export const disclosureListInput = pagedListInput(disclosureFilterSchema);
export type DisclosureListQuery = z.output<typeof disclosureListInput>;

export const periodInput = z
  .object({ from: dateField('the first day').optional(), to: dateField('the last day').optional() })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period cannot end before it starts.' });
  });

/** Who received this person's data: by e-mail, customer number, or the requester of a request. */
export const subjectQueryInput = z
  .object({ email: emailField().optional(), customerId: z.string().trim().min(1).max(100).optional(), ref: z.string().trim().min(1).max(40).optional() })
  .superRefine((v, ctx) => {
    if (!v.email && !v.customerId && !v.ref) ctx.addIssue({ code: 'custom', path: ['email'], message: 'Give an e-mail address, a customer number or a request.' });
  });

export const ART19_NOTICE_OUTCOMES = ['notified', 'impossible', 'disproportionate'] as const;

/** GDPR Art. 19: whether one recipient was told about a rectification, erasure or restriction. */
export const art19NoticeInput = z
  .object({
    ref: z.string().trim().min(1, 'Which request?').max(40),
    recipientId: publicIdField('recipient'),
    outcome: z.enum(ART19_NOTICE_OUTCOMES, { error: 'Choose notified, impossible or disproportionate.' }),
    notifiedOn: dateField('the date the recipient was told').nullable().optional(),
    reason: optionalText(2000, 'The reason has at most 2,000 characters.'),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'notified' && !v.notifiedOn) ctx.addIssue({ code: 'custom', path: ['notifiedOn'], message: 'Enter the date this recipient was told.' });
    if (v.outcome !== 'notified' && !v.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Say why telling this recipient is impossible or disproportionate (GDPR Art. 19).' });
  });

export const disclosureFileInput = z.object({ id: publicIdField('disclosure'), fileId: z.number().int().positive() });
export const disclosureRemindersInput = z.object({ peek: z.boolean().default(false) });

// ---------------------------------------------------------------------------------------------
// Results

export interface Recipient {
  id: string;
  name: string;
  kind: RecipientKind;
  country: string | null;
  contact: string | null;
  thirdCountry: boolean;
  safeguard: TransferSafeguard | null;
  version: number;
}

/** One version of a directory entry: the entry as it then read, with who, when and why. */
export interface RecipientVersion {
  version: number;
  at: string;
  by: string;
  reason: string | null;
  content: Omit<Recipient, 'id' | 'version'>;
}

export interface RecipientDetail extends Recipient {
  versions: RecipientVersion[];
  /** Disclosures recorded to this recipient (all versions of the entry). */
  disclosures: number;
}

export interface DisclosureSummary {
  id: string;
  ref: string;
  date: string;
  recipient: { id: string; name: string; kind: RecipientKind };
  ground: DisclosureGround;
  categories: DataCategory[];
  inquiry: boolean;
  secrecy: Secrecy;
  secretUntil: string | null;
  /** Subjects named or counted. */
  subjectsCount: number;
  recurring: boolean;
  version: number;
}

export interface DisclosureVersion {
  version: number;
  at: string;
  by: string;
  /** Null for the first version; what was corrected and why for the others. */
  reason: string | null;
  content: DisclosureContent & { recipientId: string };
}

export interface DisclosureDetail extends DisclosureSummary {
  time: string | null;
  groundNote: string | null;
  reference: string | null;
  subjects: { emails: string[]; customerIds: string[]; requestRefs: string[]; bulkCount: number | null };
  caseRef: string | null;
  approvedBy: string | null;
  approvedOn: string | null;
  secrecyGround: string | null;
  flow: { frequency: FlowFrequency; from: string; to: string | null; description: string | null } | null;
  subjectToldOn: string | null;
  files: FileInfo[];
  /** Every version, oldest first: corrections never overwrite silently. */
  versions: DisclosureVersion[];
  createdAt: string;
  updatedAt: string;
}

export type DisclosureListResult = Page<DisclosureSummary>;

/** One disclosure as the subject's view shows it. */
export interface SubjectDisclosure {
  id: string;
  ref: string;
  date: string;
  recipient: { id: string; name: string; kind: RecipientKind; country: string | null };
  ground: DisclosureGround;
  categories: DataCategory[];
  recurring: boolean;
  /** Null: will appear in the access response. Otherwise why not (yet). */
  withheld: { reason: WithheldReason; until: string | null; ground: string | null } | null;
}

export interface SubjectDisclosures {
  /** As of this local date: a "secret until" that has passed is shown. */
  asOf: string;
  /** What the subject may be told: the actual recipients (GDPR Art. 15(1)(c)). */
  shown: SubjectDisclosure[];
  /** For the DPO only: secret ones and Art. 4(9) inquiries. */
  withheld: SubjectDisclosure[];
}

export interface QuarterStats {
  /** 2026-Q1 */
  quarter: string;
  disclosures: number;
  /** Art. 4(9) inquiries among them (counted, though not "recipients"). */
  inquiries: number;
  subjectsAffected: number;
  /** Disclosures whose subjects were later told (subjectToldOn recorded). */
  laterTold: number;
  byRecipientKind: Record<RecipientKind, number>;
  byGround: Record<DisclosureGround, number>;
}

export interface DisclosureStats {
  from: string | null;
  to: string | null;
  quarters: QuarterStats[];
  total: Omit<QuarterStats, 'quarter'>;
}

export interface StatsCsv {
  filename: string;
  csv: string;
  rows: number;
}

export interface SecrecyReminder {
  id: string;
  ref: string;
  threshold: 'secrecy-ended';
  /** The last day of secrecy. */
  until: string;
  /** Days since it ended (0 on the day itself). */
  daysAgo: number;
  recipientName: string;
}
