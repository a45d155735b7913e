// Data subject requests: what the operations answer.
import type { Page } from './paging';
import type { FileContent, FileInfo } from './files';
import type { DeadlineResult } from '../deadlines';
import type { TimelineEvent } from './timeline';
import { type Channel, type PauseFor, type RefusalGround, type Relation, type RequestStatus, type RequestType, TIMELINE_DIRECTIONS, type VerificationMethod } from './request-vocabulary';
import type { Art19Record, ImportField, ImportStatus, RequestAction } from './request-inputs';

// ---------------------------------------------------------------------------------------------
// Results

export type Urgency = 'overdue' | 'due-soon' | 'on-track' | 'paused' | 'done';

export interface RequestSummary {
  /** Internal row id (kept for existing scripts); `ref` and `publicId` are the ids to hand out. */
  id: number;
  /** UUIDv7, generated when the request was recorded; never changes. */
  publicId: string;
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
  /**
   * Null: the subject may be told who this recipient is. Otherwise a disclosure to it is still
   * secret (GDPR Art. 23): `until` the day it may be told, null when no day is set.
   */
  withheldFromSubject: { until: string | null } | null;
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
  /** What an ok row becomes: its status, and the answer and closing dates it is imported with. */
  becomes?: ImportedAs | null;
}

export interface ImportedAs {
  status: ImportStatus;
  respondedOn: string | null;
  closedOn: string | null;
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
  /** The import report, one entry per imported line (per valid line on a dry run: ref null). */
  lines?: Array<{ line: number; ref: string | null } & ImportedAs>;
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
  /** The rights the subject and body ask for (English and Dutch), to pre-tick; empty when unclear. */
  suggestedTypes: RequestType[];
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
