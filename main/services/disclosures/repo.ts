// Rows of the disclosures tables and their contract shapes. SQL stays here and in the other
// modules of this folder; public ids (UUIDv7) go out, integer row ids never do.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import type {
  DataCategory,
  DisclosureContent,
  DisclosureDetail,
  DisclosureGround,
  DisclosureSummary,
  DisclosureVersion,
  FlowFrequency,
  RecipientKind,
  Secrecy,
} from '../../../shared/model/disclosure';
import { filesOf } from '../../store/file-store';
import type { FileOwner } from '../../store/file-store';
import { DisclosureNotFoundError } from './errors';

export interface DisclosureRow {
  id: number;
  public_id: string;
  ref: string;
  recipient_id: number;
  recipient_kind: RecipientKind;
  disclosed_on: string;
  disclosed_time: string | null;
  ground: DisclosureGround;
  ground_note: string | null;
  reference: string | null;
  categories: string;
  case_ref: string | null;
  approved_by: string | null;
  approved_on: string | null;
  inquiry: number;
  secrecy: Secrecy;
  secret_until: string | null;
  secrecy_ground: string | null;
  flow_frequency: FlowFrequency | null;
  flow_from: string | null;
  flow_to: string | null;
  flow_note: string | null;
  bulk_count: number | null;
  subjects_count: number;
  subject_told_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A list row: the disclosure with its recipient's public id and name. */
export type SummaryRow = DisclosureRow & { r_public_id: string; r_name: string };

export const SUMMARY_SELECT = `SELECT d.*, r.public_id AS r_public_id, r.name AS r_name
  FROM disclosures d JOIN disclosure_recipients r ON r.id = d.recipient_id`;

/** Only what a list row shows: building a hundred objects of every column costs twice as much. */
export const LIST_SELECT = `SELECT d.public_id, d.ref, d.disclosed_on, d.recipient_kind, d.ground, d.categories, d.inquiry, d.secrecy, d.secret_until,
    d.subjects_count, d.flow_frequency, d.version, r.public_id AS r_public_id, r.name AS r_name
  FROM disclosures d JOIN disclosure_recipients r ON r.id = d.recipient_id`;

/** The columns of LIST_SELECT: what toSummary reads. */
export type ListRow = Pick<SummaryRow, 'public_id' | 'ref' | 'disclosed_on' | 'recipient_kind' | 'ground' | 'categories' | 'inquiry' | 'secrecy' | 'secret_until' | 'subjects_count' | 'flow_frequency' | 'version' | 'r_public_id' | 'r_name'>;

export function disclosureOwner(row: { id: number; ref: string }): FileOwner {
  return { kind: 'disclosure', id: row.id, ref: row.ref };
}

export function splitCategories(joined: string): DataCategory[] {
  return joined.split(',').filter(Boolean) as DataCategory[];
}

export function toSummary(r: ListRow): DisclosureSummary {
  return {
    id: r.public_id,
    ref: r.ref,
    date: r.disclosed_on,
    recipient: { id: r.r_public_id, name: r.r_name, kind: r.recipient_kind },
    ground: r.ground,
    categories: splitCategories(r.categories),
    inquiry: r.inquiry === 1,
    secrecy: r.secrecy,
    secretUntil: r.secret_until,
    subjectsCount: r.subjects_count,
    recurring: r.flow_frequency !== null,
    version: r.version,
  };
}

export function findDisclosure(db: Db, publicId: string): SummaryRow | undefined {
  return stmt(db, `${SUMMARY_SELECT} WHERE d.public_id = ?`).get(publicId) as SummaryRow | undefined;
}

export function requireDisclosure(db: Db, publicId: string): SummaryRow {
  const row = findDisclosure(db, publicId);
  if (!row) throw new DisclosureNotFoundError(publicId);
  return row;
}

export function versionsOf(db: Db, id: number): DisclosureVersion[] {
  const rows = stmt(db, 'SELECT version, content, reason, at, by FROM disclosure_versions WHERE disclosure_id = ? ORDER BY version').all(id) as Array<{
    version: number;
    content: string;
    reason: string | null;
    at: string;
    by: string;
  }>;
  return rows.map((v) => ({ version: v.version, at: v.at, by: v.by, reason: v.reason, content: JSON.parse(v.content) as DisclosureContent & { recipientId: string } }));
}

export function buildDetail(db: Db, r: SummaryRow): DisclosureDetail {
  const versions = versionsOf(db, r.id);
  const current = versions[versions.length - 1]!.content;
  return {
    ...toSummary(r),
    time: r.disclosed_time,
    groundNote: r.ground_note,
    reference: r.reference,
    subjects: {
      emails: current.subjects.emails,
      customerIds: current.subjects.customerIds,
      requestRefs: current.subjects.requestRefs,
      bulkCount: current.subjects.bulkCount ?? null,
    },
    caseRef: r.case_ref,
    approvedBy: r.approved_by,
    approvedOn: r.approved_on,
    secrecyGround: r.secrecy_ground,
    flow: r.flow_frequency ? { frequency: r.flow_frequency, from: r.flow_from!, to: r.flow_to, description: r.flow_note } : null,
    subjectToldOn: r.subject_told_on,
    files: filesOf(db, disclosureOwner(r)),
    versions,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
