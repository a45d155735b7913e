// "Secret until" dates become reminders on the day secrecy ends: shown once per disclosure and
// date, not for an inquiry, not once the subject was told; a moved date reminds again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today, type TestCore } from '../requests/helpers';
import { addDays } from '../../../shared/dates/iso';
import { DisclosureService } from '../../../main/services/disclosures/service';
import { openSuiteCore, policeOrder } from './helpers';

let t: TestCore;
beforeAll(async () => {
  t = await openSuiteCore();
}, 60_000);
afterAll(() => t.close());

describe('secrecy reminders', () => {
  it('come when the date is reached, once; a corrected date brings them back', async () => {
    const until = addDays(today(), 3);
    const secret = { decision: 'secret-until' as const, until, ground: 'Art. 23; Sv art. 126bb' };
    const d = await t.call('disclosure.add', policeOrder({ secrecy: secret }));
    await t.call('disclosure.add', policeOrder({ secrecy: secret, inquiry: true }));
    await t.call('disclosure.add', policeOrder({ secrecy: secret, subjectToldOn: today() }));
    expect(await t.call('disclosure.dueReminders', { peek: false })).toEqual([]);
    const on = (date: string) => new DisclosureService(t.core.session.requireStore(), { clock: () => new Date(`${date}T12:00:00Z`) });
    expect(on(addDays(until, -1)).dueReminders(false, 'test')).toEqual([]);
    const later = on(addDays(until, 2));
    expect(later.dueReminders(true, 'test')).toEqual([{ id: d.id, ref: d.ref, threshold: 'secrecy-ended', until, daysAgo: 2, recipientName: 'Politie Amsterdam' }]);
    expect(later.dueReminders(false, 'test').map((r) => r.id)).toEqual([d.id]);
    expect(later.dueReminders(false, 'test')).toEqual([]);
    const moved = addDays(until, 1);
    await t.call('disclosure.correct', { ...policeOrder({ secrecy: { ...secret, until: moved } }), recipient: undefined, recipientId: d.recipient.id, id: d.id, reason: 'The court extended the gag order.' });
    expect(later.dueReminders(false, 'test').map((r) => [r.id, r.until])).toEqual([[d.id, moved]]);
  });

  it('the desktop notifications come once per disclosure and date, and leave the dashboard reminder in place', async () => {
    const until = addDays(today(), 5);
    const d = await t.call('disclosure.add', policeOrder({ secrecy: { decision: 'secret-until', until, ground: 'Art. 23; Sv art. 126bb' } }));
    const on = (date: string) => new DisclosureService(t.core.session.requireStore(), { clock: () => new Date(`${date}T12:00:00Z`) });
    // The first test's disclosures end earlier: notified the first time, so only this one is new.
    const before = on(addDays(until, -1)).notices('system:reminders');
    expect(before.map((r) => r.id)).not.toContain(d.id);
    const later = on(until);
    expect(later.notices('system:reminders').map((r) => [r.id, r.until])).toEqual([[d.id, until]]);
    expect(later.notices('system:reminders')).toEqual([]);
    // The dashboard still shows it until the DPO marks it seen; marking it seen does not notify again.
    expect(later.dueReminders(true, 'test').map((r) => r.id)).toContain(d.id);
    later.dueReminders(false, 'test');
    expect(later.notices('system:reminders')).toEqual([]);
    const events = (await t.call('audit.list', { operation: 'disclosure.notices', limit: 10 })).rows;
    expect(events.map((e) => e.summary)).toContainEqual({ noticesShown: [`${d.ref}:secrecy-ended`] });
  });
});
