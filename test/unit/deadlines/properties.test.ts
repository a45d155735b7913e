import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween, isWeekend } from '../../../shared/dates';
import { computeDeadline, GDPR_COUNTRIES, isLegalHoliday } from '../../../shared/deadlines';

// Receipt dates 2020-01-01 .. 2035-12-31 as day offsets.
const START = '2020-01-01';
const SPAN = daysBetween(START, '2035-12-31');
const dateArb = fc.integer({ min: 0, max: SPAN }).map((n) => addDays(START, n));
const countryArb = fc.constantFrom(...GDPR_COUNTRIES);
const RUNS = { numRuns: 2000 };

describe('GDPR properties', () => {
  test('the deadline is never a weekend or a legal holiday, and never earlier than 28 days after receipt', () => {
    fc.assert(
      fc.property(dateArb, countryArb, (received, country) => {
        const r = computeDeadline({ regime: 'gdpr', country, received });
        expect(isWeekend(r.due)).toBe(false);
        expect(isLegalHoliday(r.due, country)).toBe(false);
        expect(daysBetween(received, r.due)).toBeGreaterThanOrEqual(28);
      }),
      RUNS,
    );
  });

  test('non-decreasing as the receipt date increases', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), countryArb, (a, k, country) => {
        const b = addDays(a, k);
        expect(computeDeadline({ regime: 'gdpr', country, received: a }).due <= computeDeadline({ regime: 'gdpr', country, received: b }).due).toBe(true);
      }),
      RUNS,
    );
  });

  test('the extended deadline is after the plain one', () => {
    fc.assert(
      fc.property(dateArb, countryArb, (received, country) => {
        const r = computeDeadline({ regime: 'gdpr', country, received });
        expect(r.extendedDue !== null && r.extendedDue > r.due).toBe(true);
      }),
      RUNS,
    );
  });

  test('a pause never shortens a deadline (GDPR and UK GDPR, every reason)', () => {
    const arb = fc.record({
      regime: fc.constantFrom('gdpr' as const, 'uk-gdpr' as const),
      received: dateArb,
      start: fc.integer({ min: 0, max: 40 }),
      length: fc.integer({ min: 0, max: 60 }),
      reason: fc.constantFrom('identity', 'clarification', 'fee', 'third-party-authority'),
    });
    fc.assert(
      fc.property(arb, ({ regime, received, start, length, reason }) => {
        const r = regime === 'gdpr' && (reason === 'fee' || reason === 'third-party-authority') ? 'identity' : reason;
        const from = addDays(received, start);
        const plain = computeDeadline({ regime, received });
        const paused = computeDeadline({ regime, received, pauses: [{ from, to: addDays(from, length), reason: r }] });
        expect(paused.due >= plain.due).toBe(true);
        expect((paused.extendedDue ?? '') >= (plain.extendedDue ?? '')).toBe(true);
        expect(isWeekend(paused.due)).toBe(false);
      }),
      RUNS,
    );
  });

  test('UK GDPR deadlines are never on a weekend or a bank holiday of the chosen nation (or common to all)', () => {
    fc.assert(
      fc.property(dateArb, fc.constantFrom(undefined, 'ENG', 'SCT'), (received, region) => {
        const r = computeDeadline({ regime: 'uk-gdpr', received, ...(region ? { region } : {}) });
        expect(isWeekend(r.due) || isLegalHoliday(r.due, 'GB', region)).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('earliest defensible date properties', () => {
  const FIELDS = ['due', 'extendedDue', 'extensionNoticeBy', 'acknowledgeBy'] as const;
  const pauseArb = fc.record({
    start: fc.integer({ min: 0, max: 40 }),
    length: fc.integer({ min: 0, max: 30 }),
    reason: fc.constantFrom<string | undefined>(undefined, 'identity', 'clarification', 'fee', 'third-party-authority'),
  });
  const queryArb = fc
    .record({
      regime: fc.constantFrom('gdpr' as const, 'uk-gdpr' as const, 'ccpa' as const, 'lgpd' as const, 'fadp' as const),
      received: dateArb,
      pauses: fc.array(pauseArb, { maxLength: 2 }),
      optOut: fc.boolean(),
    })
    .map(({ regime, received, pauses, optOut }) => {
      const allowed = regime === 'gdpr' ? ['identity', 'clarification'] : regime === 'uk-gdpr' ? null : [];
      const ps =
        allowed && allowed.length === 0
          ? []
          : pauses.map((p) => {
              const from = addDays(received, p.start);
              const reason = p.reason && allowed && !allowed.includes(p.reason) ? undefined : p.reason;
              return { from, to: addDays(from, p.length), ...(reason ? { reason } : {}) };
            });
      return { regime, received, pauses: ps, ...(regime === 'ccpa' && optOut ? { kind: 'opt-out' as const } : {}) };
    });

  test('no alternative is earlier than (or equal to) the date it stands beside', () => {
    fc.assert(
      fc.property(queryArb, (q) => {
        const r = computeDeadline(q);
        for (const a of r.alternatives) {
          const mine = r[a.field];
          expect(FIELDS).toContain(a.field);
          expect(mine !== null && a.date > mine).toBe(true);
        }
      }),
      { numRuns: 600 },
    );
  });

  test('removing a pause never makes due later', () => {
    fc.assert(
      fc.property(queryArb, fc.nat(), (q, pick) => {
        if (q.pauses.length === 0) return;
        const without = q.pauses.filter((_, i) => i !== pick % q.pauses.length);
        expect(computeDeadline({ ...q, pauses: without }).due <= computeDeadline(q).due).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  test('an EU pause asked with undue delay (more than 7 days in) never moves due', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 8, max: 40 }), fc.integer({ min: 0, max: 40 }), countryArb, (received, start, length, country) => {
        const from = addDays(received, start);
        const plain = computeDeadline({ regime: 'gdpr', country, received });
        const paused = computeDeadline({ regime: 'gdpr', country, received, pauses: [{ from, to: addDays(from, length), reason: 'identity' }] });
        expect(paused.due).toBe(plain.due);
        expect(paused.extendedDue).toBe(plain.extendedDue);
      }),
      { numRuns: 600 },
    );
  });
});
