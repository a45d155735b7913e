/**
 * The legal review's findings, one table per finding, each case with the text it rests on.
 * Expected dates were worked out by hand (weekdays checked with `date -d … +%a`), not copied
 * from the engine. The principle: every date the engine gives is the earliest defensible one;
 * other readings' later dates are listed in `alternatives` with their source.
 */
import { describe, expect, test } from 'vitest';
import {
  computeDeadline,
  DeadlineQueryError,
  isLegalHoliday,
  type DeadlineAlternative,
  type DeadlineQueryInput,
} from '../../../shared/deadlines';
import { en } from '../../../shared/i18n/en';
import { nl } from '../../../shared/i18n/nl';

function alt(q: DeadlineQueryInput, field: DeadlineAlternative['field']): DeadlineAlternative[] {
  return computeDeadline(q).alternatives.filter((a) => a.field === field);
}

describe('1. California business days from Gov. Code §6700–6701', () => {
  // §6701: "If November 11th falls upon a Saturday, the preceding Friday is a holiday." Only
  // 11 November moves back; 4 July on a Saturday does not give a Friday holiday.
  test.each([
    ['2028-11-10', true, 'Fri before Veterans Day on Sat 11 Nov 2028 (§6701)'],
    ['2029-11-12', true, 'Mon after Veterans Day on Sun 11 Nov 2029 (§6701)'],
    ['2026-07-03', false, 'Fri 3 Jul 2026: 4 July on a Saturday does not move (§6701 names only 11 November)'],
    ['2026-11-27', false, 'day after Thanksgiving: a state-employee day (§19853), not a §6700 holiday'],
    ['2026-02-12', true, 'Lincoln Day (§6700(a))'],
    ['2026-09-09', true, 'Admission Day (§6700(a))'],
    ['2026-09-25', true, 'Native American Day, fourth Friday in September (§6700(a))'],
    ['2026-10-12', true, 'second Monday in October (§6700(a))'],
    ['2026-04-03', false, 'Good Friday counts only "from 12 noon until 3 p.m." (§6700(a))'],
  ])('%s holiday=%s: %s', (date, expected) => {
    expect(isLegalHoliday(date, 'US', 'CA')).toBe(expected);
  });

  test('Saturdays are business days (Civ. Code §9); Monday to Friday is named as a later reading', () => {
    // §7021(a): 10 business days. Mon 2 Mar 2026 + 10 (Mon–Sat) = Fri 13 Mar; Mon–Fri = Mon 16 Mar.
    const q = { regime: 'ccpa', received: '2026-03-02' } as const;
    expect(computeDeadline(q).acknowledgeBy).toBe('2026-03-13');
    expect(alt(q, 'acknowledgeBy')).toEqual([
      { field: 'acknowledgeBy', date: '2026-03-16', reading: 'saturday-business-day', source: expect.stringContaining('Monday to Friday') },
    ]);
  });

  test('opt-out: 15 business days from Mon 23 Nov 2026, Mon–Fri reading skips only Thanksgiving → Tue 15 Dec', () => {
    expect(alt({ regime: 'ccpa', kind: 'opt-out', received: '2026-11-23' }, 'due').map((a) => a.date)).toEqual(['2026-12-15']);
  });
});

describe('2. EU pause asked late (EDPB Guidelines 01/2022: information asked without undue delay)', () => {
  const late: DeadlineQueryInput = { regime: 'gdpr', received: '2026-03-02', pauses: [{ from: '2026-03-20', to: '2026-03-30', reason: 'identity' }] };

  test('a pause asked 18 days in does not move due; the later date is an alternative and a warning says why', () => {
    const r = computeDeadline(late);
    expect(r.due).toBe('2026-04-02'); // one month from 2 Mar, as without the pause
    // With the pause: 2 Apr + 10 days = Sun 12 Apr → Mon 13 Apr.
    expect(alt(late, 'due')).toEqual([{ field: 'due', date: '2026-04-13', reading: 'late-pause', source: expect.stringContaining('Art. 12(6)') }]);
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'PAUSE_UNDUE_DELAY', ignored: true, days: 18 }));
  });

  test('a pause asked in time still moves due (4 → 9 Mar: 2 Apr + 5 = Tue 7 Apr)', () => {
    expect(computeDeadline({ regime: 'gdpr', received: '2026-03-02', pauses: [{ from: '2026-03-04', to: '2026-03-09', reason: 'identity' }] }).due).toBe('2026-04-07');
  });
});

