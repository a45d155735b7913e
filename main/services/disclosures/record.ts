// Recording a disclosure and correcting it. Both write the whole validated content as a version
// (disclosure_versions) and the current row in one transaction with its audit event; a correction
// is a new version with its reason, never an edit in place.
import { v7 as uuidv7 } from 'uuid';
import type { TxContext } from '../../store/store';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import { refuseIfPurged } from '../../store/purged';
import { bumpVersion } from '../../store/versioned';
import { canonicalJson } from '../../store/canonical-json';
import { nextReferenceNumber } from '../../store/reference-counter';
import { decodeBase64, insertFile } from '../../store/file-store';
import {
  FLOW_KINDS,
  PUBLIC_AUTHORITY_KINDS,
  REFERENCE_PREFIX,
  type DisclosureAdd,
  type DisclosureContent,
  type DisclosureCorrect,
} from '../../../shared/model/disclosure';
import type { FieldErrors } from '../../../shared/errors';
import { findOrCreateRecipient, requireRecipient, type RecipientRow } from './recipients-repo';
import { DisclosureChangedError, DisclosureInputError } from './errors';
import { disclosureOwner, requireDisclosure } from './repo';

/** The content as stored in a version: the recipient by id, e-mail addresses lower-cased. */
type StoredContent = Omit<DisclosureContent, 'recipient' | 'recipientId'> & { recipientId: string };

interface Resolved {
  recipient: RecipientRow;
  requestIds: number[];
  stored: StoredContent;
  subjectsCount: number;
}

function resolve(t: TxContext, c: DisclosureContent, actor: string): Resolved {
  const errors: FieldErrors = {};
  const recipient = c.recipientId ? requireRecipient(t.db, c.recipientId) : findOrCreateRecipient(t, c.recipient!, actor);
  // GDPR Art. 4(9): only a public authority receives data "in the framework of a particular inquiry".
  if (c.inquiry && !PUBLIC_AUTHORITY_KINDS.includes(recipient.kind))
    errors.inquiry = [`Only a public authority (${PUBLIC_AUTHORITY_KINDS.join(', ')}) can receive data in a particular inquiry (GDPR Art. 4(9)).`];
  if (c.flow && !FLOW_KINDS.includes(recipient.kind)) errors.flow = [`A recurring flow is recorded for partners and advertisers, not for a ${recipient.kind} recipient.`];
  if (c.flow && c.flow.from > c.date) (errors['flow.from'] ??= []).push('The flow cannot start after the date of the disclosure.');
  if (c.subjectToldOn && c.subjectToldOn < c.date) errors.subjectToldOn = ['The subject cannot have been told before the disclosure.'];
  const requestIds: number[] = [];
  c.subjects.requestRefs.forEach((ref, i) => {
    const row = stmt(t.db, 'SELECT id FROM requests WHERE ref = ?').get(ref) as { id: number } | undefined;
    if (!row) errors[`subjects.requestRefs.${i}`] = [`There is no request ${ref}.`];
    else requestIds.push(row.id);
  });
  if (Object.keys(errors).length) throw new DisclosureInputError(errors);
  const emails = [...new Set(c.subjects.emails.map((e) => e.toLowerCase()))];
  const customerIds = [...new Set(c.subjects.customerIds)];
  const requestRefs = [...new Set(c.subjects.requestRefs)];
  const { recipient: _r, recipientId: _id, ...rest } = c;
  void _r;
  void _id;
  const stored: StoredContent = {
    ...rest,
    recipientId: recipient.public_id,
    subjects: { emails, customerIds, requestRefs, bulkCount: c.subjects.bulkCount ?? null },
  };
  return { recipient, requestIds: [...new Set(requestIds)], stored, subjectsCount: emails.length + customerIds.length + requestRefs.length + (c.subjects.bulkCount ?? 0) };
}

function columns(r: Resolved): unknown[] {
  const c = r.stored;
  const secret = c.secrecy;
  return [
    r.recipient.id,
    r.recipient.kind,
    c.date,
    c.time ?? null,
    c.ground,
    c.groundNote ?? null,
    c.reference ?? null,
    c.categories.join(','),
    c.caseRef ?? null,
    c.approvedBy ?? null,
    c.approvedOn ?? null,
    c.inquiry ? 1 : 0,
    secret.decision,
    secret.decision === 'secret-until' ? (secret.until ?? null) : null,
    secret.ground ?? null,
    c.flow?.frequency ?? null,
    c.flow?.from ?? null,
    c.flow?.to ?? null,
    c.flow?.description ?? null,
    c.subjects.bulkCount ?? null,
    r.subjectsCount,
    c.subjectToldOn ?? null,
  ];
}

const COLUMN_NAMES =
  'recipient_id, recipient_kind, disclosed_on, disclosed_time, ground, ground_note, reference, categories, case_ref, approved_by, approved_on, inquiry, secrecy, secret_until, secrecy_ground, flow_frequency, flow_from, flow_to, flow_note, bulk_count, subjects_count, subject_told_on';

function writeSubjects(db: Db, id: number, r: Resolved): void {
  stmt(db, 'DELETE FROM disclosure_subjects WHERE disclosure_id = ?').run(id);
  const insert = stmt(db, 'INSERT INTO disclosure_subjects (disclosure_id, email_norm, customer_id, request_id) VALUES (?, ?, ?, ?)');
  for (const e of r.stored.subjects.emails) insert.run(id, e, null, null);
  for (const c of r.stored.subjects.customerIds) insert.run(id, null, c, null);
  for (const q of r.requestIds) insert.run(id, null, null, q);
}

