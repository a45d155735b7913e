// The one file store (DESIGN "Storage and keys"): every register's files live inside the
// encrypted database, never as loose files or plaintext temp files, each owned by one record.
// It attaches, reads and deletes bytes (keeping the record that the file existed) and writes the
// audit event for each; the owner's own history (a request's timeline) is the owner's service's job.
// The audit trail records name, size and hash, never the bytes.
import { createHash } from 'node:crypto';
import { NotFoundError, ValidationError, WorkbenchError } from '../../shared/errors';
import { MAX_FILE_BYTES, type DeleteAfterMilestone, type FileContent, type FileInfo, type FileKind, type FileOwnerKind, type StoredFileKind } from '../../shared/model/files';
import type { Db } from './database';
import type { TxContext } from './store';
import { stmt } from './statements';
import { newPublicId } from './public-id';

/** The record that owns a file: its kind, its internal row id and the reference people see. */
export interface FileOwner {
  kind: FileOwnerKind;
  id: number;
  ref: string;
}

export interface NewFile {
  filename: string;
  mimeType: string;
  bytes: Buffer;
  kind: FileKind;
  deleteAfter: DeleteAfterMilestone | null;
}

interface FileRow {
  id: number;
  public_id: string;
  owner_kind: FileOwnerKind;
  owner_id: number;
  kind: StoredFileKind;
  filename: string;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  delete_after: string | null;
  added_at: string;
  added_by: string;
  deleted_at: string | null;
  deleted_reason: string | null;
}

export class FileTooLargeError extends WorkbenchError {
  constructor(sizeBytes: number, field: string) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    super('VALIDATION', `The file is ${mb(sizeBytes)} MB; files can be at most ${mb(MAX_FILE_BYTES)} MB. Store a smaller scan or split the file.`, {
      [field]: [`At most ${mb(MAX_FILE_BYTES)} MB.`],
    });
  }
}

export class FileNotFoundError extends NotFoundError {
  constructor(owner: FileOwner, id: number | string) {
    super('File', `${id} of ${owner.kind} ${owner.ref}`);
  }
}

