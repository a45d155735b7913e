// The file store's vocabulary: every register keeps its files (ID scans, original e-mails,
// letters; later police orders, policy texts, case files, audit packs) in one store inside the
// encrypted database, each owned by one record. These are the shapes that cross the contract.
import { z } from 'zod';

/**
 * Kinds of record that own files. Each register adds its own kind here when it is built (a
 * disclosure, a policy revision, a breach, a generated report), together with its migration.
 */
export const FILE_OWNER_KINDS = ['request', 'disclosure', 'policy-revision', 'breach', 'report'] as const;
export type FileOwnerKind = (typeof FILE_OWNER_KINDS)[number];

export const FILE_KINDS = ['document', 'id-document', 'original-email', 'letter', 'proof-of-authority'] as const;
export type FileKind = (typeof FILE_KINDS)[number];

/** Files the app writes itself (never uploaded, so not offered as an attachment kind). */
export const GENERATED_FILE_KINDS = ['case-file', 'audit-pack', 'processing-record'] as const;
export type GeneratedFileKind = (typeof GENERATED_FILE_KINDS)[number];
export type StoredFileKind = FileKind | GeneratedFileKind;

/**
 * A "delete after" reminder: the owner's milestone after which the bytes have done their job
 * (data minimisation, GDPR Art. 5(1)(c)); e.g. an ID scan once the requester's identity is
 * verified. A calendar date (YYYY-MM-DD) is also accepted for files kept until a fixed day.
 */
export const DELETE_AFTER_MILESTONES = ['identity-verified'] as const;
export type DeleteAfterMilestone = (typeof DELETE_AFTER_MILESTONES)[number];

/**
 * Files travel as base64 inside JSON (IPC/HTTP carriers accept 25 MiB, shared/api.ts
 * MAX_REQUEST_BYTES); 18 MiB of bytes is 24 MiB of base64, so the limit leaves room for the rest.
 */
export const MAX_FILE_BYTES = 18 * 1024 * 1024;

/** Base64 bytes of a file sent with an operation. */
export const fileUploadSchema = z.object({
  filename: z.string().trim().min(1, 'Give the file a name.').max(255, 'A file name has at most 255 characters.'),
  mimeType: z.string().trim().max(200).default('application/octet-stream'),
  base64: z.string().min(1, 'The file is empty.'),
  kind: z.enum(FILE_KINDS).default('document'),
});

/** What the store keeps about a file; the record outlives its bytes. */
export interface FileInfo {
  /** Internal row id (kept for existing scripts and timeline links). */
  id: number;
  /** The id to hand out (UUIDv7); operations accept it wherever they take a file id. */
  publicId: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  kind: StoredFileKind;
  /** A milestone of the owner or a date after which the bytes should go; null: keep. */
  deleteAfter: DeleteAfterMilestone | string | null;
  addedAt: string;
  addedBy: string;
  /** The bytes were deleted (metadata stays for the record). */
  deletedAt: string | null;
  deletedReason: string | null;
}

export interface FileContent {
  id: number;
  publicId: string;
  filename: string;
  mimeType: string;
  sizeBytes: number;
  base64: string;
}