function writeVersion(t: TxContext, id: number, version: number, r: Resolved, reason: string | null, actor: string): void {
  stmt(t.db, 'INSERT INTO disclosure_versions (disclosure_id, version, content, reason, at, by) VALUES (?, ?, ?, ?, ?, ?)').run(id, version, canonicalJson(r.stored), reason, t.now, actor);
}

/** Non-personal facts of a version for the audit trail: codes, counts and public ids. */
function auditFacts(r: Resolved, version: number) {
  const c = r.stored;
  return {
    version,
    recipientId: r.recipient.public_id,
    recipientKind: r.recipient.kind,
    ground: c.ground,
    categories: c.categories,
    inquiry: c.inquiry,
    secrecy: c.secrecy.decision,
    secretUntil: c.secrecy.decision === 'secret-until' ? c.secrecy.until : null,
    recurring: c.flow ? c.flow.frequency : null,
    subjects: r.subjectsCount,
  };
}

/** Uploaded files, decoded (a bad encoding is an error on its own field), for the file store. */
function decodeUploads(uploads: DisclosureAdd['files']) {
  return uploads.map((f, i) => ({
    filename: f.filename.trim(),
    mimeType: f.mimeType?.trim() || 'application/octet-stream',
    bytes: decodeBase64(f.base64, `files.${i}.base64`),
    kind: f.kind ?? 'document',
    deleteAfter: null,
  }));
}

export function addDisclosure(t: TxContext, input: DisclosureAdd, actor: string): { publicId: string; ref: string } {
  // The files go to the file store; the version keeps the content only.
  const { files: uploads, ...content } = input;
  const files = decodeUploads(uploads);
  const r = resolve(t, content, actor);
  const year = Number(input.date.slice(0, 4));
  const ref = `${REFERENCE_PREFIX}-${year}-${String(nextReferenceNumber(t.db, REFERENCE_PREFIX, year)).padStart(4, '0')}`;
  const publicId = uuidv7();
  const info = stmt(t.db, `INSERT INTO disclosures (public_id, ref, ${COLUMN_NAMES}, version, created_at, updated_at) VALUES (?, ?, ${COLUMN_NAMES.split(',').map(() => '?').join(', ')}, 1, ?, ?)`).run(
    publicId,
    ref,
    ...columns(r),
    t.now,
    t.now,
  );
  const id = Number(info.lastInsertRowid);
  writeSubjects(t.db, id, r);
  writeVersion(t, id, 1, r, null, actor);
  t.audit({ entityType: 'disclosure', entityId: ref, summary: { recorded: { id: publicId, ...auditFacts(r, 1), files: files.length } } });
  for (const f of files) insertFile(t, disclosureOwner({ id, ref }), f, actor);
  return { publicId, ref };
}

/** Names of the top-level content fields that differ, for the audit trail (never their values). */
function changedFields(before: StoredContent, after: StoredContent): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => canonicalJson((before as Record<string, unknown>)[k] ?? null) !== canonicalJson((after as Record<string, unknown>)[k] ?? null)).sort();
}

export function correctDisclosure(t: TxContext, input: DisclosureCorrect, actor: string): void {
  const row = requireDisclosure(t.db, input.id);
  refuseIfPurged(t.db, 'disclosures', row.id, row.ref);
  if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) throw new DisclosureChangedError(row.ref);
  const { id: _id, expectedVersion: _v, reason, files: uploads, ...content } = input;
  void _id;
  void _v;
  const files = decodeUploads(uploads);
  const r = resolve(t, content, actor);
  const previous = JSON.parse((stmt(t.db, 'SELECT content FROM disclosure_versions WHERE disclosure_id = ? AND version = ?').get(row.id, row.version) as { content: string }).content) as StoredContent;
  const changed = changedFields(previous, r.stored);
  // Adding the order received later is a correction of its own, even with the content unchanged.
  if (!changed.length && !files.length) throw new DisclosureInputError({ reason: ['Nothing differs from the current version; there is nothing to correct.'] });
  stmt(t.db, `UPDATE disclosures SET (${COLUMN_NAMES}) = (${COLUMN_NAMES.split(',').map(() => '?').join(', ')}) WHERE id = ?`).run(...columns(r), row.id);
  bumpVersion(t.db, 'disclosures', row.id, t.now);
  const version = row.version + 1;
  writeSubjects(t.db, row.id, r);
  // The reason is free text and may name people: it stays in the version, not in the trail.
  writeVersion(t, row.id, version, r, reason, actor);
  t.audit({ entityType: 'disclosure', entityId: row.ref, summary: { corrected: { id: row.public_id, ...auditFacts(r, version), changed, files: files.length } } });
  for (const f of files) insertFile(t, disclosureOwner(row), f, actor);
}

/** The content of the current version, for a correction that changes one thing (subject told). */
export function currentContent(db: Db, id: number, version: number): StoredContent {
  return JSON.parse((stmt(db, 'SELECT content FROM disclosure_versions WHERE disclosure_id = ? AND version = ?').get(id, version) as { content: string }).content) as StoredContent;
}
