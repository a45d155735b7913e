import { describe, expect, test } from 'vitest';
import {
  computeDeadline,
  DeadlineQueryError,
  ExtensionTooLateError,
  PAUSE_REASONS,
  parseDeadlineQuery,
  RULES_VERSION,
} from '../../../shared/deadlines';

function issues(input: unknown): string[] {
  try {
    parseDeadlineQuery(input);
  } catch (e) {
    if (e instanceof DeadlineQueryError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
}

describe('validation names the bad value', () => {
  test('impossible date', () => {
    expect(issues({ regime: 'gdpr', received: '2026-02-30' })).toEqual(['received: "2026-02-30" is not a real date']);
  });
  test('unknown regime', () => {
    expect(issues({ regime: 'foo', received: '2026-02-03' })).toEqual(['regime: "foo" is not one of gdpr, uk-gdpr, ccpa, lgpd, fadp']);
  });
  test('pause ending before it starts', () => {
    expect(issues({ regime: 'gdpr', received: '2026-02-03', pauses: [{ from: '2026-03-05', to: '2026-03-01' }] })).toEqual([
      'pauses.0: pause ends 2026-03-01 before it starts 2026-03-05',
    ]);
  });
  test('country not supported for the regime; lower case is normalised', () => {
    expect(issues({ regime: 'uk-gdpr', country: 'de', received: '2026-02-03' })).toEqual([
      'country: "DE" is not supported for uk-gdpr (supported: GB)',
    ]);
    expect(parseDeadlineQuery({ regime: 'gdpr', country: 'de', received: '2026-02-03' }).country).toBe('DE');
    expect(parseDeadlineQuery({ regime: 'gdpr', country: 'EL', received: '2026-02-03' }).country).toBe('GR');
  });
  test('defaults by regime', () => {
    expect(computeDeadline({ regime: 'gdpr', received: '2026-02-03' }).country).toBe('NL');
    // No nation by default: only the bank holidays common to the whole UK count.
    expect(computeDeadline({ regime: 'uk-gdpr', received: '2026-02-03' }).region).toBe(null);
    expect(computeDeadline({ regime: 'ccpa', received: '2026-02-03' }).region).toBe('CA');
    expect(computeDeadline({ regime: 'lgpd', received: '2026-02-03' }).country).toBe('BR');
    expect(computeDeadline({ regime: 'fadp', received: '2026-02-03' }).country).toBe('CH');
  });
  test('pause reasons per regime', () => {
    expect(PAUSE_REASONS.gdpr).toEqual(['identity', 'clarification']);
    expect(PAUSE_REASONS['uk-gdpr']).toEqual(expect.arrayContaining(['identity', 'clarification', 'fee', 'third-party-authority']));
    expect(PAUSE_REASONS.ccpa).toEqual([]);
    expect(issues({ regime: 'gdpr', received: '2026-02-03', pauses: [{ from: '2026-02-04', to: '2026-02-05', reason: 'fee' }] })).toEqual([
      'pauses.0.reason: "fee" is not a pause reason for gdpr (allowed: identity, clarification)',
    ]);
    expect(issues({ regime: 'ccpa', received: '2026-02-03', pauses: [{ from: '2026-02-04', to: '2026-02-05' }] })[0]).toMatch(
      /^pauses: ccpa has no pause/,
    );
  });
  test('pause before receipt, open pause without asOf, bad region, opt-out outside CCPA', () => {
    expect(issues({ regime: 'gdpr', received: '2026-02-03', pauses: [{ from: '2026-02-01', to: '2026-02-05' }] })).toEqual([
      'pauses.0.from: pause starts 2026-02-01 before the request was received on 2026-02-03',
    ]);
    expect(issues({ regime: 'gdpr', received: '2026-02-03', pauses: [{ from: '2026-02-04', to: null }] })[0]).toMatch(/^pauses\.0\.to: .*asOf/);
    expect(issues({ regime: 'uk-gdpr', region: 'ALD', received: '2026-02-03' })[0]).toMatch(/^region: "ALD"/);
    expect(issues({ regime: 'gdpr', kind: 'opt-out', received: '2026-02-03' })[0]).toMatch(/^kind: "opt-out"/);
    expect(issues({ regime: 'lgpd', received: '2026-02-03', extensionNoticeSentOn: '2026-02-04' })[0]).toMatch(/^extensionNoticeSentOn: lgpd requests cannot be extended/);
  });
});

describe('extension', () => {
  test('a notice after the one-month deadline is refused', () => {
    const q = { regime: 'gdpr', received: '2026-01-31', extensionNoticeSentOn: '2026-03-03' } as const;
    expect(() => computeDeadline(q)).toThrow(ExtensionTooLateError);
    try {
      computeDeadline(q);
    } catch (e) {
      expect(e).toBeInstanceOf(ExtensionTooLateError);
      const err = e as ExtensionTooLateError;
      expect(err.extensionNoticeSentOn).toBe('2026-03-03');
      expect(err.extensionNoticeBy).toBe('2026-03-02');
      expect(err.message).toContain('had to be sent by Mon 2 Mar 2026');
    }
  });
  test('a notice on the last day is accepted (rolled deadline counts)', () => {
    const r = computeDeadline({ regime: 'gdpr', received: '2026-01-31', extensionNoticeSentOn: '2026-03-02' });
    expect(r.extended).toBe(true);
    // Two further months from the end of the first month (28 Feb): GDPR Art. 12(3), Reg. 1182/71 Art. 3(2)(c).
    expect(r.effectiveDue).toBe('2026-04-28');
  });
  test('CCPA extension notice after day 45 is refused', () => {
    expect(() => computeDeadline({ regime: 'ccpa', received: '2026-03-02', extensionNoticeSentOn: '2026-04-17' })).toThrow(ExtensionTooLateError);
  });
});

describe('pauses', () => {
  test('an open pause counts until asOf and says the clock is stopped', () => {
    const r = computeDeadline({ regime: 'gdpr', received: '2026-03-02', asOf: '2026-03-09', pauses: [{ from: '2026-03-04', to: null, reason: 'identity' }] });
    expect(r.clockStopped).toBe(true);
    expect(r.pausedDays).toBe(5);
    expect(r.due).toBe('2026-04-07');
    expect(r.warnings.map((w) => w.code)).toContain('CLOCK_STOPPED');
    expect(r.explanation.join('\n')).toMatch(/clock is stopped/);
  });
  test('a pause asked more than 7 days after receipt is flagged', () => {
    const r = computeDeadline({ regime: 'gdpr', received: '2026-03-02', pauses: [{ from: '2026-03-10', to: '2026-03-12', reason: 'identity' }] });
    expect(r.warnings.map((w) => w.code)).toContain('PAUSE_UNDUE_DELAY');
    const ok = computeDeadline({ regime: 'gdpr', received: '2026-03-02', pauses: [{ from: '2026-03-09', to: '2026-03-12', reason: 'identity' }] });
    expect(ok.warnings.map((w) => w.code)).not.toContain('PAUSE_UNDUE_DELAY');
  });
  test('a pause asked after the deadline is ignored with a warning', () => {
    const r = computeDeadline({ regime: 'gdpr', received: '2026-01-05', pauses: [{ from: '2026-02-10', to: '2026-02-20', reason: 'identity' }] });
    expect(r.due).toBe('2026-02-05');
    expect(r.warnings.map((w) => w.code)).toContain('PAUSE_AFTER_DEADLINE');
  });
  test('overlapping GDPR pauses count each day once', () => {
    const r = computeDeadline({
      regime: 'gdpr',
      received: '2026-03-02',
      pauses: [
        { from: '2026-03-03', to: '2026-03-06', reason: 'identity' },
        { from: '2026-03-05', to: '2026-03-08', reason: 'clarification' },
      ],
    });
    expect(r.pausedDays).toBe(5); // 3..7 March
    expect(r.due).toBe('2026-04-07'); // 2 Apr + 5
  });
});

describe('explanation, internal target, closures', () => {
  test('the explanation chain reads like the brief', () => {
    const r = computeDeadline({ regime: 'gdpr', received: '2026-01-31' });
    expect(r.explanation[0]).toBe('received Sat 31 Jan 2026 · one month → Sat 28 Feb 2026 · weekend → Mon 2 Mar 2026');
    expect(r.rulesVersion).toBe(RULES_VERSION);
    const ico = computeDeadline({ regime: 'uk-gdpr', received: '2024-11-25' });
    expect(ico.explanation[0]).toBe('received Mon 25 Nov 2024 · one month → Wed 25 Dec 2024 · Christmas Day, Boxing Day → Fri 27 Dec 2024');
  });
  test('internal target: 28 days, moved earlier off weekends, configurable, capped at the legal deadline', () => {
    expect(computeDeadline({ regime: 'gdpr', received: '2026-01-31' }).internalTarget).toBe('2026-02-27'); // 28 Feb is Sat
    expect(computeDeadline({ regime: 'gdpr', received: '2026-03-02', internalTargetDays: 21 }).internalTarget).toBe('2026-03-23');
    expect(computeDeadline({ regime: 'lgpd', received: '2026-03-02' }).internalTarget).toBe('2026-03-17');
  });
  test('company closures move the internal target, never the legal deadline', () => {
    const r = computeDeadline({
      regime: 'gdpr',
      received: '2026-03-02', // target Mon 30 Mar, due Thu 2 Apr
      companyClosures: [
        { date: '2026-03-30', name: 'office move' },
        { date: '2026-04-02', name: 'team day' },
      ],
    });
    expect(r.due).toBe('2026-04-02');
    expect(r.internalTarget).toBe('2026-03-27');
    expect(r.warnings.map((w) => w.code)).toContain('DUE_ON_COMPANY_CLOSURE');
  });
  test('a user-added legal holiday moves the deadline', () => {
    const r = computeDeadline({ regime: 'gdpr', received: '2026-03-02', calendar: { addedHolidays: [{ date: '2026-04-02', name: 'Designated day' }] } });
    expect(r.due).toBe('2026-04-03');
  });
  test('FADP has a deferral notice date but no fixed extension', () => {
    const r = computeDeadline({ regime: 'fadp', received: '2026-03-02', extensionNoticeSentOn: '2026-03-20' });
    expect(r.extendedDue).toBeNull();
    expect(r.extensionNoticeBy).toBe('2026-04-01');
    expect(r.effectiveDue).toBe('2026-04-01');
    expect(r.warnings.map((w) => w.code)).toContain('DEFERRED');
  });
});

describe('several bad fields at once', () => {
  test('each is reported without crashing the cross-checks', () => {
    const out = issues({ regime: 'nope', received: '2026-02-30', pauses: [{ from: '2026-13-01', to: null }] });
    expect(out).toContain('regime: "nope" is not one of gdpr, uk-gdpr, ccpa, lgpd, fadp');
    expect(out).toContain('received: "2026-02-30" is not a real date');
    expect(out).toContain('pauses.0.from: "2026-13-01" is not a real date');
    const out2 = issues({ regime: 'gdpr', received: '2026-02-30', pauses: [{ from: '2026-03-05', to: '2026-03-01' }] });
    expect(out2).toContain('received: "2026-02-30" is not a real date');
  });
  test('computeDeadline throws DeadlineQueryError', () => {
    expect(() => computeDeadline({ regime: 'gdpr', received: 'tomorrow' })).toThrow(DeadlineQueryError);
  });
});
