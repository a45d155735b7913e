// A request's attachments are files of the one file store (main/store/file-store.ts). What is the
// request's own: the default that an ID document is kept only until identity is verified, the
// timeline entries, and the reminder to delete a scan that has done its job.
import type { TxContext } from '../../store/store';
import { decodeBase64, deleteFileBody, insertFile, type FileOwner, type FileRef, type NewFile } from '../../store/file-store';
import type { AttachmentInfo, AttachmentUpload } from '../../../shared/model/request';
import type { FileInfo } from '../../../shared/model/files';
import { insertEvent } from './repo';

export function requestOwner(row: { id: number; ref: string }): FileOwner {
  return { kind: 'request', id: row.id, ref: row.ref };
}

export function fromUpload(u: AttachmentUpload): NewFile {
  const kind = u.kind ?? 'document';
  // Data minimisation (GDPR Art. 5(1)(c)): an ID document is kept only until identity is
  // verified unless the DPO says otherwise.
  const deleteAfterVerification = u.deleteAfterVerification ?? kind === 'id-document';
  return {
    filename: u.filename.trim(),
    mimeType: u.mimeType?.trim() || 'application/octet-stream',
    bytes: decodeBase64(u.base64),
    kind,
    deleteAfter: deleteAfterVerification ? 'identity-verified' : null,
  };
}

/** Stores one attachment (file + audit event) and writes its timeline entry; returns its id. */
export function insertAttachment(t: TxContext, owner: FileOwner, a: NewFile, actor: string, note?: string | null): number {
  const f = insertFile(t, owner, a, actor);
  const afterVerification = a.deleteAfter === 'identity-verified';
  insertEvent(t.db, {
    requestId: owner.id,
    at: t.now,
    kind: 'attachment',
    action: 'added',
    event: {
      code: 'attachment-added',
      filename: a.filename,
      kind: a.kind,
      bytes: a.bytes.length,
      deleteAfterVerification: afterVerification,
      note: note || null,
    },
    actor,
    attachmentId: f.id,
  });
  return f.id;
}

/** Deletes the bytes (the record stays) and writes the timeline entry. */
export function deleteAttachment(t: TxContext, owner: FileOwner, ref: FileRef, reason: string, actor: string): FileInfo {
  const f = deleteFileBody(t, owner, ref, reason);
  insertEvent(t.db, { requestId: owner.id, at: t.now, kind: 'attachment', action: 'deleted', event: { code: 'attachment-deleted', filename: f.filename, reason }, actor, attachmentId: f.id });
  return f;
}

export function toAttachmentInfo(f: FileInfo, verified: boolean): AttachmentInfo {
  const deleteAfterVerification = f.deleteAfter === 'identity-verified';
  return {
    ...f,
    deleteAfterVerification,
    // Data minimisation (GDPR Art. 5(1)(c)): once identity is verified the scan has done its job.
    deleteReminder: deleteAfterVerification && verified && f.deletedAt === null,
  };
}

/**
 * Recomputes the SHA-256 of every stored body against the hash recorded when it was added (and
 * printed in the audit trail), one row at a time so a large file store is never all in memory.
 */
