// The register as it stood on a date (what the audit pack shows for a past day): each breach's
// newest version recorded by the end of that local day, with the clock as it read then. The store
// and the service run on a set clock, as they would on those days; the database is real.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../../main/store/store';
import { BreachService } from '../../../main/services/breaches/service';
import { breachAddInput, breachCorrectInput, breachNotifyInput } from '../../../shared/model/breach';
import type { TestCore } from '../requests/helpers';
import { openSuiteCore } from '../disclosures/helpers';
import { stolenLaptop } from './helpers';

let t: TestCore;
let now = new Date();
let service: BreachService;
beforeAll(async () => {
  t = await openSuiteCore();
  const store = t.core.session.requireStore();
  const clock = () => now;
  service = new BreachService(new Store(store.db, store.dataDir, clock), { clock });
}, 60_000);
afterAll(() => t.close());

describe('the breach register as of a date', () => {
  it('shows each breach as recorded by the end of that day, with the clock as it read then', () => {
    now = new Date('2026-03-27T12:00:00Z');
    const base = stolenLaptop(0, { discoveredAt: { local: '2026-03-27T09:30', zone: 'Europe/Amsterdam' }, awareAt: { local: '2026-03-27T10:00', zone: 'Europe/Amsterdam' } });
    const added = service.add(breachAddInput.parse(base), 'dpo');
    now = new Date('2026-03-28T12:00:00Z');
    const { files: _f, ...content } = base;
    void _f;
    service.correct(breachCorrectInput.parse({ ...content, id: added.id, reason: 'Recounted', subjectsApprox: 700 }), 'dpo');
    now = new Date('2026-03-31T08:00:00Z');
    // 11:30 CEST on Monday: half an hour past the deadline (10:00 CET Friday + 72 h = 11:00 CEST Monday).
    const notified = service.notify(breachNotifyInput.parse({ id: added.id, at: { local: '2026-03-30T11:30' }, delayReasons: 'Waited for the forensic report.' }), 'dpo');
    expect(notified.clock.state).toBe('notified-late');
    expect(notified.content.notification?.at.at).toBe('2026-03-30T09:30:00.000Z');

    expect(service.asOf({ date: '2026-03-26' }).breaches).toEqual([]);
    const first = service.asOf({ date: '2026-03-27' });
    expect(first.at).toBe('2026-03-27T22:59:59.999Z');
    expect(first.breaches.map((b) => [b.ref, b.version, b.content.subjectsApprox, b.clock.state])).toEqual([[added.ref, 1, 1200, 'running']]);
    // End of Friday 27 March (23:00Z) to Monday 09:00Z.
    expect(first.breaches[0]!.clock.hoursLeft).toBe(58);
    expect(service.asOf({ date: '2026-03-28' }).breaches.map((b) => [b.version, b.content.subjectsApprox])).toEqual([[2, 700]]);
    const monday = service.asOf({ date: '2026-03-30' }).breaches[0]!;
    expect([monday.version, monday.clock.state, monday.clock.hoursLeft]).toEqual([2, 'overdue', -13]);
    const tuesday = service.asOf({ date: '2026-03-31' }).breaches[0]!;
    expect([tuesday.version, tuesday.clock.state, tuesday.content.notification?.late]).toEqual([3, 'notified-late', true]);
    // At an instant: the version recorded then, inclusive.
    expect(service.asOf({ at: added.versions[0]!.at }).breaches.map((b) => b.version)).toEqual([1]);
    expect(service.asOf({ at: '2026-03-27T11:59:59Z' }).breaches).toEqual([]);
  });

  it('through the contract: a date is required, and today shows the current version', async () => {
    expect((await t.fail('breach.asOf', {})).fieldErrors?.date).toBeDefined();
    const today = await t.call('breach.asOf', { date: '2199-12-31' });
    expect(today.breaches.map((b) => b.version)).toEqual([3]);
  });
});
