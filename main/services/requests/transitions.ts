// Workflow actions. The state machine (shared/model/request-machine.ts) says which action is
// legal now; this module checks it again inside the transaction, applies the action's effects,
// recomputes the deadline and records the timeline entry and the audit event together.
import { bumpVersion } from '../../store/versioned';
import type { Store, TxContext } from '../../store/store';
import { compareDates } from '../../../shared/dates/iso';
import type { Settings } from '../../../shared/model/settings';
import { actionLabel, needsArt19, nextStatus, refusalReason, type MachineState } from '../../../shared/model/request-machine';
import type { Art19Record, RequestTransition, TimelineDirection } from '../../../shared/model/request';
import type { TimelineEvent } from '../../../shared/model/timeline';
import { deadlineFor, extensionPossible, pausePossible, storeDeadline } from './deadline';
import { IllegalTransitionError, RequestChangedError, RequestInputError } from './errors';
import { insertEvent, pausesOf, requireRow, stmt, parseTypes, type RequestRow } from './repo';
import { pluckStmt } from '../../store/statements';
import type { RecipientSource } from './recipients';
import { filesOf } from '../../store/file-store';
import { requestOwner } from './attachments';

export function machineState(row: RequestRow): MachineState {
  return {
    status: row.status,
    types: parseTypes(row.types),
    verified: row.verified_on !== null,
    extended: row.extension_notice_on !== null,
    extensionPossible: extensionPossible(row.regime),
    pausePossible: pausePossible(row.regime),
  };
}

/** Dates of actions lie between receipt and today (an action recorded late keeps its real date). */
function checkOn(field: string, on: string, row: RequestRow, today: string): void {
  if (compareDates(on, row.received_date) < 0)
    throw new RequestInputError({ [field]: [`${on} is before the request was received (${row.received_date}).`] });
  if (compareDates(on, today) > 0) throw new RequestInputError({ [field]: [`${on} is in the future; today is ${today}.`] });
}

function closeOpenPause(t: TxContext, row: RequestRow, on: string): void {
  const open = stmt(t.db, 'SELECT id, from_date FROM request_pauses WHERE request_id = ? AND to_date IS NULL').get(row.id) as
    | { id: number; from_date: string }
    | undefined;
  if (!open) return;
  if (compareDates(on, open.from_date) < 0)
    throw new RequestInputError({ on: [`${on} is before the pause started (${open.from_date}).`] });
  stmt(t.db, 'UPDATE request_pauses SET to_date = ? WHERE id = ?').run(on, open.id);
}

export interface TransitionDeps {
  store: Store;
  settings: Settings;
  today: string;
  actor: string;
  recipients: RecipientSource;
}