describe('3. UK GDPR and the Data (Use and Access) Act 2025', () => {
  // SI 2026/82 reg. 2(h): DUAA 2025 s.76 (time limits, Art. 12A) in force on 5 February 2026.
  test('before 5 Feb 2026 the ICO guidance is cited, from then on Art. 12A', () => {
    expect(computeDeadline({ regime: 'uk-gdpr', received: '2026-02-04' }).citations[0]).toMatch(/before DUAA 2025 s\.76/);
    expect(computeDeadline({ regime: 'uk-gdpr', received: '2026-02-05' }).citations[0]).toMatch(/Art\. 12A/);
  });

  test('a pause without a reason takes the reason giving the earliest date and names the others', () => {
    // Clarification (Art. 12A: days from asking to answer excluded, both ends): 2 Apr + 6 = Wed 8 Apr.
    // Identity/fee/authority restart from 25 Mar: 25 Apr (Sat) → Mon 27 Apr.
    const q: DeadlineQueryInput = { regime: 'uk-gdpr', received: '2026-03-02', pauses: [{ from: '2026-03-20', to: '2026-03-25' }] };
    const r = computeDeadline(q);
    expect(r.due).toBe('2026-04-08');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'PAUSE_REASON_ASSUMED', reason: 'clarification' }));
    expect(alt(q, 'due').map((a) => [a.reading, a.date])).toEqual([
      ['pause-reason:identity', '2026-04-27'],
      ['pause-reason:fee', '2026-04-27'],
      ['pause-reason:third-party-authority', '2026-04-27'],
    ]);
  });

  test('an open pause is counted to asOf: fee awaited since 3 Mar, asOf 9 Mar → month from 9 Mar = Thu 9 Apr', () => {
    const r = computeDeadline({ regime: 'uk-gdpr', received: '2026-03-02', asOf: '2026-03-09', pauses: [{ from: '2026-03-03', to: null, reason: 'fee' }] });
    expect(r.due).toBe('2026-04-09');
    expect(r.clockStopped).toBe(true);
  });
});

describe('4. Netherlands: Atw Art. 3(2) Good Friday and Art. 3(3) days are readings', () => {
  // Atw Art. 3(2): "Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige
  // lid genoemde dagen gelijkgesteld." Reg. 1182/71 Art. 2(1) counts holidays "provided for as such".
  test('received 3 Mar 2026: due Good Friday 3 Apr; counting it gives Tue 7 Apr (weekend, Easter Monday)', () => {
    const q = { regime: 'gdpr', received: '2026-03-03' } as const;
    expect(computeDeadline(q).due).toBe('2026-04-03');
    expect(alt(q, 'due')).toEqual([{ field: 'due', date: '2026-04-07', reading: 'assimilated-days', source: expect.stringContaining('Art. 3(2)') }]);
  });

  test('Art. 3(3): the Friday after Ascension (15 May 2026) as a reading → Mon 18 May', () => {
    const q = { regime: 'gdpr', received: '2026-04-15' } as const;
    expect(computeDeadline(q).due).toBe('2026-05-15');
    expect(alt(q, 'due').map((a) => a.date)).toEqual(['2026-05-18']);
  });

  test('not in another member state: Germany has no assimilated days', () => {
    expect(alt({ regime: 'gdpr', country: 'DE', received: '2026-04-15' }, 'due')).toEqual([]);
  });
});

describe('5. GDPR extension length: both readings', () => {
  // Art. 12(3) "two further months": from the end of the first month 28 Feb 2026 → 28 Apr;
  // three months from receipt (the ICO's method) → 30 Apr.
  test.each([['gdpr'], ['uk-gdpr']] as const)('%s: 31 Jan 2026 → 28 Apr, alternative 30 Apr', (regime) => {
    const q = { regime, received: '2026-01-31' } as const;
    expect(computeDeadline(q).extendedDue).toBe('2026-04-28');
    expect(alt(q, 'extendedDue').map((a) => [a.reading, a.date])).toEqual([['extension-from-first-period', '2026-04-30']]);
  });
  test('where both readings agree there is no alternative (2 Mar 2026 → Tue 2 Jun)', () => {
    const r = computeDeadline({ regime: 'gdpr', received: '2026-03-02' });
    expect(r.extendedDue).toBe('2026-06-02');
    expect(r.alternatives).toEqual([]);
  });
});

describe('6. Regional holidays: the region decides; without one only common days', () => {
  test('Germany: Epiphany (6 Jan) is a holiday in Bavaria only', () => {
    expect(computeDeadline({ regime: 'gdpr', country: 'DE', received: '2025-12-06' }).due).toBe('2026-01-06');
    expect(computeDeadline({ regime: 'gdpr', country: 'DE', region: 'BY', received: '2025-12-06' }).due).toBe('2026-01-07');
  });
});

