// Privacy policy revisions: every published version of the organisation's privacy notice, what
// changed, whether customers were told in time, and how each scored on the GDPR Art. 13/14
// transparency checklist. Codes only; the checklist rules (terms and patterns) are data in
// shared/policy/rules.ts so a screen can show them next to a finding.
import { z } from 'zod';
import { dateField, optionalText } from './fields';
import type { FileInfo } from './files';

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const POLICY_FORMATS = ['text', 'markdown', 'html', 'pdf', 'docx'] as const;
export type PolicyFormat = (typeof POLICY_FORMATS)[number];

export const CHANGE_CLASSES = ['editorial', 'clarification', 'material'] as const;
export type ChangeClass = (typeof CHANGE_CLASSES)[number];

/**
 * What makes a change material: the WP29 transparency guidelines (WP260 rev.01, para. 29-31,
 * endorsed by the EDPB) name new purposes, new recipients, new transfers and changes that affect
 * how people exercise their rights as changes to communicate well in advance.
 */
export const MATERIAL_CHANGES = ['new-purpose', 'new-recipients', 'new-data-categories', 'new-transfer', 'changed-retention', 'changed-rights'] as const;
export type MaterialChange = (typeof MATERIAL_CHANGES)[number];

export const NOTICE_CHANNELS = ['email', 'website-banner', 'in-app', 'letter', 'other'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

/** The checklist's fixed keys (GDPR Art. 13 and 14); scripts and the audit pack depend on them. */
export const CHECKLIST_ITEMS = [
  'controller_identity',
  'dpo_contact',
  'purposes',
  'legal_basis',
  'legitimate_interests',
  'recipients',
  'transfers',
  'retention',
  'rights_access',
  'rights_rectification',
  'rights_erasure',
  'rights_restriction',
  'rights_objection',
  'rights_portability',
  'withdraw_consent',
  'complaint',
  'statutory_requirement',
  'automated_decisions',
  'source_of_data',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export const CHECK_STATUSES = ['present', 'missing', 'unclear'] as const;
export type CheckStatus = (typeof CHECK_STATUSES)[number];

/** Warnings on a revision's notice (WP260 rev.01 para. 29-31; the period is a setting). */
export const NOTICE_WARNINGS = ['notice-missing', 'notice-late'] as const;
export type NoticeWarning = (typeof NOTICE_WARNINGS)[number];

// ---------------------------------------------------------------------------------------------
// Inputs

/** A policy text: a file's bytes (base64) or pasted text, with the name that tells its format. */
export const policySourceInput = z
  .object({
    filename: z.string().trim().min(1, 'Give the file a name.').max(255, 'A file name has at most 255 characters.').default('pasted.txt'),
    base64: z.string().min(1, 'The file is empty.').optional(),
    text: z.string().max(2_000_000, 'At most 2,000,000 characters; import the file instead.').optional(),
    /** Overrides what the file name and the bytes suggest. */
    format: z.enum(POLICY_FORMATS, { error: `Choose the format (${POLICY_FORMATS.join(', ')}).` }).optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.base64 && !v.text?.trim()) ctx.addIssue({ code: 'custom', path: ['text'], message: 'Paste the policy text or choose a file.' });
    if (v.base64 && v.text) ctx.addIssue({ code: 'custom', path: ['text'], message: 'Give either a file or pasted text, not both.' });
  });
export type PolicySource = z.output<typeof policySourceInput>;

const changeShape = z
  .object({
    class: z.enum(CHANGE_CLASSES, { error: `Choose ${CHANGE_CLASSES.join(', ')}.` }),
    material: z
      .array(z.enum(MATERIAL_CHANGES, { error: `Choose from ${MATERIAL_CHANGES.join(', ')}.` }))
      .default([])
      .transform((m) => [...new Set(m)]),
  })
  .superRefine((v, ctx) => {
    if (v.class === 'material' && !v.material.length) ctx.addIssue({ code: 'custom', path: ['material'], message: 'Say what makes the change material.' });
    if (v.class !== 'material' && v.material.length) ctx.addIssue({ code: 'custom', path: ['material'], message: 'Only a material change lists what is material.' });
  });

const noticeShape = z.object({
  /** The day customers were told about the change. */
  on: dateField('the date customers were told').nullable().optional(),
  how: z.array(z.enum(NOTICE_CHANNELS, { error: `Choose from ${NOTICE_CHANNELS.join(', ')}.` })).default([]),
  note: optionalText(2000, 'The note has at most 2,000 characters.'),
});

const metaShape = {
  label: optionalText(100, 'The version label has at most 100 characters.'),
  effectiveDate: dateField('the effective date'),
  publishedOn: dateField('the publication date').nullable().optional(),
  approvedBy: optionalText(200, 'At most 200 characters.'),
  change: changeShape.nullable().optional(),
  notice: noticeShape.nullable().optional(),
};

export const policyAddInput = z.object({ source: policySourceInput, ...metaShape });
export type PolicyAdd = z.output<typeof policyAddInput>;

/** A revision by its public id (UUID) or its number ("3"). */
export const revisionRefField = z
  .union([z.number().int().positive(), z.string().trim().min(1, 'Which revision?').max(64)], { error: 'Which revision?' })
  .transform((v) => String(v));

export const policyIdInput = z.object({ id: revisionRefField });

export const policyUpdateInput = z.object({ id: revisionRefField, expectedVersion: z.number().int().min(1).optional(), ...metaShape });
export type PolicyUpdate = z.output<typeof policyUpdateInput>;

export const policyCheckInput = z.object({ source: policySourceInput });

export const policyDiffInput = z.object({ a: revisionRefField, b: revisionRefField });

export const policyOverrideInput = z
  .object({
    id: revisionRefField,
    item: z.enum(CHECKLIST_ITEMS, { error: `Choose a checklist item (${CHECKLIST_ITEMS.join(', ')}).` }),
    /** null: back to the automatic finding. */
    status: z.enum(CHECK_STATUSES, { error: `Choose ${CHECK_STATUSES.join(', ')}.` }).nullable(),
    note: optionalText(2000, 'The note has at most 2,000 characters.'),
    /** Sentences of the revision that support a `present` the rules did not find. */
    evidence: z.array(z.string().trim().min(1).max(2000)).max(10).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.status && !v.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say why you override the finding.' });
  });
export type PolicyOverride = z.output<typeof policyOverrideInput>;

export const policyFileInput = z.object({ id: revisionRefField, fileId: z.number().int().positive() });

// ---------------------------------------------------------------------------------------------
// Results

export interface PolicySection {
  /** Stable across revisions: the title lower-cased, numbering stripped ('' before the first heading). */
  key: string;
  title: string;
  level: number;
  text: string;
}

export interface ChecklistOverride {
  status: CheckStatus;
  note: string | null;
  at: string;
  by: string;
}

export interface ChecklistFinding {
  item: ChecklistItem;
  /** The article the item rests on, e.g. 'GDPR Art. 13(2)(a)'. */
  article: string;
  /** The finding in force: the override's status when there is one. */
  status: CheckStatus;
  /** The sentence(s) supporting the finding, verbatim from the text; never empty for `present`. */
  evidence: string[];
  /** What the rules found, kept beside an override. */
  auto: { status: CheckStatus; evidence: string[] };
  override: ChecklistOverride | null;
}

export interface ChecklistCounts {
  present: number;
  missing: number;
  unclear: number;
}

export interface PolicyCheckResult {
  format: PolicyFormat;
  sections: PolicySection[];
  checklist: ChecklistFinding[];
  counts: ChecklistCounts;
}

export interface PolicyRevisionSummary {
  id: string;
  number: number;
  label: string | null;
  effectiveDate: string;
  publishedOn: string | null;
  approvedBy: string | null;
  change: { class: ChangeClass; material: MaterialChange[] } | null;
  notice: { on: string | null; how: NoticeChannel[]; note: string | null } | null;
  format: PolicyFormat;
  sha256: string;
  counts: ChecklistCounts;
  warnings: Array<{ code: NoticeWarning; days: number | null; required: number }>;
  version: number;
  createdAt: string;
}

/** A recipient kind the disclosures register shows and the policy does not name (Art. 13(1)(e)). */
export interface UndisclosedPractice {
  kind: string;
  disclosures: number;
  lastDate: string;
}

export interface PolicyRevisionDetail extends PolicyRevisionSummary {
  text: string;
  sections: PolicySection[];
  checklist: ChecklistFinding[];
  files: FileInfo[];
}

export interface PolicyPractices {
  /** The revision in force today (the latest effective on or before today), or null. */
  revision: { id: string; number: number } | null;
  undisclosed: UndisclosedPractice[];
}

export type DiffOp = 'equal' | 'insert' | 'delete';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

export const SECTION_CHANGES = ['unchanged', 'changed', 'added', 'removed', 'moved'] as const;
export type SectionChange = (typeof SECTION_CHANGES)[number];

export interface SectionDiff {
  change: SectionChange;
  /** A moved section may also have changed words. */
  textChanged: boolean;
  key: string;
  titleA: string | null;
  titleB: string | null;
  /** 0-based positions in each revision (null where the section does not exist). */
  positionA: number | null;
  positionB: number | null;
  /** Inline view: one run of parts. */
  inline: DiffPart[];
  /** Side-by-side view: the left column (equal + deleted), the right (equal + inserted). */
  left: DiffPart[];
  right: DiffPart[];
}

export interface PolicyDiff {
  a: { id: string; number: number; label: string | null; effectiveDate: string };
  b: { id: string; number: number; label: string | null; effectiveDate: string };
  sections: SectionDiff[];
  totals: { wordsInserted: number; wordsDeleted: number; sectionsAdded: number; sectionsRemoved: number; sectionsMoved: number; sectionsChanged: number };
}