export function applyTransition(deps: TransitionDeps, input: RequestTransition): void {
  const { store, settings, today, actor } = deps;
  store.tx(actor, `request.${input.action}`, (t) => {
    const row = requireRow(t.db, input.ref);
    if (input.expectedVersion !== undefined && input.expectedVersion !== row.version) throw new RequestChangedError(row.ref);
    const state = machineState(row);
    const why = refusalReason(state, input.action);
    if (why) throw new IllegalTransitionError(row.ref, why);

    const changes: Record<string, { old: unknown; new: unknown }> = {};
    const set = (column: keyof RequestRow, value: string | number | null, label: string = column) => {
      if (row[column] === value) return;
      changes[label] = { old: row[column], new: value };
      stmt(t.db, `UPDATE requests SET ${column} = ? WHERE id = ?`).run(value, row.id);
    };
    let extensionNoticeSentOn = row.extension_notice_on;
    let direction: TimelineDirection = 'internal';
    const note = input.note || null;
    /** Entries for the DPO only, written after the action's own entry. */
    const internalNotes: string[] = [];
    let event: TimelineEvent;
    let on: string | null = null;
    /** The action's date: given, or today in the organisation's zone; checked against receipt and today. */
    const dated = (field: 'on' | 'extensionNoticeSentOn', given: string | undefined): string => {
      const d = given ?? today;
      checkOn(field, d, row, today);
      return d;
    };

    switch (input.action) {
      case 'start':
        event = { code: 'work-started', note };
        break;
      case 'verify': {
        on = dated('on', input.on);
        const by = input.by ?? actor;
        set('verification_method', input.method);
        set('verified_on', on);
        set('verified_by', by);
        if (row.status === 'awaiting-identity') closeOpenPause(t, row, on);
        event = { code: 'identity-verified', method: input.method, by, note };
        break;
      }
      case 'pause': {
        if (input.reason === 'identity' && state.verified) throw new IllegalTransitionError(row.ref, 'Identity is already verified; ask for clarification instead.');
        on = dated('on', input.on);
        const last = pausesOf(t.db, row.id).at(-1);
        if (last?.to && compareDates(on, last.to) < 0)
          throw new RequestInputError({ on: [`${on} is before the previous pause ended (${last.to}).`] });
        stmt(t.db, 'INSERT INTO request_pauses (request_id, reason, from_date, to_date) VALUES (?, ?, ?, NULL)').run(row.id, input.reason, on);
        direction = 'to-subject';
        // GDPR Art. 12(6) (identity) and Recital 63 (clarification): the catalogs cite them.
        event = { code: 'paused', reason: input.reason, note };
        break;
      }
      case 'resume':
        on = dated('on', input.on);
        closeOpenPause(t, row, on);
        direction = 'from-subject';
        event = { code: 'resumed', note };
        break;
      case 'extend':
        on = dated('extensionNoticeSentOn', input.extensionNoticeSentOn);
        extensionNoticeSentOn = on;
        set('extension_notice_on', on);
        set('extension_reasons', input.reasons);
        direction = 'to-subject';
        event = { code: 'extended', reasons: input.reasons, note };
        break;
      case 'respond':
        on = dated('on', input.on);
        set('answered_on', on);
        direction = 'to-subject';
        event = { code: 'responded', summary: input.summary, note };
        break;
      case 'close': {
        // Data minimisation (GDPR Art. 5(1)(c)): an ID scan kept "until identity is verified"
        // may not outlive the request unnoticed. Delete it first, or record why it is kept.
        const kept = filesOf(t.db, requestOwner(row)).filter((f) => f.deleteAfter === 'identity-verified' && f.deletedAt === null);
        if (kept.length && !input.keepIdDocumentsReason)
          throw new RequestInputError({
            keepIdDocumentsReason: [
              `${kept.length === 1 ? 'An ID document marked' : `${kept.length} ID documents marked`} "delete after verification" ${kept.length === 1 ? 'is' : 'are'} still stored: delete ${kept.length === 1 ? 'it' : 'them'} first, or say why ${kept.length === 1 ? 'it is' : 'they are'} kept.`,
            ],
          });
        if (kept.length) changes.idDocumentsKept = { old: null, new: { files: kept.map((f) => f.id), reason: input.keepIdDocumentsReason } };
        storeArt19(t, deps.recipients, row, input.art19);
        event = { code: 'closed', art19Recipients: input.art19.length, note };
        if (input.art19.length) changes.art19 = { old: null, new: input.art19 };
        if (kept.length) internalNotes.push(`ID document kept after closing: ${input.keepIdDocumentsReason}`);
        break;
      }
      case 'refuse': {
        if (input.ground === 'identity-not-established' && state.verified)
          throw new IllegalTransitionError(row.ref, 'Identity is verified, so "identity not established" cannot be the ground.');
        on = dated('on', input.on);
        closeOpenPause(t, row, on);
        set('answered_on', on);
        set('refusal_ground', input.ground);
        set('refusal_reason', input.reason);
        direction = 'to-subject';
        // GDPR Art. 12(4): the refusal states the reasons and the right to complain and to a remedy.
        event = { code: 'refused', ground: input.ground, reason: input.reason, note };
        break;
      }
      case 'withdraw':
        on = dated('on', input.on);
        closeOpenPause(t, row, on);
        direction = 'from-subject';
        event = { code: 'withdrawn', note };
        break;
      case 'mark-duplicate': {
        const original = requireRow(t.db, input.originalRef);
        if (original.id === row.id) throw new RequestInputError({ originalRef: ['A request cannot duplicate itself.'] });
        if (original.status === 'duplicate')
          throw new RequestInputError({ originalRef: [`${original.ref} is itself a duplicate; link to its original instead.`] });
        closeOpenPause(t, row, today);
        set('duplicate_of', original.id, 'duplicateOf');
        changes.duplicateOf = { old: null, new: original.ref };
        event = { code: 'marked-duplicate', originalRef: original.ref, note };
        break;
      }
    }

    const status = nextStatus(state, input.action, input.action === 'pause' ? input.reason : undefined);
    set('status', status);
    // Recompute after every change (pauses, extension); a late extension notice throws
    // ExtensionTooLateError (VALIDATION on extensionNoticeSentOn) and rolls everything back.
    const deadline = deadlineFor(
      { regime: row.regime, country: row.country, received: row.received_date, pauses: pausesOf(t.db, row.id), extensionNoticeSentOn },
      settings,
      today,
    );
    if (deadline.effectiveDue !== row.effective_due) changes.due = { old: row.effective_due, new: deadline.effectiveDue };
    storeDeadline(t.db, row.id, deadline);
    bumpVersion(t.db, 'requests', row.id, t.now);
    // The note typed with an action is an internal note (the form says so). An action that is
    // correspondence with the subject (a pause asks them something) keeps its own text apart
    // from that note, so nothing internal reads as "sent to the subject".
    if (direction !== 'internal' && 'note' in event && event.note) {
      internalNotes.unshift(event.note);
      event = { ...event, note: null };
    }
    insertEvent(t.db, {
      requestId: row.id,
      at: t.now,
      on,
      kind: 'action',
      direction,
      action: input.action,
      event,
      actor,
    });
    for (const text of internalNotes) insertEvent(t.db, { requestId: row.id, at: t.now, on, kind: 'note', direction: 'internal', text, actor });
    t.audit({ entityType: 'request', entityId: row.ref, summary: { action: input.action, label: actionLabel(input.action), changes } });
  });
}

