// Writing the record: add an activity, replace its content (edit), mark it reviewed, remove it.
// Each writes the whole content as a new version (processing_versions) with who and when, and the
// current row, in one transaction with its audit event: the record as it stood on any earlier date
// stays readable (GDPR Art. 30(4) "make the record available ... on request", Art. 5(2)).
import { v7 as uuidv7 } from 'uuid';
import type { TxContext } from '../../store/store';
import { stmt } from '../../store/statements';
import { bumpVersion } from '../../store/versioned';
import { canonicalJson } from '../../store/canonical-json';
import { nextReferenceNumber } from '../../store/reference-counter';
import type { FieldErrors } from '../../../shared/errors';
import { PROCESSING_REFERENCE_PREFIX, type ActivityContent, type ProcessingEdit } from '../../../shared/model/processing';
import { ProcessingActivityChangedError, ProcessingActivityDeletedError, ProcessingInputError } from './errors';
import { joinCodes, requireActivity, type ActivityRow } from './repo';

/** Checks what only the store can see: every named recipient is in the directory. */
function checkAgainstStore(t: TxContext, c: ActivityContent): void {
  if (c.kind !== 'controller') return;
  const errors: FieldErrors = {};
  c.recipients.recipientIds.forEach((id, i) => {
    if (!stmt(t.db, 'SELECT 1 FROM disclosure_recipients WHERE public_id = ?').get(id)) errors[`recipients.recipientIds.${i}`] = ['There is no recipient with this id in the directory.'];
  });
  if (Object.keys(errors).length) throw new ProcessingInputError(errors);
}

function columns(c: ActivityContent): unknown[] {
  return [
    c.kind,
    c.name,
    c.kind === 'processor' ? c.controllerName : null,
    joinCodes(c.kind === 'controller' ? c.subjectKinds : []),
    joinCodes(c.kind === 'controller' ? c.dataCategories : []),
    c.lastReviewedOn ?? null,
  ];
}
const COLUMN_NAMES = 'kind, name, controller_name, subject_kinds, data_categories, last_reviewed_on';
const PLACEHOLDERS = COLUMN_NAMES.split(',').map(() => '?').join(', ');

function writeVersion(t: TxContext, id: number, version: number, c: ActivityContent, actor: string, deleted = false, reason: string | null = null): void {
  stmt(t.db, 'INSERT INTO processing_versions (activity_id, version, content, deleted, reason, at, by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    id,
    version,
    canonicalJson(c),
    deleted ? 1 : 0,
    reason,
    t.now,
    actor,
  );
}

/** Codes, counts and dates of a version for the audit trail: never the owner's or a controller's name. */
function auditFacts(c: ActivityContent, version: number) {
  const common = { version, kind: c.kind, transfers: c.transfers.map((x) => `${x.country}:${x.safeguard}`), lastReviewedOn: c.lastReviewedOn ?? null, cited: Object.keys(c.citations).sort() };
  if (c.kind === 'processor') return { ...common, processingCategories: c.processingCategories.length, subProcessors: c.subProcessors.length };
  return {
    ...common,
    legalBasis: c.legalBasis,
    subjectKinds: c.subjectKinds,
    dataCategories: c.dataCategories,
    recipientKinds: c.recipients.kinds,
    recipientIds: c.recipients.recipientIds,
    automatedDecisions: c.automatedDecisions,
  };
}

export function addActivity(t: TxContext, input: ActivityContent, actor: string, exampleKey: string | null = null): { publicId: string; ref: string } {
  // Only the example record starts with fields to complete (its source's silences).
  const c: ActivityContent = exampleKey === null ? { ...input, toComplete: [] } : input;
  checkAgainstStore(t, c);
  // One numbering for the life of the record (year 0): an activity is not a yearly event.
  const ref = `${PROCESSING_REFERENCE_PREFIX}-${String(nextReferenceNumber(t.db, PROCESSING_REFERENCE_PREFIX, 0)).padStart(3, '0')}`;
  const publicId = uuidv7();
  const info = stmt(t.db, `INSERT INTO processing_activities (public_id, ref, ${COLUMN_NAMES}, example_key, version, created_at, updated_at) VALUES (?, ?, ${PLACEHOLDERS}, ?, 1, ?, ?)`).run(
    publicId,
    ref,
    ...columns(c),
    exampleKey,
    t.now,
    t.now,
  );
  writeVersion(t, Number(info.lastInsertRowid), 1, c, actor);
  t.audit({ entityType: 'processing-activity', entityId: ref, summary: { added: { id: publicId, ...auditFacts(c, 1), example: exampleKey !== null } } });
  return { publicId, ref };
}

