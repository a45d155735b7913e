// The 72-hour clock (GDPR Art. 33(1)) and the wall-clock instants it counts from: elapsed hours
// across both daylight-saving changes in Europe/Amsterdam, awareness recorded in another zone,
// no weekend roll-over, the alert thresholds, and a notification that stops the clock.
import { describe, expect, it } from 'vitest';
import { breachClock, breachDeadline, isLateNotification, splitHours } from '../../../shared/breaches/clock';
import { instantToLocal, localToInstant, offsetLabel } from '../../../shared/dates/instant';

const AMS = 'Europe/Amsterdam';
const at = (local: string, zone = AMS): string => {
  const r = localToInstant(local, zone);
  if (!r.ok) throw new Error(`${local} ${zone}: ${r.problem}`);
  return r.instant;
};
const facts = (awareAt: string, over: Partial<Parameters<typeof breachClock>[0]> = {}) => ({ awareAt, role: 'controller' as const, risk: 'risk' as const, notifiedAt: null, ...over });

describe('wall-clock times in a zone', () => {
  it('winter and summer offsets in Amsterdam', () => {
    expect(at('2026-01-15T10:00')).toBe('2026-01-15T09:00:00.000Z');
    expect(at('2026-07-15T10:00')).toBe('2026-07-15T08:00:00.000Z');
    expect(offsetLabel('2026-07-15T08:00:00.000Z', AMS)).toBe('+02:00');
  });

  it('the hour skipped in spring does not exist; the hour repeated in autumn takes the earlier moment', () => {
    // 29 Mar 2026: 02:00 CET → 03:00 CEST.
    expect(localToInstant('2026-03-29T02:30', AMS)).toEqual({ ok: false, problem: 'gap' });
    expect(at('2026-03-29T03:00')).toBe('2026-03-29T01:00:00.000Z');
    // 25 Oct 2026: 03:00 CEST → 02:00 CET, so 02:30 happens at 00:30Z and again at 01:30Z.
    expect(localToInstant('2026-10-25T02:30', AMS)).toEqual({ ok: true, instant: '2026-10-25T00:30:00.000Z', ambiguous: true });
    expect(localToInstant('2026-10-25T03:30', AMS)).toEqual({ ok: true, instant: '2026-10-25T02:30:00.000Z', ambiguous: false });
  });

  it('refuses impossible dates, bad shapes and unknown zones', () => {
    expect(localToInstant('2026-02-30T10:00', AMS)).toEqual({ ok: false, problem: 'format' });
    expect(localToInstant('2026-02-03 25:00', AMS)).toEqual({ ok: false, problem: 'format' });
    expect(localToInstant('yesterday', AMS)).toEqual({ ok: false, problem: 'format' });
    expect(localToInstant('2026-02-03T10:00', 'Europe/Amsterdm')).toEqual({ ok: false, problem: 'zone' });
    // A space instead of the T is what people type.
    expect(at('2026-02-03 10:00')).toBe('2026-02-03T09:00:00.000Z');
  });
});

