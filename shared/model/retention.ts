// Retention: how long the workbench keeps each kind of record before its personal data is
// pseudonymised (storage limitation, GDPR Art. 5(1)(e)). One rule per kind, each with its legal
// reasoning: the default reasoning is in the catalogs (retention.reasons.<kind>, English and
// Dutch); the DPO may write their own, and decides the periods.
import { z } from 'zod';
import { dateField } from './fields';
import { jobIdField } from './jobs';

export const RETENTION_KINDS = [
  'finishedRequests',
  'idDocuments',
  'lettersAndCaseFiles',
  'disclosures',
  'breaches',
  'policyRevisions',
  'processingRecords',
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/** A request is finished in these states; its retention period runs from the day it finished. */
export const FINISHED_STATUSES = ['closed', 'refused', 'withdrawn', 'duplicate'] as const;

/** Replaces every personal field of a purged record: the record, its counts and dates stay. */
export const PURGED_MARKER = '[purged]';

const ruleSchema = z.object({
  /** Months after the record finished; null: kept until the DPO decides (no automatic purge). */
  months: z.number({ error: 'Enter a number of months.' }).int('Enter whole months.').min(0, 'Must be 0 or more.').max(1200, 'At most 1200 months.').nullable(),
  /** The DPO's own reasoning; null: the default reasoning shown in the catalogs. */
  reason: z.string().trim().max(2000, 'At most 2,000 characters.').nullable(),
});
export type RetentionRule = z.output<typeof ruleSchema>;

export const retentionRulesSchema = z.object({
  finishedRequests: ruleSchema,
  idDocuments: ruleSchema,
  lettersAndCaseFiles: ruleSchema,
  disclosures: ruleSchema,
  breaches: ruleSchema,
  policyRevisions: ruleSchema,
  processingRecords: ruleSchema,
});
export type RetentionRules = z.output<typeof retentionRulesSchema>;

/**
 * Defaults; each period's reasoning is in retention.reasons (catalogs) and the README table.
 * finishedRequests: 24 months, the limitation period for a complaint to the authority and a claim
 * about how a request was handled (GDPR Art. 77, 79, 82; the DPO must be able to show compliance,
 * Art. 5(2)). idDocuments: 0 months, deleted at the latest when the request finishes (they only
 * served verification, Art. 5(1)(c), 12(6)). Letters and case files go with their request.
 * Disclosures and breaches: 60 months (Art. 33(5) documentation, accountability). Policy revisions
 * and records of processing (Art. 30) carry no personal data of subjects: kept.
 */
export const DEFAULT_RETENTION: RetentionRules = {
  finishedRequests: { months: 24, reason: null },
  idDocuments: { months: 0, reason: null },
  lettersAndCaseFiles: { months: 24, reason: null },
  disclosures: { months: 60, reason: null },
  breaches: { months: 60, reason: null },
  policyRevisions: { months: null, reason: null },
  processingRecords: { months: null, reason: null },
};

export const retentionHoldInput = z.object({
  /** A request (its reference or public id), a disclosure (D-…) or a breach (B-…). */
  ref: z.string().trim().min(1, 'Give the reference of the request, disclosure (D-…) or breach (B-…).').max(40),
  until: dateField('the end of the hold'),
  reason: z.string({ error: 'Give the reason for the hold.' }).trim().min(1, 'Give the reason for the hold (a legal claim, a complaint pending).').max(2000, 'At most 2,000 characters.'),
});

/** The hold on one record (its reference, as `retentionHoldInput` takes it), if any is in force. */
export const retentionHoldOfInput = z.object({ ref: retentionHoldInput.shape.ref });

export const retentionPurgeInput = z.object({
  /** The caller read the preview and confirms (the CLI's --yes); without it nothing is purged. */
  confirm: z.literal(true, { error: 'Confirm the purge after reading its preview.' }),
  /** Also delete automatic backups older than the finished-requests retention period. */
  deleteOldBackups: z.boolean().default(false),
  /** Runs as a job with this id: `job.progress` follows it, `job.cancel` rolls it back whole. */
  progressId: jobIdField.optional(),
});

/** A record whose retention period ends within the next 30 days. */
export interface RetentionUpcoming {
  kind: 'request' | 'disclosure' | 'breach';
  /** What the record's page is opened by: a request's reference, a disclosure's or breach's public id. */
  id: string;
  ref: string;
  finishedOn: string;
  dueOn: string;
}

/** What the purge erases of one record kind: how many, their bytes (files), the oldest finished. */
export interface RetentionDueKind {
  /** auditPacks: stored audit packs that copied a purged breach's title (their bytes go). */
  kind: 'finishedRequests' | 'idDocuments' | 'lettersAndCaseFiles' | 'disclosures' | 'breaches' | 'auditPacks';
  count: number;
  bytes: number;
  /** The day the oldest of them finished (its request, disclosure or breach; a pack: made), or null when none is due. */
  oldest: string | null;
}

export interface RetentionHold {
  kind: 'request' | 'disclosure' | 'breach';
  /** What the record's page is opened by (as in RetentionUpcoming). */
  id: string;
  ref: string;
  until: string;
  reason: string;
}

export interface RetentionPreview {
  today: string;
  requests: number;
  disclosures: number;
  breaches: number;
  /** Stored audit packs whose bytes go (they copied a purged breach). */
  reports: number;
  files: number;
  bytes: number;
  auditDetails: number;
  held: number;
  /** Due within the next 30 days (not yet due today), for the dashboard. */
  upcoming: RetentionUpcoming[];
  upcomingTotal: number;
  /** Automatic backups made before the retention cut-off: they still hold purged data. */
  oldBackups: string[];
  /** What is due, per record kind (the purge screen's review). */
  dueByKind: RetentionDueKind[];
  /** Holds in force: these requests are kept past their period until the hold ends. */
  holds: RetentionHold[];
}

export interface RetentionPurgeResult {
  /** False when only previewed (the CLI without --yes): nothing was changed. */
  done: boolean;
  /** What was due when the purge started. */
  preview: RetentionPreview;
  requests: number;
  disclosures: number;
  breaches: number;
  reports: number;
  files: number;
  bytes: number;
  auditDetails: number;
  batches: number;
  backupsDeleted: number;
}

export interface RetentionHoldResult {
  kind: 'request' | 'disclosure' | 'breach';
  ref: string;
  until: string;
}