/**
 * GDPR Art. 19 on close: every recipient the source lists needs exactly one record; records for
 * recipients it does not list are refused (nothing is recorded against a recipient nobody can trace).
 */
function storeArt19(t: TxContext, source: RecipientSource, row: RequestRow, records: Art19Record[]): void {
  const types = parseTypes(row.types);
  if (!needsArt19(types)) {
    if (records.length) throw new RequestInputError({ art19: ['Art. 19 records apply only to rectification, erasure or restriction requests.'] });
    return;
  }
  const recipients = source.recipientsFor(t.db, { email: row.email_norm, customerId: row.customer_id });
  const byId = new Map(recipients.map((r) => [r.id, r]));
  const errors: Record<string, string[]> = {};
  // Recipients already given their record before the close (disclosure.art19Notice) need none now.
  const recorded = new Set(pluckStmt(t.db, 'SELECT recipient_id FROM request_art19 WHERE request_id = ?').all(row.id) as string[]);
  const seen = new Set<string>(recorded);
  records.forEach((rec, i) => {
    if (!byId.has(rec.recipientId)) (errors[`art19.${i}.recipientId`] ??= []).push('This recipient is not in the list for this subject.');
    else if (recorded.has(rec.recipientId)) (errors[`art19.${i}.recipientId`] ??= []).push('This recipient already has its Art. 19 record on this request.');
    else if (seen.has(rec.recipientId)) (errors[`art19.${i}.recipientId`] ??= []).push('This recipient is listed twice.');
    seen.add(rec.recipientId);
    if (rec.notifiedOn && compareDates(rec.notifiedOn, row.received_date) < 0)
      (errors[`art19.${i}.notifiedOn`] ??= []).push(`${rec.notifiedOn} is before the request was received (${row.received_date}).`);
  });
  const missing = recipients.filter((r) => !seen.has(r.id));
  if (missing.length) errors.art19 = [`Record, for each of ${missing.length} recipient(s), when they were notified or why that is impossible or disproportionate (GDPR Art. 19).`];
  if (Object.keys(errors).length) throw new RequestInputError(errors);
  for (const rec of records) {
    stmt(t.db, 'INSERT INTO request_art19 (request_id, recipient_id, recipient_name, outcome, notified_on, reason) VALUES (?, ?, ?, ?, ?, ?)').run(
      row.id,
      rec.recipientId,
      byId.get(rec.recipientId)!.name,
      rec.outcome,
      rec.notifiedOn ?? null,
      rec.reason ?? null,
    );
  }
}