describe('the 72-hour clock', () => {
  it('is 72 elapsed hours across the spring change: the local deadline is an hour later on the wall clock', () => {
    const aware = at('2026-03-27T10:00'); // Friday, CET
    const deadline = breachDeadline(aware);
    expect(deadline).toBe('2026-03-30T09:00:00.000Z');
    expect(instantToLocal(deadline, AMS)).toBe('2026-03-30T11:00'); // Monday, CEST
    expect((Date.parse(deadline) - Date.parse(aware)) / 3_600_000).toBe(72);
  });

  it('is 72 elapsed hours across the autumn change: the local deadline is an hour earlier on the wall clock', () => {
    const aware = at('2026-10-23T10:00'); // Friday, CEST
    const deadline = breachDeadline(aware);
    expect(instantToLocal(deadline, AMS)).toBe('2026-10-26T09:00'); // Monday, CET
    expect((Date.parse(deadline) - Date.parse(aware)) / 3_600_000).toBe(72);
  });

  it('awareness during the repeated autumn hour counts from its first occurrence (the earlier deadline)', () => {
    expect(instantToLocal(breachDeadline(at('2026-10-25T02:30')), AMS)).toBe('2026-10-28T01:30');
  });

  it('awareness recorded in another zone gives the same instant and deadline as in Amsterdam', () => {
    // A DPO travelling in New York (EDT until 1 Nov 2026) learns of it at 04:00 local = 10:00 in Amsterdam.
    const ny = at('2026-10-23T04:00', 'America/New_York');
    expect(ny).toBe(at('2026-10-23T10:00'));
    expect(instantToLocal(breachDeadline(ny), AMS)).toBe('2026-10-26T09:00');
    expect(instantToLocal(breachDeadline(ny), 'America/New_York')).toBe('2026-10-26T04:00');
    // Tokyo has no DST; the deadline still falls on the Amsterdam wall clock shifted by the autumn change.
    const tokyo = at('2026-10-23T17:00', 'Asia/Tokyo');
    expect(tokyo).toBe(at('2026-10-23T10:00'));
  });

  it('does not roll over a weekend: Friday afternoon is due Monday afternoon', () => {
    const aware = at('2026-02-06T15:00'); // Friday
    expect(instantToLocal(breachDeadline(aware), AMS)).toBe('2026-02-09T15:00');
    const saturday = at('2026-02-07T09:00');
    expect(instantToLocal(breachDeadline(saturday), AMS)).toBe('2026-02-10T09:00');
  });

  it('counts down in hours and raises the alerts at 24 h and 6 h left, then overdue', () => {
    const aware = at('2026-02-02T09:00');
    const after = (hours: number) => new Date(Date.parse(aware) + hours * 3_600_000);
    expect(breachClock(facts(aware), after(1))).toMatchObject({ state: 'running', hoursLeft: 71, alert: null });
    expect(breachClock(facts(aware), after(47.99)).alert).toBeNull();
    expect(breachClock(facts(aware), after(48))).toMatchObject({ state: 'running', hoursLeft: 24, alert: 'within-24h' });
    expect(breachClock(facts(aware), after(66))).toMatchObject({ hoursLeft: 6, alert: 'within-6h' });
    // Rounded down: 30 minutes and one second left shows 0.5 hours, never more than is left.
    expect(breachClock(facts(aware), new Date(Date.parse(aware) + 71.5 * 3_600_000 + 1000)).hoursLeft).toBe(0.4);
    expect(breachClock(facts(aware), after(72))).toMatchObject({ state: 'overdue', hoursLeft: 0, alert: 'overdue' });
    expect(breachClock(facts(aware), after(75.5))).toMatchObject({ state: 'overdue', hoursLeft: -3.5, alert: 'overdue' });
  });

  it('stops at the notification: in time, or late', () => {
    const aware = at('2026-03-27T10:00');
    const inTime = at('2026-03-30T11:00'); // exactly 72 h, across the spring change
    const late = at('2026-03-30T11:01');
    const now = new Date('2026-04-10T00:00:00Z');
    expect(breachClock(facts(aware, { notifiedAt: inTime }), now)).toMatchObject({ state: 'notified-in-time', hoursLeft: null, hoursTaken: 72, alert: null });
    expect(breachClock(facts(aware, { notifiedAt: late }), now)).toMatchObject({ state: 'notified-late', hoursTaken: 72, alert: null });
    expect(isLateNotification(aware, inTime)).toBe(false);
    expect(isLateNotification(aware, late)).toBe(true);
  });

  it('does not run when no notification is due: no risk, or our breach as a processor', () => {
    const aware = at('2026-02-02T09:00');
    const now = new Date(Date.parse(aware) + 100 * 3_600_000);
    expect(breachClock(facts(aware, { risk: 'none' }), now)).toMatchObject({ state: 'not-required', hoursLeft: null, alert: null });
    expect(breachClock(facts(aware, { role: 'processor', risk: 'high-risk' }), now)).toMatchObject({ state: 'processor', hoursLeft: null, alert: null });
  });

  it('splits hours for display', () => {
    expect(splitHours(71.5)).toEqual({ hours: 71, minutes: 30 });
    expect(splitHours(-3.25)).toEqual({ hours: 3, minutes: 15 });
  });
});
