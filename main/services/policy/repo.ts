// Rows of the policy tables and their contract shapes. SQL stays in this folder; public ids and
// revision numbers go out, integer row ids never do.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { filesOf, type FileOwner } from '../../store/file-store';
import {
  CHECKLIST_ITEMS,
  type ChangeClass,
  type CheckStatus,
  type ChecklistFinding,
  type ChecklistItem,
  type MaterialChange,
  type NoticeChannel,
  type PolicyFormat,
  type PolicyRevisionDetail,
  type PolicyRevisionSummary,
} from '../../../shared/model/policy';
import { CHECKLIST_RULES } from '../../../shared/policy/rules';
import { countStatuses } from '../../../shared/policy/checklist';
import { noticeWarnings } from '../../../shared/policy/notice';
import { splitSections } from '../../../shared/policy/sections';
import { PolicyRevisionNotFoundError } from './errors';

export interface RevisionRow {
  id: number;
  public_id: string;
  number: number;
  label: string | null;
  effective_date: string;
  published_on: string | null;
  approved_by: string | null;
  change_class: ChangeClass | null;
  material_changes: string;
  notice_on: string | null;
  notice_how: string;
  notice_note: string | null;
  has_notice: number;
  format: PolicyFormat;
  text: string;
  text_sha256: string;
  version: number;
  created_at: string;
  updated_at: string;
}

interface ChecklistRow {
  item: ChecklistItem;
  auto_status: CheckStatus;
  auto_evidence: string;
  override_status: CheckStatus | null;
  override_note: string | null;
  override_evidence: string | null;
  override_at: string | null;
  override_by: string | null;
}

export const revisionOwner = (r: Pick<RevisionRow, 'id' | 'number'>): FileOwner => ({ kind: 'policy-revision', id: r.id, ref: `revision ${r.number}` });

/** A revision by its number ("3") or its public id. */
export function findRevision(db: Db, ref: string): RevisionRow | undefined {
  return /^\d+$/.test(ref)
    ? (stmt(db, 'SELECT * FROM policy_revisions WHERE number = ?').get(Number(ref)) as RevisionRow | undefined)
    : (stmt(db, 'SELECT * FROM policy_revisions WHERE public_id = ?').get(ref.toLowerCase()) as RevisionRow | undefined);
}

export function requireRevision(db: Db, ref: string): RevisionRow {
  const row = findRevision(db, ref);
  if (!row) throw new PolicyRevisionNotFoundError(ref);
  return row;
}

const ARTICLE = new Map(CHECKLIST_RULES.map((r) => [r.item, r.article]));

export function checklistOf(db: Db, revisionId: number): ChecklistFinding[] {
  const rows = stmt(db, 'SELECT * FROM policy_checklist WHERE revision_id = ?').all(revisionId) as ChecklistRow[];
  const byItem = new Map(rows.map((r) => [r.item, r]));
  return CHECKLIST_ITEMS.filter((item) => byItem.has(item)).map((item) => {
    const r = byItem.get(item)!;
    const autoEvidence = JSON.parse(r.auto_evidence) as string[];
    const override = r.override_status ? { status: r.override_status, note: r.override_note, at: r.override_at!, by: r.override_by! } : null;
    const overrideEvidence = r.override_evidence ? (JSON.parse(r.override_evidence) as string[]) : [];
    return {
      item,
      article: ARTICLE.get(item)!,
      status: override?.status ?? r.auto_status,
      // An override keeps the sentences the rules found, plus any the DPO quoted.
      evidence: override ? [...new Set([...overrideEvidence, ...autoEvidence])] : autoEvidence,
      auto: { status: r.auto_status, evidence: autoEvidence },
      override,
    };
  });
}

const list = <T extends string>(joined: string): T[] => (joined ? (joined.split(',') as T[]) : []);

export function toSummary(db: Db, r: RevisionRow, noticeDays: number): PolicyRevisionSummary {
  const change = r.change_class ? { class: r.change_class, material: list<MaterialChange>(r.material_changes) } : null;
  const notice = r.has_notice ? { on: r.notice_on, how: list<NoticeChannel>(r.notice_how), note: r.notice_note } : null;
  const counts = countStatuses(checklistOf(db, r.id));
  return {
    id: r.public_id,
    number: r.number,
    label: r.label,
    effectiveDate: r.effective_date,
    publishedOn: r.published_on,
    approvedBy: r.approved_by,
    change,
    notice,
    format: r.format,
    sha256: r.text_sha256,
    counts,
    warnings: noticeWarnings({ change, notice, effectiveDate: r.effective_date }, noticeDays),
    version: r.version,
    createdAt: r.created_at,
  };
}

export function toDetail(db: Db, r: RevisionRow, noticeDays: number): PolicyRevisionDetail {
  return { ...toSummary(db, r, noticeDays), text: r.text, sections: splitSections(r.text), checklist: checklistOf(db, r.id), files: filesOf(db, revisionOwner(r)) };
}

export function allRevisions(db: Db): RevisionRow[] {
  return stmt(db, 'SELECT * FROM policy_revisions ORDER BY effective_date, number').all() as RevisionRow[];
}

/** The revision in force on `day`: the latest effective on or before it. */
export function revisionInForce(db: Db, day: string): RevisionRow | undefined {
  return stmt(db, 'SELECT * FROM policy_revisions WHERE effective_date <= ? ORDER BY effective_date DESC, number DESC LIMIT 1').get(day) as RevisionRow | undefined;
}
