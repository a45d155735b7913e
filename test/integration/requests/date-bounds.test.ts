// Dates the system cannot hold. Year 0001 used to be accepted and produced a reference
// (DSR-1-…) that the app's own reference check refused, so the request could never be opened;
// year 9999 threw an internal RangeError in the deadline engine. Every date field now refuses
// what the workbench cannot hold, with a field-level message, and nothing is written.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateField } from '../../../shared/model/fields';
import { MAX_SUPPORTED_DATE as MAX_DATE, MIN_SUPPORTED_DATE as MIN_DATE } from '../../../shared/dates/iso';
import { dpo } from '../../support/cli';
import { newRequest, openTestCore, type TestCore } from './helpers';

let t: TestCore;
afterEach(() => t?.close());

describe('date bounds', () => {
  it('request.create refuses year 0001 and 9999 on the receipt date, field-level, and stores nothing', async () => {
    t = await openTestCore();
    for (const receivedDate of ['0001-01-01', '1969-12-31', '9999-12-31', '2200-01-01']) {
      const err = await t.fail('request.create', newRequest({ receivedDate }));
      expect(err.code).toBe('VALIDATION');
      expect(err.fieldErrors?.receivedDate?.[0]).toMatch(/too far in the (past|future)/);
    }
    expect((await t.call('request.list', {})).total).toBe(0);
  });

  it('deadline.compute answers VALIDATION, never INTERNAL, at the edges', async () => {
    t = await openTestCore();
    const late = await t.fail('deadline.compute', { regime: 'gdpr', received: '9999-12-31' });
    expect(late.code).toBe('VALIDATION');
    expect(late.fieldErrors?.received?.[0]).toMatch(/too far in the future/);
    const ok = await t.call('deadline.compute', { regime: 'gdpr', received: MAX_DATE });
    expect(ok.due > MAX_DATE).toBe(true);
  });

  it('`dpo deadline` with year 9999 is a one-line user error (exit 1), not an internal failure', () => {
    const r = dpo(['deadline', '--regime', 'gdpr', '--received', '9999-12-31']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/too far in the future/);
  });

  it('any real date inside the range passes; outside it is refused with a message, never thrown', () => {
    const schema = dateField('the date');
    const day = 86_400_000;
    const toIso = (n: number) => new Date(n * day).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (n) => {
        const iso = toIso(n);
        const r = schema.safeParse(iso);
        const inside = iso >= MIN_DATE && iso <= MAX_DATE && /^\d{4}-/.test(iso);
        expect(r.success).toBe(inside);
        if (!r.success) expect(r.error.issues[0]!.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
