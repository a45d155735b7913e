// The day a request finished, from which its retention period runs (kept on the row by triggers,
// migration 0023): a backdated finishing step counts from its own date, and an imported closed
// request from the closed_on it was imported with, not from the day of the import (which kept
// imported history two years too long).
import { afterEach, describe, expect, it } from 'vitest';
import { daysAgo, newRequest, openTestCore, type TestCore } from '../requests/helpers';
import { addMonthsClamped } from '../../../shared/dates/iso';

let t: TestCore;
afterEach(() => t?.close());

const finishedOn = (ref: string) => t.core.session.requireStore().db.prepare('SELECT finished_on FROM requests WHERE ref = ?').pluck().get(ref) as string | null;

describe('the day a request finished', () => {
  it('is the finishing step\'s own date, the imported closing day, and none while open', async () => {
    t = await openTestCore();
    const open = await t.call('request.create', newRequest({ email: 'open@example.com', receivedDate: daysAgo(200) }));
    expect(finishedOn(open.ref)).toBeNull();
    await t.call('request.transition', { ref: open.ref, action: 'withdraw', on: daysAgo(150) });
    expect(finishedOn(open.ref)).toBe(daysAgo(150));

    const closedOn = addMonthsClamped(daysAgo(10), -30);
    const csv = ['type,name,email,received,channel,customer_id,regime,country,notes,status,responded_on,closed_on', `access,Old Case,old@example.com,${addMonthsClamped(closedOn, -2)},email,,gdpr,NL,,closed,${addMonthsClamped(closedOn, -1)},${closedOn}`].join('\n');
    const imported = await t.call('request.import', { csv });
    const ref = imported.lines![0]!.ref!;
    expect(finishedOn(ref)).toBe(closedOn);
    // Closed 30 months ago: due under the default 24 months, although imported today.
    expect(await t.call('retention.preview', {})).toMatchObject({ requests: 1 });
    expect((await t.call('retention.preview', {})).dueByKind[0]).toMatchObject({ kind: 'finishedRequests', count: 1, oldest: closedOn });
  });
});
