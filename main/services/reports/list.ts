// Reading the reports register: one report by id, the newest first for the Reports screen.
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { NotFoundError } from '../../../shared/errors';
import type { ReportInfo, ReportKind } from '../../../shared/model/report';

interface Row {
  id: number;
  public_id: string;
  kind: ReportKind;
  request_ref: string | null;
  period_from: string | null;
  period_to: string | null;
  lang: string;
  pages: number;
  size_bytes: number;
  sha256: string;
  file_public_id: string;
  filename: string;
  audit_seq: number;
  audit_hash: string;
  created_at: string;
  created_by: string;
}

const SELECT = `SELECT r.id, r.public_id, r.kind, q.ref AS request_ref, r.period_from, r.period_to, r.lang, r.pages, f.size_bytes, f.sha256,
  f.public_id AS file_public_id, f.filename, r.audit_seq, r.audit_hash, r.created_at, r.created_by
  FROM reports r JOIN files f ON f.id = r.file_id LEFT JOIN requests q ON q.id = r.request_id`;

function toInfo(r: Row): ReportInfo {
  return {
    publicId: r.public_id,
    kind: r.kind,
    requestRef: r.request_ref,
    from: r.period_from,
    to: r.period_to,
    lang: r.lang,
    pages: r.pages,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    fileId: r.file_public_id,
    filename: r.filename,
    auditHead: { seq: r.audit_seq, hash: r.audit_hash },
    createdAt: r.created_at,
    createdBy: r.created_by,
  };
}

export class ReportNotFoundError extends NotFoundError {
  constructor(ref: string | number) {
    super('Report', ref);
  }
}

export function reportById(db: Db, id: number): ReportInfo {
  const row = stmt(db, `${SELECT} WHERE r.id = ?`).get(id) as Row | undefined;
  if (!row) throw new ReportNotFoundError(id);
  return toInfo(row);
}

/** The report's record and where its file lives (for reading or saving it). */
export function reportByPublicId(db: Db, publicId: string): { info: ReportInfo; fileId: number; owner: { kind: 'request' | 'report'; id: number; ref: string } } {
  const row = stmt(db, `${SELECT} WHERE r.public_id = ?`).get(publicId) as Row | undefined;
  if (!row) throw new ReportNotFoundError(publicId);
  const f = stmt(db, 'SELECT f.id, f.owner_kind, f.owner_id FROM files f JOIN reports r ON r.file_id = f.id WHERE r.id = ?').get(row.id) as { id: number; owner_kind: 'request' | 'report'; owner_id: number };
  return { info: toInfo(row), fileId: f.id, owner: { kind: f.owner_kind, id: f.owner_id, ref: row.request_ref ?? row.public_id } };
}

export function listReports(db: Db, kind: ReportKind | undefined, limit: number): ReportInfo[] {
  const rows = (kind ? stmt(db, `${SELECT} WHERE r.kind = ? ORDER BY r.id DESC LIMIT ?`).all(kind, limit) : stmt(db, `${SELECT} ORDER BY r.id DESC LIMIT ?`).all(limit)) as Row[];
  return rows.map(toInfo);
}