describe('7. Wording (Reg. 1182/71 Art. 3(1): the day of receipt is not counted)', () => {
  test('the explanation no longer says the period runs from the day of receipt, in either language', () => {
    const r = computeDeadline({ regime: 'gdpr', received: '2026-01-31' });
    expect(r.explanation.join('\n')).not.toMatch(/still runs from that day/);
    expect(r.explanation.join('\n')).toMatch(/day of receipt itself is not counted/);
    expect(en.requests.form.receivedHint('UTC')).not.toMatch(/day one/);
    expect(nl.requests.form.receivedHint('UTC')).not.toMatch(/dag één\./);
  });
  test('CCPA, LGPD and FADP say what their days count from', () => {
    for (const regime of ['ccpa', 'lgpd', 'fadp'] as const) {
      expect(computeDeadline({ regime, received: '2026-03-02' }).explanation[0]).toMatch(/calendar days, counted from the next day/);
    }
  });
  test('LGPD: Código Civil Art. 132 §1 rolls only a holiday; a Saturday last day stays, the weekend roll is an alternative', () => {
    // Fri 6 Mar 2026 + 15 = Sat 21 Mar; Lei 9.784/99 Art. 66 §1 would give Mon 23 Mar.
    const q = { regime: 'lgpd', received: '2026-03-06' } as const;
    expect(computeDeadline(q).due).toBe('2026-03-21');
    expect(alt(q, 'due')).toEqual([{ field: 'due', date: '2026-03-23', reading: 'holiday-only-roll', source: expect.stringContaining('9.784') }]);
    // A last day on a holiday still rolls: Sun 23 Aug 2026 + 15 = Mon 7 Sep (Independence Day) → Tue 8 Sep.
    expect(computeDeadline({ regime: 'lgpd', received: '2026-08-23' }).due).toBe('2026-09-08');
  });
});

describe('8. Bad input', () => {
  test.each([
    ['gdpr', '2018-05-24', '2018-05-25'], // GDPR Art. 99(2)
    ['ccpa', '2019-12-31', '2020-01-01'], // Civ. Code §1798.198(a)
    ['lgpd', '2020-09-17', '2020-09-18'], // LGPD Art. 65, II; Lei 14.058/2020
    ['fadp', '2023-08-31', '2023-09-01'], // revised FADP in force 1 Sep 2023
  ] as const)('%s received %s, before it applied, is answered with a warning; %s is not', (regime, before, first) => {
    expect(computeDeadline({ regime, received: before }).warnings).toContainEqual(expect.objectContaining({ code: 'BEFORE_REGIME_APPLIED', from: first }));
    expect(computeDeadline({ regime, received: first }).warnings.map((w) => w.code)).not.toContain('BEFORE_REGIME_APPLIED');
  });
  test('a date near year 9999 is a one-line field error, not a RangeError', () => {
    expect(() => computeDeadline({ regime: 'gdpr', received: '9999-12-31' })).toThrow(DeadlineQueryError);
    try {
      computeDeadline({ regime: 'gdpr', received: '9999-12-31' });
    } catch (e) {
      expect((e as Error).message.split('\n')).toHaveLength(1);
    }
  });
  test('an empty country is an error, not the default', () => {
    expect(() => computeDeadline({ regime: 'gdpr', country: '', received: '2026-03-02' })).toThrow(/country/);
  });
});

describe('the internal target stays on a day the team works', () => {
  test('CCPA: Saturdays count as business days for the law, never for the internal target', () => {
    // Fri 6 Mar 2026 + 28 days = Fri 3 Apr; received Sun 8 Mar → Sun 5 Apr → moved earlier to Fri 3 Apr, not Sat 4 Apr.
    expect(computeDeadline({ regime: 'ccpa', received: '2026-03-08' }).internalTarget).toBe('2026-04-03');
  });
});

describe('a later reading chosen in Settings, with its reason', () => {
  test('NL Good Friday counted on the DPO\'s choice: due moves, and a warning names the earliest date given up', () => {
    const r = computeDeadline({
      regime: 'gdpr',
      received: '2026-03-03',
      readingOverrides: [{ reading: 'assimilated-days', reason: 'Our regulator counts Good Friday' }],
    });
    expect(r.due).toBe('2026-04-07');
    expect(r.warnings).toContainEqual(expect.objectContaining({ code: 'READING_OVERRIDDEN', field: 'due', earliest: '2026-04-03', reason: 'Our regulator counts Good Friday' }));
    expect(r.warnings.find((w) => w.code === 'READING_OVERRIDDEN')?.message).toMatch(/earliest defensible due date is Fri 3 Apr 2026/);
    expect(r.alternatives.some((a) => a.reading === 'assimilated-days')).toBe(false);
  });
  test('a reading the regime does not have is ignored; an override without a reason is refused', () => {
    expect(computeDeadline({ regime: 'fadp', received: '2026-03-02', readingOverrides: [{ reading: 'late-pause', reason: 'x' }] }).warnings).toEqual([]);
    expect(() => computeDeadline({ regime: 'gdpr', received: '2026-03-02', readingOverrides: [{ reading: 'late-pause', reason: ' ' }] })).toThrow(/reason is recorded/);
  });
});

describe('an extension notice already on record', () => {
  test('late under these rules: no extension and a warning, where recording it now is refused', () => {
    const q = { regime: 'gdpr', received: '2026-03-02', extensionNoticeSentOn: '2026-04-10' } as const;
    expect(() => computeDeadline(q)).toThrow(/too late/);
    const r = computeDeadline({ ...q, noticeOnRecord: true });
    expect(r.extended).toBe(false);
    expect(r.effectiveDue).toBe('2026-04-02');
    expect(r.warnings.map((w) => w.code)).toContain('EXTENSION_NOTICE_LATE');
  });
});
