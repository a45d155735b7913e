// Timeline notes (request.addNote): the entry, the row's version bump and the audit event in one
// transaction. A function of its own so bulk callers (the benchmark's data replay) use exactly
// this path without reading the detail back after every note.
import { bumpVersion } from '../../store/versioned';
import type { z } from 'zod';
import type { Store } from '../../store/store';
import { compareDates } from '../../../shared/dates/iso';
import type { requestAddNoteInput } from '../../../shared/model/request';
import { RequestInputError } from './errors';
import { insertEvent, requireRow } from './repo';

export function addNote(store: Store, input: z.output<typeof requestAddNoteInput>, actor: string, today: string): void {
  store.tx(actor, 'request.addNote', (t) => {
    const row = requireRow(t.db, input.ref);
    const on = input.on ?? today;
    if (compareDates(on, today) > 0) throw new RequestInputError({ on: [`${on} is in the future; today is ${today}.`] });
    insertEvent(t.db, { requestId: row.id, at: t.now, on, kind: 'note', direction: input.direction, text: input.text, actor });
    bumpVersion(t.db, 'requests', row.id, t.now);
    t.audit({ entityType: 'request', entityId: row.ref, summary: { note: { direction: input.direction, on, length: input.text.length } } });
  });
}
