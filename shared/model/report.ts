// Generated reports: a request's case file and the regulator's audit pack (letters follow). Each
// is a PDF in the file store, written on a worker thread, with its SHA-256 and the audit-trail
// head it printed. These are the shapes that cross the contract.
import { z } from 'zod';
import { LANGUAGES } from '../i18n/locales';
import { absolutePathField, dateField, publicIdField } from './fields';
import { jobIdField } from './jobs';

export const REPORT_KINDS = ['case-file', 'audit-pack', 'processing-record'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

const lang = z.enum(LANGUAGES, { error: `Choose one of: ${LANGUAGES.join(', ')}.` }).optional();

export const reportCaseFileInput = z.object({
  ref: z.string().trim().min(1, 'Give the request reference.'),
  /** The language the case file is written in; default the app's language (Settings). */
  lang,
  /** The caller's job id, to follow progress and cancel (job.progress, job.cancel). */
  progressId: jobIdField.optional(),
});

export const reportAuditPackInput = z
  .object({
    /** First day of the period (local date); default: the beginning of the register. */
    from: dateField('the first day').optional(),
    /** Last day of the period (local date); default: today. */
    to: dateField('the last day').optional(),
    lang,
    progressId: jobIdField.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period cannot end before it starts.' });
  });

/** The Art. 30 record as it stood at the end of `date` (default today). */
export const reportProcessingRecordInput = z.object({
  date: dateField('the date').optional(),
  lang,
  progressId: jobIdField.optional(),
});

export const reportRefInput = z.object({ report: publicIdField });

/** Saves a stored report to a file the user names (the CLI's --out). */
export const reportSaveInput = z.object({ report: publicIdField, out: absolutePathField('Name the PDF file to write.'), force: z.boolean().default(false) });

export const reportListInput = z.object({ kind: z.enum(REPORT_KINDS).optional(), limit: z.number().int().min(1).max(200).default(50) });

export interface AuditHead {
  seq: number;
  hash: string;
}

/** A generated report as listed and returned. */
export interface ReportInfo {
  publicId: string;
  kind: ReportKind;
  /** The request's reference, for a case file. */
  requestRef: string | null;
  from: string | null;
  to: string | null;
  lang: string;
  pages: number;
  sizeBytes: number;
  sha256: string;
  /** The file in the file store (its public id). */
  fileId: string;
  filename: string;
  /** The audit trail's head printed in the report, recorded as a checkpoint. */
  auditHead: AuditHead;
  createdAt: string;
  createdBy: string;
}

export interface SavedReport {
  /** The path written. */
  file: string;
  pages: number;
  sha256: string;
  auditHead: AuditHead;
}
