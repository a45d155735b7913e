import { describe, expect, it } from 'vitest';
import { computeDeadline, DeadlineQueryError, REGIME_RULES, REGIMES } from '../../../shared/deadlines';
import { MAX_SUPPORTED_DATE, MIN_SUPPORTED_DATE } from '../../../shared/dates/iso';
import { requestCreateInput, requestTransitionInput } from '../../../shared/model/request';
import { settingsPatchSchema } from '../../../shared/model/settings';

// Found by fuzzing the contract: a pause ending 9999-12-31 ran the deadline arithmetic past year
// 9999 and surfaced as an internal error. Typed dates are bounded to 1970–2199 with a field message.
describe('supported date range', () => {
  it('the deadline engine refuses far dates with a field-level error, never a RangeError', () => {
    const far = [
      { regime: 'gdpr', received: '2026-03-02', pauses: [{ from: '2026-03-03', to: '9999-12-31', reason: 'identity' }] },
      { regime: 'gdpr', received: '0001-01-01' },
      { regime: 'gdpr', received: '9999-12-31' },
      { regime: 'gdpr', received: '2026-03-02', asOf: '9999-12-31' },
      { regime: 'gdpr', received: '2026-03-02', extensionNoticeSentOn: '2200-01-01' },
      { regime: 'gdpr', received: '1969-12-31' },
    ];
    for (const q of far) {
      let err: unknown;
      try {
        computeDeadline(q);
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(q)).toBeInstanceOf(DeadlineQueryError);
      expect((err as DeadlineQueryError).message).toMatch(new RegExp(`too far in the (future; use a date up to ${MAX_SUPPORTED_DATE}|past; use a date from ${MIN_SUPPORTED_DATE})`));
    }
    const paused = (() => {
      try {
        computeDeadline(far[0]!);
      } catch (e) {
        return (e as DeadlineQueryError).fieldErrors;
      }
    })();
    expect(Object.keys(paused ?? {})).toEqual(['pauses.0.to']);
  });

  it('computes every regime at both ends of the range without throwing', () => {
    for (const regime of REGIMES) {
      const country = REGIME_RULES[regime].defaultCountry;
      for (const received of [MIN_SUPPORTED_DATE, '2199-10-01', MAX_SUPPORTED_DATE]) {
        expect(() => computeDeadline({ regime, country, received }), `${regime} ${received}`).not.toThrow();
      }
    }
    expect(() => computeDeadline({ regime: 'gdpr', received: '2026-03-02', pauses: [{ from: '2026-03-03', to: MAX_SUPPORTED_DATE, reason: 'identity' }] })).not.toThrow();
  });

  it('request and settings dates carry the same bound as a field message', () => {
    const create = requestCreateInput.safeParse({ types: ['access'], requester: { name: 'A', email: 'a@example.com' }, channel: 'email', receivedDate: '0001-01-01' });
    expect(create.success).toBe(false);
    expect(create.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['receivedDate', `"0001-01-01" is too far in the past; use a date from ${MIN_SUPPORTED_DATE}.`]]);
    const pause = requestTransitionInput.safeParse({ ref: 'DSR-2026-00001', action: 'pause', reason: 'identity', on: '9999-12-31' });
    expect(pause.error?.issues.map((i) => i.path.join('.'))).toEqual(['on']);
    const settings = settingsPatchSchema.safeParse({ addedHolidays: [{ date: '2500-01-01', name: 'Far' }] });
    expect(settings.error?.issues.map((i) => i.path.join('.'))).toEqual(['addedHolidays.0.date']);
  });
});
