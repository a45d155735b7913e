// Replays a generated plan into a workbench through the real service path: the CSV import op
// for the rows, then every lifecycle step through the functions RequestService.transition and
// .addNote call (applyTransition, addNote), so each deadline, timeline entry and audit event is
// written by the app's own code. Only the detail read-back after each step is skipped.
//
// Steps run in date order across all requests (as a DPO's days interleave cases) and are
// grouped into outer transactions of BATCH steps: each step is still its own Store.tx (a
// savepoint here, with its own audit event), only the fsync is shared. That is fixture
// building, not a figure: the figures measure the app's own one-transaction-per-action path.
import { requestAddNoteInput, requestTransitionInput } from '../../shared/model/request';
import { applyTransition } from '../../main/services/requests/transitions';
import { addNote } from '../../main/services/requests/notes';
import { disclosureRecipients } from '../../main/services/disclosures/art19';
import { addDisclosure } from '../../main/services/disclosures/record';
import { disclosureAddInput } from '../../shared/model/disclosure';
import { readSettings } from '../../main/store/settings-repo';
import { todayInZone } from '../../shared/dates/zone';
import { ACTOR, type Workbench } from './workbench';
import type { DataSet } from './generator';

const BATCH = 5_000;

export interface PopulateStats {
  steps: number;
  /** Steps the service refused (an illegal transition in the plan); counted, never hidden. */
  refused: number;
  firstRefusal: string | null;
  auditEvents: number;
  ms: number;
}

/** `refs[i]` is the reference the import gave plan row i. */
export function replaySteps(wb: Workbench, data: DataSet, refs: readonly string[]): PopulateStats {
  const t0 = performance.now();
  const store = wb.core.session.requireStore();
  const settings = readSettings(store.db);
  const today = todayInZone(settings.timeZone);
  const deps = { store, settings, today, actor: ACTOR, recipients: disclosureRecipients };
  const order: Array<{ i: number; s: number; on: string }> = [];
  data.requests.forEach((q, i) => q.steps.forEach((st, s) => order.push({ i, s, on: st.on })));
  // Stable: a request's own steps keep their order on the same day.
  order.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  let refused = 0;
  let firstRefusal: string | null = null;
  const run = store.db.transaction((from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const { i, s } = order[k]!;
      const step = data.requests[i]!.steps[s]!;
      const ref = refs[i]!;
      try {
        if (step.kind === 'note') {
          addNote(store, requestAddNoteInput.parse({ ref, direction: step.direction, text: step.text, on: step.on }), ACTOR, today);
        } else {
          const { originalIndex, ...input } = step.input;
          const originalRef = originalIndex === undefined ? undefined : refs[originalIndex];
          applyTransition(deps, requestTransitionInput.parse({ ...input, ref, ...(originalRef ? { originalRef } : {}) }));
        }
      } catch (err) {
        refused++;
        firstRefusal ??= `${ref} ${step.kind === 'note' ? 'note' : step.input.action}: ${err instanceof Error ? err.message : String(err)}`;
      }
    }
  });
  for (let k = 0; k < order.length; k += BATCH) run(k, Math.min(order.length, k + BATCH));
  const auditEvents = (store.db.prepare('SELECT count(*) AS n FROM audit_events').get() as { n: number }).n;
  return { steps: order.length, refused, firstRefusal, auditEvents, ms: performance.now() - t0 };
}

/**
 * Replays the planned disclosures through the service's own write (addDisclosure inside a
 * Store.tx with its audit event), in batches sharing one fsync like the steps above.
 */
export function replayDisclosures(wb: Workbench, data: DataSet, refs: readonly string[]): { disclosures: number; refused: number; firstRefusal: string | null; ms: number } {
  const t0 = performance.now();
  const store = wb.core.session.requireStore();
  let refused = 0;
  let firstRefusal: string | null = null;
  const run = store.db.transaction((from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const plan = data.disclosures[k]!;
      const ref = plan.requestIndex === null ? undefined : refs[plan.requestIndex];
      try {
        const input = disclosureAddInput.parse({ ...plan.input, subjects: { ...plan.input.subjects, ...(ref ? { requestRefs: [ref] } : {}) } });
        store.tx(ACTOR, 'disclosure.add', (t) => addDisclosure(t, input, ACTOR));
      } catch (err) {
        refused++;
        firstRefusal ??= `disclosure ${k}: ${err instanceof Error ? err.message : String(err)}`;
      }
    }
  });
  for (let k = 0; k < data.disclosures.length; k += BATCH) run(k, Math.min(data.disclosures.length, k + BATCH));
  return { disclosures: data.disclosures.length, refused, firstRefusal, ms: performance.now() - t0 };
}
