// Rows of the breach tables and their contract shapes. SQL stays in this folder; public ids
// (UUIDv7) and references go out, integer row ids never do.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { filesOf, type FileOwner } from '../../store/file-store';
import { breachClock } from '../../../shared/breaches/clock';
import { instantToLocal } from '../../../shared/dates/instant';
import type { BreachContent, BreachDetail, BreachFileKind, BreachNature, BreachRole, BreachSummary, BreachVersion, RiskLevel } from '../../../shared/model/breach';
import { BreachNotFoundError } from './errors';

export interface BreachRow {
  id: number;
  public_id: string;
  ref: string;
  title: string;
  role: BreachRole;
  aware_at: string;
  aware_zone: string;
  natures: string;
  risk: RiskLevel;
  subjects_approx: number | null;
  notified_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export const SUMMARY_COLUMNS = 'id, public_id, ref, title, role, aware_at, aware_zone, natures, risk, subjects_approx, notified_at, version, created_at, updated_at';

export function breachOwner(row: { id: number; ref: string }): FileOwner {
  return { kind: 'breach', id: row.id, ref: row.ref };
}

/** By public id or reference (b-2026-0001 is B-2026-0001). */
export function findBreach(db: Db, idOrRef: string): BreachRow | undefined {
  const key = idOrRef.trim();
  return stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM breaches WHERE public_id = ? OR ref = ?`).get(key.toLowerCase(), key.toUpperCase()) as BreachRow | undefined;
}

export function requireBreach(db: Db, idOrRef: string): BreachRow {
  const row = findBreach(db, idOrRef);
  if (!row) throw new BreachNotFoundError(idOrRef);
  return row;
}

export function currentContent(db: Db, row: Pick<BreachRow, 'id' | 'version'>): BreachContent {
  const v = stmt(db, 'SELECT content FROM breach_versions WHERE breach_id = ? AND version = ?').get(row.id, row.version) as { content: string };
  return JSON.parse(v.content) as BreachContent;
}

export function toSummary(r: BreachRow, now: Date): BreachSummary {
  const clock = breachClock({ awareAt: r.aware_at, role: r.role, risk: r.risk, notifiedAt: r.notified_at }, now);
  return {
    id: r.public_id,
    ref: r.ref,
    title: r.title,
    role: r.role,
    awareAt: { at: r.aware_at, zone: r.aware_zone, local: instantToLocal(r.aware_at, r.aware_zone) },
    natures: r.natures.split(',').filter(Boolean) as BreachNature[],
    risk: r.risk,
    subjectsApprox: r.subjects_approx,
    notifiedAt: r.notified_at,
    clock,
    hoursLeft: clock.hoursLeft,
    version: r.version,
  };
}

export function versionsOf(db: Db, id: number): BreachVersion[] {
  const rows = stmt(db, 'SELECT version, change, content, reason, at, by FROM breach_versions WHERE breach_id = ? ORDER BY version').all(id) as Array<{
    version: number;
    change: string;
    content: string;
    reason: string | null;
    at: string;
    by: string;
  }>;
  return rows.map((v) => ({ version: v.version, change: v.change as BreachVersion['change'], at: v.at, by: v.by, reason: v.reason, content: JSON.parse(v.content) as BreachContent }));
}

export function buildDetail(db: Db, r: BreachRow, now: Date): BreachDetail {
  const versions = versionsOf(db, r.id);
  const content = versions[versions.length - 1]!.content;
  const purposes = new Map(
    (stmt(db, "SELECT bf.file_id, bf.purpose FROM breach_files bf JOIN files f ON f.id = bf.file_id WHERE f.owner_kind = 'breach' AND f.owner_id = ?").all(r.id) as Array<{ file_id: number; purpose: BreachFileKind }>).map((x) => [
      x.file_id,
      x.purpose,
    ]),
  );
  return {
    ...toSummary(r, now),
    content,
    files: filesOf(db, breachOwner(r)).map((f) => ({ ...f, purpose: purposes.get(f.id) ?? 'evidence' })),
    versions,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
