// Generated reports (main/services/reports/): a request's case file and the audit pack, each a
// PDF laid out on a worker thread (follow and cancel it with job.progress / job.cancel by
// progressId) and stored in the file store with its SHA-256.
import { reportAuditPackInput, reportCaseFileInput, reportProcessingRecordInput, reportListInput, reportRefInput, reportSaveInput, type ReportInfo, type SavedReport } from '../model/report';
import type { FileContent } from '../model/files';
import { op } from './op';

export const reportOps = {
  'report.caseFile': op<ReportInfo>()(reportCaseFileInput, 'unlocked', 'request.read'),
  'report.auditPack': op<ReportInfo>()(reportAuditPackInput, 'unlocked', 'audit.read'),
  /** The record of processing activities (GDPR Art. 30) as of a date, as a PDF. */
  'report.processingRecord': op<ReportInfo>()(reportProcessingRecordInput, 'unlocked', 'processing.read'),
  'report.list': op<ReportInfo[]>()(reportListInput, 'unlocked', 'audit.read'),
  /** The PDF's bytes, for the app to open or save (a pack above the file size limit is saved from the CLI). */
  'report.content': op<FileContent>()(reportRefInput, 'unlocked', 'audit.read'),
  /** Writes a stored report to a file the user names, piece by piece (the CLI's --out). */
  'report.save': op<SavedReport>()(reportSaveInput, 'unlocked', 'audit.read', { localFiles: true }),
} as const;