export class FileDeletedError extends WorkbenchError {
  constructor(owner: FileOwner, id: number) {
    super('CONFLICT', `File ${id} of ${owner.kind} ${owner.ref} was deleted; only its record remains.`);
  }
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes strictly: Buffer.from(…, 'base64') silently skips garbage, which would store junk. */
export function decodeBase64(b64: string, field = 'base64'): Buffer {
  const clean = b64.replace(/\s+/g, '');
  // Size check before decoding so a huge upload is refused without allocating it.
  const approx = Math.floor((clean.length * 3) / 4);
  if (approx > MAX_FILE_BYTES + 2) throw new FileTooLargeError(approx, field);
  if (clean.length % 4 !== 0 || !BASE64.test(clean)) throw new ValidationError({ [field]: ['The file content is not valid base64.'] });
  const bytes = Buffer.from(clean, 'base64');
  if (bytes.length > MAX_FILE_BYTES) throw new FileTooLargeError(bytes.length, field);
  if (bytes.length === 0) throw new ValidationError({ [field]: ['The file is empty.'] });
  return bytes;
}

function toInfo(r: FileRow): FileInfo {
  return {
    id: r.id,
    publicId: r.public_id,
    filename: r.filename,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    kind: r.kind,
    deleteAfter: r.delete_after,
    addedAt: r.added_at,
    addedBy: r.added_by,
    deletedAt: r.deleted_at,
    deletedReason: r.deleted_reason,
  };
}

/** Stores the bytes and their record, and audits it; returns the new file's record. */
export function insertFile(t: TxContext, owner: FileOwner, f: NewFile, actor: string): FileInfo {
  const sha256 = createHash('sha256').update(f.bytes).digest('hex');
  const info = stmt(
    t.db,
    `INSERT INTO files (public_id, owner_kind, owner_id, kind, filename, mime_type, size_bytes, sha256, delete_after, added_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(newPublicId(), owner.kind, owner.id, f.kind, f.filename, f.mimeType, f.bytes.length, sha256, f.deleteAfter, t.now, actor);
  const id = Number(info.lastInsertRowid);
  stmt(t.db, 'INSERT INTO file_bodies (file_id, body) VALUES (?, ?)').run(id, f.bytes);
  // The summary key stays `attachment`, as in the events written before the store was shared, so
  // one reader serves the whole trail.
  t.audit({ entityType: owner.kind, entityId: owner.ref, summary: { attachment: { id, kind: f.kind, sizeBytes: f.bytes.length, sha256 } }, details: { attachment: { filename: f.filename } } });
  return requireFile(t.db, owner, id);
}

/**
 * Pieces a streamed file is stored in. Large enough that a 100 MB pack is a few hundred rows, small
 * enough that writing and reading one never holds more than this in memory.
 */
export const CHUNK_BYTES = 512 * 1024;

/** Hands every chunk of `write`'s output to the store; the caller's transaction keeps them atomic. */
export type ChunkSink = (chunk: Buffer) => void;

/**
 * Stores a file whose bytes are produced while it is written (a generated PDF): the bytes go
 * into the database in CHUNK_BYTES pieces as `write` emits them, hashed on the way, so the file is
 * never whole in memory nor on disk. Runs inside the caller's transaction: if `write` throws (a
 * cancel, a failure), the rollback removes the record and every piece.
 */
export function insertStreamedFile<R>(t: TxContext, owner: FileOwner, f: Omit<NewFile, 'bytes' | 'kind'> & { kind: StoredFileKind }, actor: string, write: (sink: ChunkSink) => R): { file: FileInfo; result: R } {
  const info = stmt(
    t.db,
    `INSERT INTO files (public_id, owner_kind, owner_id, kind, filename, mime_type, size_bytes, sha256, delete_after, added_at, added_by)
     VALUES (?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?)`,
  ).run(newPublicId(), owner.kind, owner.id, f.kind, f.filename, f.mimeType, f.deleteAfter, t.now, actor);
  const id = Number(info.lastInsertRowid);
  const insert = stmt(t.db, 'INSERT INTO file_body_chunks (file_id, seq, body) VALUES (?, ?, ?)');
  const hash = createHash('sha256');
  let size = 0;
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (!pendingBytes) return;
    insert.run(id, seq++, pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  const result = write((chunk) => {
    hash.update(chunk);
    size += chunk.length;
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= CHUNK_BYTES) flush();
  });
  flush();
  const sha256 = hash.digest('hex');
  stmt(t.db, 'UPDATE files SET size_bytes = ?, sha256 = ? WHERE id = ?').run(size, sha256, id);
  t.audit({ entityType: owner.kind, entityId: owner.ref, summary: { attachment: { id, kind: f.kind, sizeBytes: size, sha256 } }, details: { attachment: { filename: f.filename } } });
  return { file: requireFile(t.db, owner, id), result };
}

/** Calls `each` with the file's bytes in order, one stored piece at a time. */
function eachChunk(db: Db, fileId: number, each: (chunk: Buffer) => void): void {
  for (const r of stmt(db, 'SELECT body FROM file_body_chunks WHERE file_id = ? ORDER BY seq').iterate(fileId) as IterableIterator<{ body: Buffer }>) each(r.body);
}

/** The whole body (one blob or its pieces), or null when its bytes were deleted. */
function bodyOf(db: Db, fileId: number): Buffer | null {
  const one = stmt(db, 'SELECT body FROM file_bodies WHERE file_id = ?').get(fileId) as { body: Buffer } | undefined;
  if (one) return one.body;
  const parts: Buffer[] = [];
  eachChunk(db, fileId, (c) => parts.push(c));
  return parts.length ? Buffer.concat(parts) : null;
}

/**
 * Streams a file's bytes to `write` piece by piece (saving a large report to a file the user
 * named) without holding it whole. Throws as readFile does for a missing or deleted file.
 */
export function streamFile(db: Db, owner: FileOwner, ref: FileRef, write: (chunk: Buffer) => void): FileInfo {
  const f = requireFile(db, owner, ref);
  if (f.deletedAt) throw new FileDeletedError(owner, f.id);
  const one = stmt(db, 'SELECT body FROM file_bodies WHERE file_id = ?').get(f.id) as { body: Buffer } | undefined;
  if (one) write(one.body);
  else eachChunk(db, f.id, write);
  return f;
}

/** A file named by its internal number or by its public id (what the contract hands out). */
export type FileRef = number | string;

function requireFile(db: Db, owner: FileOwner, ref: FileRef): FileInfo {
  const column = typeof ref === 'number' ? 'id' : 'public_id';
  const row = stmt(db, `SELECT * FROM files WHERE ${column} = ? AND owner_kind = ? AND owner_id = ?`).get(ref, owner.kind, owner.id) as FileRow | undefined;
  if (!row) throw new FileNotFoundError(owner, ref);
  return toInfo(row);
}

/** Newest first, deleted ones included (their record stays). */
export function filesOf(db: Db, owner: Pick<FileOwner, 'kind' | 'id'>): FileInfo[] {
  const rows = stmt(db, 'SELECT * FROM files WHERE owner_kind = ? AND owner_id = ? ORDER BY id DESC').all(owner.kind, owner.id) as FileRow[];
  return rows.map(toInfo);
}

export function readFile(db: Db, owner: FileOwner, ref: FileRef): FileContent {
  const f = requireFile(db, owner, ref);
  const id = f.id;
  if (f.deletedAt) throw new FileDeletedError(owner, id);
  const body = bodyOf(db, id);
  if (!body) throw new FileDeletedError(owner, id);
  return { id, publicId: f.publicId, filename: f.filename, mimeType: f.mimeType, sizeBytes: f.sizeBytes, base64: body.toString('base64') };
}

/**
 * Deletes the bytes and keeps the record that the file existed (name, size, hash, who, why).
 * `secure_delete` is on for every connection (database.ts), so the freed pages are overwritten.
 */
export function deleteFileBody(t: TxContext, owner: FileOwner, ref: FileRef, reason: string): FileInfo {
  const f = requireFile(t.db, owner, ref);
  const id = f.id;
  if (f.deletedAt) throw new FileDeletedError(owner, id);
  stmt(t.db, 'DELETE FROM file_bodies WHERE file_id = ?').run(id);
  stmt(t.db, 'DELETE FROM file_body_chunks WHERE file_id = ?').run(id);
  stmt(t.db, 'UPDATE files SET deleted_at = ?, deleted_reason = ? WHERE id = ?').run(t.now, reason, id);
  t.audit({ entityType: owner.kind, entityId: owner.ref, summary: { attachmentDeleted: { id, sha256: f.sha256, reason } }, details: { attachmentDeleted: { filename: f.filename } } });
  return { ...f, deletedAt: t.now, deletedReason: reason };
}

/** Recomputes every stored file's SHA-256 (the database check): the ids whose bytes changed. */
/**
 * Retention: deletes the bytes of these files and replaces their names (which often carry the
 * subject's name) with `marker`; size, hash and dates stay, so counts and audit packs keep their
 * numbers. The caller records one audit event for the whole batch.
 */
export function purgeFiles(t: TxContext, ids: readonly number[], marker: string, reason: string): void {
  const body = stmt(t.db, 'DELETE FROM file_bodies WHERE file_id = ?');
  const chunks = stmt(t.db, 'DELETE FROM file_body_chunks WHERE file_id = ?');
  const meta = stmt(t.db, 'UPDATE files SET filename = ?, deleted_at = coalesce(deleted_at, ?), deleted_reason = coalesce(deleted_reason, ?) WHERE id = ?');
  for (const id of ids) {
    body.run(id);
    chunks.run(id);
    meta.run(marker, t.now, reason, id);
  }
}

export function verifyFileHashes(db: Db): { checked: number; mismatched: number[] } {
  const rows = db.prepare('SELECT f.id, f.sha256, b.body FROM files f JOIN file_bodies b ON b.file_id = f.id ORDER BY f.id').iterate() as IterableIterator<{
    id: number;
    sha256: string;
    body: Buffer;
  }>;
  let checked = 0;
  const mismatched: number[] = [];
  for (const r of rows) {
    checked++;
    if (createHash('sha256').update(r.body).digest('hex') !== r.sha256) mismatched.push(r.id);
  }
  // Streamed files: hashed chunk by chunk, never held whole.
  const streamed = db.prepare('SELECT f.id, f.sha256 FROM files f WHERE EXISTS (SELECT 1 FROM file_body_chunks c WHERE c.file_id = f.id) ORDER BY f.id').all() as Array<{ id: number; sha256: string }>;
  for (const r of streamed) {
    checked++;
    const h = createHash('sha256');
    eachChunk(db, r.id, (c) => h.update(c));
    if (h.digest('hex') !== r.sha256) mismatched.push(r.id);
  }
  return { checked, mismatched };
}
