// Writing revisions: an import (row, checklist, original file and audit event in one
// transaction), a metadata update, and a checklist override. Audit summaries carry numbers,
// codes, counts and hashes, never the policy text or the DPO's notes.
import { createHash } from 'node:crypto';
import type { TxContext } from '../../store/store';
import { stmt } from '../../store/statements';
import { bumpVersion } from '../../store/versioned';
import { insertFile } from '../../store/file-store';
import { newPublicId } from '../../store/public-id';
import type { PolicyAdd, PolicyOverride, PolicyUpdate } from '../../../shared/model/policy';
import { countStatuses, quotedIn, type AutoFinding } from '../../../shared/policy/checklist';
import type { Extracted } from './extract';
import { PolicyInputError, PolicyRevisionChangedError, sourceField } from './errors';
import { checklistOf, requireRevision, revisionOwner, type RevisionRow } from './repo';

type Meta = Omit<PolicyAdd, 'source'>;

function metaColumns(m: Meta): unknown[] {
  return [
    m.label ?? null,
    m.effectiveDate,
    m.publishedOn ?? null,
    m.approvedBy ?? null,
    m.change?.class ?? null,
    (m.change?.material ?? []).join(','),
    m.notice?.on ?? null,
    (m.notice?.how ?? []).join(','),
    m.notice?.note ?? null,
    m.notice ? 1 : 0,
  ];
}
const META_COLUMNS = 'label, effective_date, published_on, approved_by, change_class, material_changes, notice_on, notice_how, notice_note, has_notice';

/** Dates that contradict each other, by field. */
export function checkMetaDates(m: Meta): void {
  const errors: Record<string, string[]> = {};
  if (m.notice?.on && m.publishedOn && m.notice.on < m.publishedOn) errors['notice.on'] = ['Customers cannot have been told before the revision was published.'];
  if (m.publishedOn && m.publishedOn > m.effectiveDate) errors.publishedOn = ['A revision is published on or before the day it takes effect.'];
  if (Object.keys(errors).length) throw new PolicyInputError(errors);
}

export interface Imported {
  extracted: Extracted;
  text: string;
  checklist: AutoFinding[];
}

export function addRevision(t: TxContext, input: PolicyAdd, imported: Imported, actor: string): { publicId: string; number: number } {
  const sha = createHash('sha256').update(imported.text).digest('hex');
  const same = stmt(t.db, 'SELECT number FROM policy_revisions WHERE text_sha256 = ?').get(sha) as { number: number } | undefined;
  if (same) throw new PolicyInputError({ [sourceField(input.source)]: [`This text is already revision ${same.number}.`] });
  const number = ((stmt(t.db, 'SELECT max(number) AS n FROM policy_revisions').get() as { n: number | null }).n ?? 0) + 1;
  const publicId = newPublicId();
  const info = stmt(
    t.db,
    `INSERT INTO policy_revisions (public_id, number, ${META_COLUMNS}, format, text, text_sha256, created_at, updated_at) VALUES (?, ?, ${META_COLUMNS.split(',').map(() => '?').join(', ')}, ?, ?, ?, ?, ?)`,
  ).run(publicId, number, ...metaColumns(input), imported.extracted.format, imported.text, sha, t.now, t.now);
  const id = Number(info.lastInsertRowid);
  const insert = stmt(t.db, 'INSERT INTO policy_checklist (revision_id, item, auto_status, auto_evidence) VALUES (?, ?, ?, ?)');
  for (const f of imported.checklist) insert.run(id, f.item, f.status, JSON.stringify(f.evidence));
  t.audit({
    entityType: 'policy-revision',
    entityId: `revision ${number}`,
    summary: {
      recorded: {
        id: publicId,
        number,
        effectiveDate: input.effectiveDate,
        format: imported.extracted.format,
        sha256: sha,
        change: input.change?.class ?? null,
        material: input.change?.material ?? [],
        noticeOn: input.notice?.on ?? null,
        checklist: countStatuses(imported.checklist),
      },
    },
  });
  const { bytes } = imported.extracted;
  if (bytes) insertFile(t, revisionOwner({ id, number }), { filename: input.source.filename, mimeType: imported.extracted.mimeType, bytes, kind: 'document', deleteAfter: null }, actor);
  return { publicId, number };
}

