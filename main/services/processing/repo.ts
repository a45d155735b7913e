// Rows of the processing-records tables and their contract shapes. SQL stays in this folder;
// public ids (UUIDv7) go out, integer row ids never do.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import type { DataCategory } from '../../../shared/model/disclosure';
import type {
  ActivityContent,
  ActivityRecipient,
  ProcessingDetail,
  ProcessingSummary,
  ProcessingVersion,
  RecordKind,
  SubjectKind,
} from '../../../shared/model/processing';
import { requireRecipient, type RecipientRow } from '../disclosures/recipients-repo';
import { ProcessingActivityNotFoundError } from './errors';

export interface ActivityRow {
  id: number;
  public_id: string;
  ref: string;
  kind: RecordKind;
  name: string;
  controller_name: string | null;
  subject_kinds: string;
  data_categories: string;
  last_reviewed_on: string | null;
  example_key: string | null;
  deleted_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface VersionRow {
  activity_id: number;
  version: number;
  content: string;
  deleted: number;
  reason: string | null;
  at: string;
  by: string;
}

/** '+a+b+' for a list of codes: instr(column, '+a+') finds one without matching a longer code. */
export function joinCodes(codes: readonly string[]): string {
  return codes.length ? `+${codes.join('+')}+` : '';
}

export function splitCodes<T extends string>(joined: string): T[] {
  return joined.split('+').filter(Boolean) as T[];
}

export function findActivity(db: Db, publicId: string): ActivityRow | undefined {
  return stmt(db, 'SELECT * FROM processing_activities WHERE public_id = ?').get(publicId) as ActivityRow | undefined;
}

export function requireActivity(db: Db, publicId: string): ActivityRow {
  const row = findActivity(db, publicId);
  if (!row) throw new ProcessingActivityNotFoundError(publicId);
  return row;
}

/** A review older than this date (or none) is due: `today` minus the review interval. */
export function toSummary(r: ActivityRow, reviewCutoff: string): ProcessingSummary {
  return {
    id: r.public_id,
    ref: r.ref,
    kind: r.kind,
    name: r.name,
    controllerName: r.controller_name,
    subjectKinds: splitCodes<SubjectKind>(r.subject_kinds),
    dataCategories: splitCodes<DataCategory>(r.data_categories),
    lastReviewedOn: r.last_reviewed_on,
    reviewDue: r.deleted_at === null && (r.last_reviewed_on === null || r.last_reviewed_on <= reviewCutoff),
    example: r.example_key !== null,
    version: r.version,
  };
}

export function toVersion(v: VersionRow): ProcessingVersion {
  return { version: v.version, at: v.at, by: v.by, deleted: v.deleted === 1, reason: v.reason, content: JSON.parse(v.content) as ActivityContent };
}

export function versionRowsOf(db: Db, id: number): VersionRow[] {
  return stmt(db, 'SELECT * FROM processing_versions WHERE activity_id = ? ORDER BY version').all(id) as VersionRow[];
}

export function toActivityRecipient(r: RecipientRow): ActivityRecipient {
  return { id: r.public_id, name: r.name, kind: r.kind, country: r.country, thirdCountry: r.third_country === 1, safeguard: r.safeguard };
}

/**
 * The named recipients of a content, read from the directory now. A directory entry is never
 * deleted, so an id stored in an old version still resolves.
 */
export function recipientsOf(db: Db, content: ActivityContent): ActivityRecipient[] {
  if (content.kind !== 'controller') return [];
  return content.recipients.recipientIds.map((id) => toActivityRecipient(requireRecipient(db, id)));
}

export function buildDetail(db: Db, r: ActivityRow, reviewCutoff: string): ProcessingDetail {
  const versions = versionRowsOf(db, r.id).map(toVersion);
  const content = versions[versions.length - 1]!.content;
  return {
    ...toSummary(r, reviewCutoff),
    content,
    recipients: recipientsOf(db, content),
    deleted: r.deleted_at !== null,
    versions,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
