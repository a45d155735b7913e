// Generated letters: a row per letter beside its PDF in the file store (owner the request, kind
// 'letter'), naming the template and version it was written from and, once sent, the day.
import type { Language } from '../../../shared/i18n/locales';
import type { TemplateName } from '../../../shared/letters/model';
import type { LetterRecord } from '../../../shared/model/letter';
import type { Db } from '../../store/database';
import { newPublicId } from '../../store/public-id';
import { stmt } from '../../store/statements';
import type { TxContext } from '../../store/store';
import { requestOwner } from '../requests/attachments';
import { insertEvent, type RequestRow } from '../requests/repo';
import { insertStreamedFile, type ChunkSink } from '../../store/file-store';
import type { PdfResult } from '../../pdf/document';
import { LetterNotFoundError } from './errors';

interface LetterRow {
  id: number;
  public_id: string;
  template: string;
  language: string;
  template_version: number;
  pages: number;
  sha256: string;
  file_id: number;
  file_public_id: string;
  filename: string;
  generated_at: string;
  generated_by: string;
  sent_on: string | null;
  activities: string;
  params: string;
}

const SELECT = `SELECT l.*, f.public_id AS file_public_id, f.filename FROM letters l JOIN files f ON f.id = l.file_id`;

function toRecord(r: LetterRow): LetterRecord {
  return {
    id: r.id,
    publicId: r.public_id,
    template: r.template as TemplateName,
    language: r.language as Language,
    templateVersion: r.template_version,
    pages: r.pages,
    sha256: r.sha256,
    fileId: r.file_id,
    filePublicId: r.file_public_id,
    filename: r.filename,
    generatedAt: r.generated_at,
    generatedBy: r.generated_by,
    sentOn: r.sent_on,
    activities: JSON.parse(r.activities) as string[],
  };
}

/** Newest first. */
export function letterRecords(db: Db, requestId: number): LetterRecord[] {
  return (stmt(db, `${SELECT} WHERE l.request_id = ? ORDER BY l.id DESC`).all(requestId) as LetterRow[]).map(toRecord);
}

export type StoredLetter = LetterRecord & { params: Record<string, unknown> };

/** A letter of this request by its number or public id. */
export function requireLetter(db: Db, row: RequestRow, ref: number | string): StoredLetter {
  const column = typeof ref === 'number' ? 'l.id' : 'l.public_id';
  const r = stmt(db, `${SELECT} WHERE ${column} = ? AND l.request_id = ?`).get(ref, row.id) as LetterRow | undefined;
  if (!r) throw new LetterNotFoundError(row.ref, ref);
  return { ...toRecord(r), params: JSON.parse(r.params) as Record<string, unknown> };
}

export interface NewLetter {
  template: TemplateName;
  language: Language;
  templateVersion: number;
  filename: string;
  activities: string[];
  params: Record<string, unknown>;
}

/**
 * The PDF into the file store as it is written (its audit event), its timeline entry on the
 * request, and the letter's row; all inside the caller's transaction.
 */
export function storeLetter(t: TxContext, row: RequestRow, l: NewLetter, actor: string, write: (sink: ChunkSink) => PdfResult): { letter: LetterRecord; pdf: PdfResult } {
  const { file, result: pdf } = insertStreamedFile(t, requestOwner(row), { filename: l.filename, mimeType: 'application/pdf', kind: 'letter', deleteAfter: null }, actor, write);
  const fileId = file.id;
  const sha256 = file.sha256;
  insertEvent(t.db, {
    requestId: row.id,
    at: t.now,
    kind: 'attachment',
    action: 'added',
    event: { code: 'attachment-added', filename: l.filename, kind: 'letter', bytes: file.sizeBytes, deleteAfterVerification: false, note: null },
    actor,
    attachmentId: fileId,
  });
  const info = stmt(
    t.db,
    `INSERT INTO letters (public_id, request_id, file_id, template, language, template_version, pages, sha256, activities, params, generated_at, generated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newPublicId(), row.id, fileId, l.template, l.language, l.templateVersion, pdf.pages, sha256, JSON.stringify(l.activities), JSON.stringify(l.params), t.now, actor);
  const id = Number(info.lastInsertRowid);
  t.audit({ entityType: 'request', entityId: row.ref, summary: { letter: { id, template: l.template, language: l.language, templateVersion: l.templateVersion, pages: pdf.pages, sha256, fileId } } });
  return { letter: toRecord(stmt(t.db, `${SELECT} WHERE l.id = ?`).get(id) as LetterRow), pdf };
}