function currentContent(t: TxContext, row: ActivityRow): ActivityContent {
  const v = stmt(t.db, 'SELECT content FROM processing_versions WHERE activity_id = ? AND version = ?').get(row.id, row.version) as { content: string };
  return JSON.parse(v.content) as ActivityContent;
}

function requireChangeable(t: TxContext, id: string, expectedVersion: number | undefined): ActivityRow {
  const row = requireActivity(t.db, id);
  if (row.deleted_at !== null) throw new ProcessingActivityDeletedError(row.ref);
  if (expectedVersion !== undefined && expectedVersion !== row.version) throw new ProcessingActivityChangedError(row.ref);
  return row;
}

/** Names of the top-level content fields that differ, for the audit trail (never their values). */
function changedFields(before: ActivityContent, after: ActivityContent): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const at = (c: ActivityContent, k: string) => canonicalJson((c as unknown as Record<string, unknown>)[k] ?? null);
  return [...keys].filter((k) => at(before, k) !== at(after, k)).sort();
}

function replaceContent(t: TxContext, row: ActivityRow, before: ActivityContent, after: ActivityContent, actor: string, event: 'edited' | 'reviewed'): void {
  const changed = changedFields(before, after);
  if (!changed.length) throw new ProcessingInputError({ _: ['Nothing differs from the current version; there is nothing to save.'] });
  stmt(t.db, `UPDATE processing_activities SET (${COLUMN_NAMES}) = (${PLACEHOLDERS}) WHERE id = ?`).run(...columns(after), row.id);
  bumpVersion(t.db, 'processing_activities', row.id, t.now);
  const version = row.version + 1;
  writeVersion(t, row.id, version, after, actor);
  t.audit({ entityType: 'processing-activity', entityId: row.ref, summary: { [event]: { id: row.public_id, ...auditFacts(after, version), changed } } });
}

/**
 * A cited sentence stays beside a field only while the field still holds what was taken from it:
 * once the DPO changes the field, the policy is no longer its source (unless a new sentence is given).
 * Likewise a field "still to be completed" leaves that list once changed, or when the DPO's edit
 * no longer lists it (confirmed as it stands); an edit can never add one.
 */
function keepSourceMarks(before: ActivityContent, after: ActivityContent): ActivityContent {
  const field = (c: ActivityContent, k: string) => canonicalJson((c as unknown as Record<string, unknown>)[k] ?? null);
  const kept = { ...after.citations };
  for (const [k, sentence] of Object.entries(after.citations) as Array<[keyof typeof kept, string]>)
    if (before.citations[k] === sentence && field(before, k) !== field(after, k)) delete kept[k];
  const stillListed = new Set(after.toComplete ?? []);
  const toComplete = (before.toComplete ?? []).filter((k) => stillListed.has(k) && field(before, k) === field(after, k));
  return { ...after, citations: kept, toComplete };
}

export function editActivity(t: TxContext, input: ProcessingEdit, actor: string): void {
  const row = requireChangeable(t, input.id, input.expectedVersion);
  // A controller record and a processor record answer different paragraphs of Art. 30; turning
  // one into the other would make its history read as something it never was.
  if (input.content.kind !== row.kind) throw new ProcessingInputError({ kind: [`This is a ${row.kind} record; add a new activity for a ${input.content.kind} record.`] });
  checkAgainstStore(t, input.content);
  const before = currentContent(t, row);
  replaceContent(t, row, before, keepSourceMarks(before, input.content), actor, 'edited');
}

export function markReviewed(t: TxContext, input: { id: string; expectedVersion?: number; on: string }, actor: string): void {
  const row = requireChangeable(t, input.id, input.expectedVersion);
  const before = currentContent(t, row);
  if (before.lastReviewedOn && input.on < before.lastReviewedOn) throw new ProcessingInputError({ on: [`It was already reviewed on ${before.lastReviewedOn}.`] });
  replaceContent(t, row, before, { ...before, lastReviewedOn: input.on }, actor, 'reviewed');
}

export function deleteActivity(t: TxContext, input: { id: string; expectedVersion?: number; reason: string }, actor: string): void {
  const row = requireChangeable(t, input.id, input.expectedVersion);
  const content = currentContent(t, row);
  stmt(t.db, 'UPDATE processing_activities SET deleted_at = ? WHERE id = ?').run(t.now, row.id);
  bumpVersion(t.db, 'processing_activities', row.id, t.now);
  // The reason is free text and may name people: it stays in the version, not in the trail.
  writeVersion(t, row.id, row.version + 1, content, actor, true, input.reason);
  t.audit({ entityType: 'processing-activity', entityId: row.ref, summary: { deleted: { id: row.public_id, version: row.version + 1, kind: row.kind } } });
}
