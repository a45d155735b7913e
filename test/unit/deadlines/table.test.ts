/**
 * Hand-checked deadline table. Every expected date was worked out by hand from the rule and
 * the weekday checked with `date -d YYYY-MM-DD +%a` on the shell; none was copied from the
 * engine. Easter Sundays used: 2025-04-20, 2026-04-05, 2027-03-28, 2028-04-16.
 */
import { describe, expect, test } from 'vitest';
import { computeDeadline, type DeadlineQueryInput } from '../../../shared/deadlines';

interface Case {
  name: string;
  query: DeadlineQueryInput;
  due: string;
  extendedDue?: string | null;
  acknowledgeBy?: string | null;
  effectiveDue?: string;
}

const gdpr = (received: string, extra: Partial<DeadlineQueryInput> = {}): DeadlineQueryInput => ({ regime: 'gdpr', received, ...extra });
const uk = (received: string, extra: Partial<DeadlineQueryInput> = {}): DeadlineQueryInput => ({ regime: 'uk-gdpr', received, ...extra });

const CASES: Case[] = [
  // --- GDPR, NL: month arithmetic and clamping ------------------------------------------------
  // GDPR Art. 12(3) "two further months", counted from the end of the first month (28 Feb),
  // Reg. 1182/71 Art. 3(2)(c): 28 Apr (Tue). Three months from receipt (30 Apr) is an alternative.
  { name: 'NL 31 Jan 2026 (Sat): 28 Feb is Sat → Mon 2 Mar; extension 28 Feb + 2 months = Tue 28 Apr', query: gdpr('2026-01-31'), due: '2026-03-02', extendedDue: '2026-04-28' },
  { name: 'NL 31 Jan 2024 leap year → Thu 29 Feb', query: gdpr('2024-01-31'), due: '2024-02-29' },
  { name: 'NL 31 Jan 2025 → Fri 28 Feb', query: gdpr('2025-01-31'), due: '2025-02-28' },
  { name: 'NL 29 Jan 2026 → 28 Feb Sat → Mon 2 Mar', query: gdpr('2026-01-29'), due: '2026-03-02' },
  { name: 'NL 30 Jan 2026 → 28 Feb Sat → Mon 2 Mar', query: gdpr('2026-01-30'), due: '2026-03-02' },
  { name: 'NL 30 Jan 2024 leap → Thu 29 Feb', query: gdpr('2024-01-30'), due: '2024-02-29' },
  { name: 'NL 31 Mar 2026 → Thu 30 Apr', query: gdpr('2026-03-31'), due: '2026-04-30' },
  { name: 'NL 31 May 2026 → Tue 30 Jun', query: gdpr('2026-05-31'), due: '2026-06-30' },
  { name: 'NL 31 Aug 2026 → Wed 30 Sep', query: gdpr('2026-08-31'), due: '2026-09-30' },
  { name: 'NL received Sat 31 Oct 2026 → Mon 30 Nov', query: gdpr('2026-10-31'), due: '2026-11-30' },
  { name: 'NL 31 Dec 2026 → Sun 31 Jan 2027 → Mon 1 Feb', query: gdpr('2026-12-31'), due: '2027-02-01' },
  // --- weekends and each Dutch legal holiday (Algemene termijnenwet art. 3) --------------------
  { name: 'NL received Sat 7 Mar 2026 → Tue 7 Apr', query: gdpr('2026-03-07'), due: '2026-04-07' },
  { name: 'NL Easter Monday 2026 (6 Apr) → Tue 7 Apr', query: gdpr('2026-03-06'), due: '2026-04-07' },
  { name: 'NL Easter Monday 2025 (21 Apr) → Tue 22 Apr', query: gdpr('2025-03-21'), due: '2025-04-22' },
  { name: 'NL 2027: Sun 28 Mar (Easter) then Easter Monday → Tue 30 Mar', query: gdpr('2027-02-28'), due: '2027-03-30' },
  { name: "NL King's Day Mon 27 Apr 2026 → Tue 28 Apr", query: gdpr('2026-03-27'), due: '2026-04-28' },
  { name: "NL 2025: King's Day on Sat 26 Apr, then Sun → Mon 28 Apr", query: gdpr('2025-03-26'), due: '2025-04-28' },
  { name: 'NL Liberation Day Tue 5 May 2026 (non-lustrum year), received on Easter Sunday → Wed 6 May', query: gdpr('2026-04-05'), due: '2026-05-06' },
  { name: 'NL 2027: Liberation Day Wed 5 May then Ascension Thu 6 May → Fri 7 May', query: gdpr('2027-04-05'), due: '2027-05-07' },
  { name: 'NL Ascension Thu 14 May 2026 → Fri 15 May', query: gdpr('2026-04-14'), due: '2026-05-15' },
  { name: 'NL Ascension Thu 29 May 2025 → Fri 30 May', query: gdpr('2025-04-29'), due: '2025-05-30' },
  { name: 'NL Whit Monday 25 May 2026 (received Sat) → Tue 26 May', query: gdpr('2026-04-25'), due: '2026-05-26' },
  { name: 'NL Whit Monday 9 Jun 2025 → Tue 10 Jun', query: gdpr('2025-05-09'), due: '2025-06-10' },
  { name: 'NL Whit Monday 5 Jun 2028 → Tue 6 Jun', query: gdpr('2028-05-05'), due: '2028-06-06' },
  { name: 'NL Christmas Fri 25 Dec 2026, Boxing Day Sat, Sun → Mon 28 Dec', query: gdpr('2026-11-25'), due: '2026-12-28' },
  { name: 'NL Boxing Day Fri 26 Dec 2025 → Mon 29 Dec', query: gdpr('2025-11-26'), due: '2025-12-29' },
  { name: "NL New Year's Day Fri 1 Jan 2027 → Mon 4 Jan", query: gdpr('2026-12-01'), due: '2027-01-04' },
  { name: "NL New Year's Day Thu 1 Jan 2026 → Fri 2 Jan", query: gdpr('2025-12-01'), due: '2026-01-02' },
  { name: 'NL Good Friday 3 Apr 2026 is NOT a legal holiday → Fri 3 Apr', query: gdpr('2026-03-03'), due: '2026-04-03' },
  { name: 'NL Good Friday 18 Apr 2025 is NOT a legal holiday → Fri 18 Apr', query: gdpr('2025-03-18'), due: '2025-04-18' },
  { name: 'NL received on Christmas Day 2026 (holiday) → Mon 25 Jan 2027', query: gdpr('2026-12-25'), due: '2027-01-25' },
  // --- GDPR, other member states (controller's country holidays) ------------------------------
  { name: 'DE Labour Day Fri 1 May 2026 → Mon 4 May', query: gdpr('2026-04-01', { country: 'de' }), due: '2026-05-04' },
  { name: 'NL same receipt: 1 May is no Dutch holiday → Fri 1 May', query: gdpr('2026-04-01'), due: '2026-05-01' },
  { name: 'FR Bastille Day Tue 14 Jul 2026 → Wed 15 Jul', query: gdpr('2026-06-14', { country: 'FR' }), due: '2026-07-15' },
  { name: "IE St Patrick's Day Tue 17 Mar 2026 → Wed 18 Mar", query: gdpr('2026-02-17', { country: 'IE' }), due: '2026-03-18' },
  // --- GDPR extension (three months from receipt, then roll) ----------------------------------
  { name: 'NL extension: 30 Nov 2025 → 28 Feb 2026 Sat → Mon 2 Mar; due Tue 30 Dec', query: gdpr('2025-11-30'), due: '2025-12-30', extendedDue: '2026-03-02' },
  { name: 'NL extension lands on Whit Monday 25 May 2026 → Tue 26 May', query: gdpr('2026-02-25'), due: '2026-03-25', extendedDue: '2026-05-26' },
  {
    name: 'NL extension notice in time: effective due is the extended one',
    query: gdpr('2026-01-31', { extensionNoticeSentOn: '2026-03-02' }),
    due: '2026-03-02',
    extendedDue: '2026-04-28',
    effectiveDue: '2026-04-28',
  },
  // --- GDPR pauses (paused calendar days added, then roll) ------------------------------------
  {
    name: 'NL pause 4→9 Mar 2026 (5 days): 2 Apr + 5 = Tue 7 Apr',
    query: gdpr('2026-03-02', { pauses: [{ from: '2026-03-04', to: '2026-03-09', reason: 'identity' }] }),
    due: '2026-04-07',
  },
  {
    name: 'NL pause 3→7 Mar 2026 (4 days): 2 Apr + 4 = Easter Monday → Tue 7 Apr',
    query: gdpr('2026-03-02', { pauses: [{ from: '2026-03-03', to: '2026-03-07', reason: 'clarification' }] }),
    due: '2026-04-07',
  },
  {
    name: 'NL pause shifts the extension too: 2 Jun + 5 = Sun 7 Jun → Mon 8 Jun',
    query: gdpr('2026-03-02', { pauses: [{ from: '2026-03-04', to: '2026-03-09', reason: 'identity' }] }),
    due: '2026-04-07',
    extendedDue: '2026-06-08',
  },
  // --- UK GDPR (England and Wales by default) -------------------------------------------------
  { name: 'ICO example: Mon 25 Nov 2024 → Christmas, Boxing Day → Fri 27 Dec 2024', query: uk('2024-11-25'), due: '2024-12-27', extendedDue: '2025-02-25' },
  // Regional holidays: the organisation's nation decides (Banking and Financial Dealings Act 1971
  // Sch. 1: Easter Monday is a bank holiday in England, Wales and Northern Ireland, not Scotland).
  { name: 'UK England: Good Friday 3 Apr 2026, weekend, Easter Monday → Tue 7 Apr', query: uk('2026-03-03', { region: 'ENG' }), due: '2026-04-07' },
  { name: 'UK without a nation: only common days; Easter Monday is not one → Mon 6 Apr', query: uk('2026-03-03'), due: '2026-04-06' },
  { name: 'UK summer bank holiday Mon 31 Aug 2026 (England) → Tue 1 Sep', query: uk('2026-07-31', { region: 'ENG' }), due: '2026-09-01' },
  { name: 'UK without a nation: 31 Aug 2026 is not common to all four → Mon 31 Aug', query: uk('2026-07-31'), due: '2026-08-31' },
  { name: 'UK Scotland: 31 Aug 2026 is no bank holiday there → Mon 31 Aug', query: uk('2026-07-31', { region: 'SCT' }), due: '2026-08-31' },
  { name: 'UK early May bank holiday Mon 4 May 2026 (received Sat) → Tue 5 May', query: uk('2026-04-04'), due: '2026-05-05' },
  { name: 'UK Boxing Day Fri 26 Dec 2025 → Mon 29 Dec', query: uk('2025-11-26'), due: '2025-12-29' },
  {
    name: 'UK identity: month restarts from Tue 10 Mar 2026 → Fri 10 Apr',
    query: uk('2026-03-02', { pauses: [{ from: '2026-03-03', to: '2026-03-10', reason: 'identity' }] }),
    due: '2026-04-10',
    extendedDue: '2026-06-10',
  },
  {
    name: 'UK fee: month restarts from Tue 5 May 2026 (received Sat 4 Apr) → Fri 5 Jun',
    query: uk('2026-04-04', { pauses: [{ from: '2026-04-06', to: '2026-05-05', reason: 'fee' }] }),
    due: '2026-06-05',
  },
  {
    name: 'UK clarification 3→5 Mar 2026 suspends 3 days (both ends): 2 Apr + 3 = Sun 5 Apr → Easter Mon → Tue 7 Apr',
    query: uk('2026-03-02', { region: 'ENG', pauses: [{ from: '2026-03-03', to: '2026-03-05', reason: 'clarification' }] }),
    due: '2026-04-07',
  },
  // --- CCPA -----------------------------------------------------------------------------------
  // Business days: Cal. Civ. Code §9 "All other days than those mentioned in Section 7 are
  // business days for all purposes"; §7: Sundays and Gov. Code holidays. Saturdays count (the
  // earliest reading); Monday-to-Friday dates are alternatives. Holidays: Gov. Code §6700–6701.
  { name: 'CCPA Mon 2 Mar 2026: +45 = Thu 16 Apr; ack 10 business days (Saturdays count) = Fri 13 Mar; +90 = Sun 31 May (no roll)', query: { regime: 'ccpa', received: '2026-03-02' }, due: '2026-04-16', acknowledgeBy: '2026-03-13', extendedDue: '2026-05-31' },
  { name: 'CCPA Fri 20 Mar 2026: ack skips Sundays and César Chávez Day (31 Mar) → Thu 2 Apr; due Mon 4 May', query: { regime: 'ccpa', received: '2026-03-20' }, due: '2026-05-04', acknowledgeBy: '2026-04-02' },
  // §6700(a): Thanksgiving (26 Nov) is a holiday; the day after is not (a state-employee day, §19853).
  { name: 'CCPA opt-out Mon 23 Nov 2026: 15 business days skipping Sundays and Thanksgiving → Fri 11 Dec', query: { regime: 'ccpa', received: '2026-11-23', kind: 'opt-out' }, due: '2026-12-11', extendedDue: null, acknowledgeBy: null },
  // --- LGPD (15 calendar days, roll forward) --------------------------------------------------
  { name: 'LGPD Mon 2 Mar 2026 → Tue 17 Mar', query: { regime: 'lgpd', received: '2026-03-02' }, due: '2026-03-17', extendedDue: null },
  { name: 'LGPD Sun 23 Aug 2026 → Independence Day Mon 7 Sep → Tue 8 Sep', query: { regime: 'lgpd', received: '2026-08-23' }, due: '2026-09-08' },
  { name: 'LGPD Mon 6 Apr 2026 → Tiradentes Tue 21 Apr → Wed 22 Apr', query: { regime: 'lgpd', received: '2026-04-06' }, due: '2026-04-22' },
  // --- FADP (30 calendar days, roll over Sat/Sun/holidays) ------------------------------------
  { name: 'FADP Mon 2 Mar 2026 → Wed 1 Apr', query: { regime: 'fadp', received: '2026-03-02' }, due: '2026-04-01', extendedDue: null },
  // Swiss holidays are mostly cantonal; Good Friday is not a holiday in every canton, so without a
  // canton only the common days count (Code of Obligations Art. 78(1): "recognised public holiday").
  { name: 'FADP Zurich: Wed 4 Mar 2026 → Good Friday 3 Apr, weekend, Easter Monday → Tue 7 Apr', query: { regime: 'fadp', received: '2026-03-04', region: 'ZH' }, due: '2026-04-07' },
  { name: 'FADP without a canton: Good Friday 3 Apr 2026 is not common to all cantons → Fri 3 Apr', query: { regime: 'fadp', received: '2026-03-04' }, due: '2026-04-03' },
  { name: 'FADP Thu 2 Jul 2026 → Sat 1 Aug (Swiss National Day) → Mon 3 Aug', query: { regime: 'fadp', received: '2026-07-02' }, due: '2026-08-03' },
];

describe('hand-checked deadline table', () => {
  test('has at least 40 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  test.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = computeDeadline(c.query);
    expect(r.due).toBe(c.due);
    if (c.extendedDue !== undefined) expect(r.extendedDue).toBe(c.extendedDue);
    if (c.acknowledgeBy !== undefined) expect(r.acknowledgeBy).toBe(c.acknowledgeBy);
    expect(r.effectiveDue).toBe(c.effectiveDue ?? c.due);
  });
});