export function updateRevision(t: TxContext, input: PolicyUpdate): void {
  const row = requireRevision(t.db, input.id);
  if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) throw new PolicyRevisionChangedError(row.number);
  const { id: _id, expectedVersion: _v, ...meta } = input;
  void _id;
  void _v;
  const before = [row.label, row.effective_date, row.published_on, row.approved_by, row.change_class, row.material_changes, row.notice_on, row.notice_how, row.notice_note, row.has_notice];
  const after = metaColumns(meta);
  const names = META_COLUMNS.split(', ');
  const changed = names.filter((_, i) => before[i] !== after[i]);
  if (!changed.length) throw new PolicyInputError({ effectiveDate: ['Nothing differs from what is recorded.'] });
  stmt(t.db, `UPDATE policy_revisions SET (${META_COLUMNS}) = (${names.map(() => '?').join(', ')}) WHERE id = ?`).run(...after, row.id);
  bumpVersion(t.db, 'policy_revisions', row.id, t.now);
  t.audit({ entityType: 'policy-revision', entityId: `revision ${row.number}`, summary: { updated: { id: row.public_id, number: row.number, changed, change: meta.change?.class ?? null, noticeOn: meta.notice?.on ?? null } } });
}

export function overrideFinding(t: TxContext, input: PolicyOverride, actor: string): void {
  const row = requireRevision(t.db, input.id);
  const finding = checklistOf(t.db, row.id).find((f) => f.item === input.item)!;
  // Never `present` without evidence: an override to present needs the rules' sentences or the
  // DPO's own quotes from this revision's text.
  const missingQuote = input.evidence.findIndex((q) => !quotedIn(row.text, q));
  if (missingQuote >= 0) throw new PolicyInputError({ [`evidence.${missingQuote}`]: ['This sentence is not in the revision; quote it as it stands.'] });
  if (input.status === 'present' && !input.evidence.length && !finding.auto.evidence.length)
    throw new PolicyInputError({ evidence: ['Quote the sentence(s) of the policy that show this item is present.'] });
  if (input.status === (finding.override?.status ?? null)) throw new PolicyInputError({ status: [`The finding is already ${input.status ?? 'the automatic one'}.`] });
  stmt(t.db, 'UPDATE policy_checklist SET override_status = ?, override_note = ?, override_evidence = ?, override_at = ?, override_by = ? WHERE revision_id = ? AND item = ?').run(
    input.status,
    input.status ? (input.note ?? null) : null,
    input.status && input.evidence.length ? JSON.stringify(input.evidence) : null,
    input.status ? t.now : null,
    input.status ? actor : null,
    row.id,
    input.item,
  );
  bumpVersion(t.db, 'policy_revisions', row.id, t.now);
  // The note is free text: it stays on the checklist row, not in the trail.
  t.audit({
    entityType: 'policy-revision',
    entityId: `revision ${row.number}`,
    summary: { checklistOverride: { id: row.public_id, number: row.number, item: input.item, auto: finding.auto.status, from: finding.status, to: input.status ?? finding.auto.status, cleared: input.status === null, quotes: input.evidence.length } },
  });
}

/** Items whose automatic finding differs from what the current rules say. */
export function recheckChanges(db: TxContext['db'], revisionId: number, now: AutoFinding[]): AutoFinding[] {
  const stored = new Map(checklistOf(db, revisionId).map((f) => [f.item, f.auto]));
  return now.filter((f) => {
    const before = stored.get(f.item);
    return !before || before.status !== f.status || JSON.stringify(before.evidence) !== JSON.stringify(f.evidence);
  });
}

export function writeRecheck(t: TxContext, row: RevisionRow, changes: AutoFinding[]): void {
  const before = new Map(checklistOf(t.db, row.id).map((f) => [f.item, f.auto.status]));
  const upsert = stmt(
    t.db,
    `INSERT INTO policy_checklist (revision_id, item, auto_status, auto_evidence) VALUES (?, ?, ?, ?)
     ON CONFLICT (revision_id, item) DO UPDATE SET auto_status = excluded.auto_status, auto_evidence = excluded.auto_evidence`,
  );
  for (const f of changes) upsert.run(row.id, f.item, f.status, JSON.stringify(f.evidence));
  bumpVersion(t.db, 'policy_revisions', row.id, t.now);
  t.audit({
    entityType: 'policy-revision',
    entityId: `revision ${row.number}`,
    summary: { rechecked: { id: row.public_id, number: row.number, changed: changes.map((f) => ({ item: f.item, from: before.get(f.item) ?? null, to: f.status })) } },
  });
}
