// Attachments are stored inside the encrypted database (DESIGN.md "Storage"): never as loose
// files and never in a plaintext temp file. The UI saves one through a save dialog from the
// bytes `request.attachmentGet` returns. The audit trail records name, size and hash, never the body.
import { createHash } from 'node:crypto';
import type { TxContext } from '../../store/store';
import type { Db } from '../../store/database';
import { MAX_ATTACHMENT_BYTES, type AttachmentContent, type AttachmentKind, type AttachmentUpload } from '../../../shared/model/request';
import { AttachmentDeletedError, AttachmentNotFoundError, AttachmentTooLargeError, RequestInputError } from './errors';
import { insertEvent, stmt, type AttachmentRow } from './repo';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes strictly: Buffer.from(…, 'base64') silently skips garbage, which would store junk. */
export function decodeBase64(b64: string, field = 'base64'): Buffer {
  const clean = b64.replace(/\s+/g, '');
  // Size check before decoding so a huge upload is refused without allocating it.
  const approx = Math.floor((clean.length * 3) / 4);
  if (approx > MAX_ATTACHMENT_BYTES + 2) throw new AttachmentTooLargeError(approx);
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) throw new RequestInputError({ [field]: ['The file content is not valid base64.'] });
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AttachmentTooLargeError(bytes.length);
  if (bytes.length === 0) throw new RequestInputError({ [field]: ['The file is empty.'] });
  return bytes;
}

export interface NewAttachment {
  filename: string;
  mimeType: string;
  bytes: Buffer;
  kind: AttachmentKind;
  deleteAfterVerification: boolean;
}

export function fromUpload(u: AttachmentUpload): NewAttachment {
  const kind = u.kind ?? 'document';
  return {
    filename: u.filename.trim(),
    mimeType: u.mimeType?.trim() || 'application/octet-stream',
    bytes: decodeBase64(u.base64),
    kind,
    // An ID document is kept only until identity is verified unless the DPO says otherwise.
    deleteAfterVerification: u.deleteAfterVerification ?? kind === 'id-document',
  };
}

/** Inserts one attachment plus its timeline entry and audit event; returns its id. */
export function insertAttachment(t: TxContext, requestId: number, ref: string, a: NewAttachment, actor: string, note?: string | null): number {
  const sha256 = createHash('sha256').update(a.bytes).digest('hex');
  const info = stmt(
    t.db,
    `INSERT INTO request_attachments (request_id, filename, mime_type, size_bytes, sha256, kind, delete_after_verification, added_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(requestId, a.filename, a.mimeType, a.bytes.length, sha256, a.kind, a.deleteAfterVerification ? 1 : 0, t.now, actor);
  const id = Number(info.lastInsertRowid);
  stmt(t.db, 'INSERT INTO attachment_bodies (attachment_id, body) VALUES (?, ?)').run(id, a.bytes);
  insertEvent(t.db, {
    requestId,
    at: t.now,
    kind: 'attachment',
    action: 'added',
    event: {
      code: 'attachment-added',
      filename: a.filename,
      kind: a.kind,
      bytes: a.bytes.length,
      deleteAfterVerification: Boolean(a.deleteAfterVerification),
      note: note || null,
    },
    actor,
    attachmentId: id,
  });
  t.audit({
    entityType: 'request',
    entityId: ref,
    summary: { attachment: { id, filename: a.filename, kind: a.kind, sizeBytes: a.bytes.length, sha256 } },
  });
  return id;
}

function requireAttachment(db: Db, requestId: number, ref: string, id: number): AttachmentRow {
  const row = stmt(db, 'SELECT * FROM request_attachments WHERE id = ? AND request_id = ?').get(id, requestId) as AttachmentRow | undefined;
  if (!row) throw new AttachmentNotFoundError(ref, id);
  return row;
}

export function readAttachment(db: Db, requestId: number, ref: string, id: number): AttachmentContent {
  const row = requireAttachment(db, requestId, ref, id);
  if (row.deleted_at) throw new AttachmentDeletedError(ref, id);
  const body = stmt(db, 'SELECT body FROM attachment_bodies WHERE attachment_id = ?').get(id) as { body: Buffer } | undefined;
  if (!body) throw new AttachmentDeletedError(ref, id);
  return { id, filename: row.filename, mimeType: row.mime_type, sizeBytes: row.size_bytes, base64: body.body.toString('base64') };
}

/**
 * Deletes the bytes and keeps the record that the file existed (name, size, hash, who, why).
 * SQLite reuses the freed pages; `secure_delete` is not forced here, but the pages are inside
 * the encrypted file either way.
 */
export function deleteAttachmentBody(t: TxContext, requestId: number, ref: string, id: number, reason: string, actor: string): AttachmentRow {
  const row = requireAttachment(t.db, requestId, ref, id);
  if (row.deleted_at) throw new AttachmentDeletedError(ref, id);
  stmt(t.db, 'DELETE FROM attachment_bodies WHERE attachment_id = ?').run(id);
  stmt(t.db, 'UPDATE request_attachments SET deleted_at = ?, deleted_reason = ? WHERE id = ?').run(t.now, reason, id);
  insertEvent(t.db, {
    requestId,
    at: t.now,
    kind: 'attachment',
    action: 'deleted',
    event: { code: 'attachment-deleted', filename: row.filename, reason },
    actor,
    attachmentId: id,
  });
  t.audit({ entityType: 'request', entityId: ref, summary: { attachmentDeleted: { id, filename: row.filename, sha256: row.sha256, reason } } });
  return { ...row, deleted_at: t.now, deleted_reason: reason };
}
