import { NO_PAUSES, type Reading, type RegimeRules } from './types';

/**
 * CCPA as amended by the CPRA, with the CPPA regulations (Cal. Code Regs. tit. 11).
 * Holidays: Cal. Gov. Code §6700–6701 as dated data (data/california.ts), not a holiday
 * package's list. "Business day" is not defined in the regulations. Civ. Code §9: "All other
 * days than those mentioned in Section 7 are business days for all purposes", and §7 names
 * Sundays and the Government Code holidays, so Saturday is a business day: the earliest reading,
 * which the engine takes. Monday to Friday (common usage) gives later dates, listed as
 * alternatives.
 */
const BUSINESS_DAY_READING: Reading = {
  id: 'saturday-business-day',
  earliest: { saturdayIsWorkingDay: true },
  earliestSource: 'Cal. Civ. Code §§7, 9 (every day but Sundays and holidays is a business day); Gov. Code §6700–6701',
  other: { saturdayIsWorkingDay: false },
  otherSource: 'business days Monday to Friday, excluding Gov. Code §6700–6701 holidays',
};
const noPause = NO_PAUSES(
  'Cal. Code Regs. tit. 11 §7021(b)',
  'The 45-day period begins on receipt "regardless of time required to verify the request": the CCPA has no stop-the-clock, not even for identity.',
);

export const ccpa: RegimeRules = {
  id: 'ccpa',
  name: 'CCPA/CPRA',
  countries: ['US'],
  defaultCountry: 'US',
  defaultRegion: () => 'CA',
  allowedRegions: () => ['CA'],
  // Civ. Code §1798.198(a): operative 1 January 2020.
  appliesFrom: { date: '2020-01-01', citation: 'Cal. Civ. Code §1798.198(a)' },
  kinds: {
    standard: {
      // Cal. Code Regs. tit. 11 §7021(b): respond to requests to delete, correct and know
      // "within 45 calendar days", beginning on the day the request is received; Civ. Code
      // §1798.130(a)(2): "within 45 days of receiving". Counted as receipt + 45 days (Civ. Code
      // §10: exclude the first day, include the last). Calendar days, no roll-forward: the
      // regulation says calendar days, and not rolling (Civ. Code §12a would allow it) keeps the
      // date on the safe side.
      period: { unit: 'days', count: 45 },
      citation: 'Cal. Code Regs. tit. 11 §7021(b); Civ. Code §1798.130(a)(2)',
      rollForward: false,
      rollCitation: 'calendar days (§7021(b)); not rolled forward, the conservative reading',
      // §7021(b): up to an additional 45 calendar days (90 in total) with notice and an
      // explanation of the reason within the first 45-day period.
      extension: {
        period: { unit: 'days', count: 90 },
        citation: 'Cal. Code Regs. tit. 11 §7021(b) (one extension of 45 days, notice within the first 45)',
      },
      deferral: null,
      // §7021(a): confirm receipt within 10 business days and say how the request will be
      // processed (including verification).
      acknowledgement: {
        period: { unit: 'business-days', count: 10 },
        citation: 'Cal. Code Regs. tit. 11 §7021(a)',
      },
      pause: noPause,
      readings: [BUSINESS_DAY_READING],
    },
    'opt-out': {
      // §7026(f): comply with a request to opt out of sale/sharing as soon as feasibly possible,
      // but no later than 15 business days from receipt. Opt-out requests need no verification
      // (§7026(c)) and have neither an extension nor an acknowledgement duty.
      period: { unit: 'business-days', count: 15 },
      citation: 'Cal. Code Regs. tit. 11 §7026(f)',
      rollForward: true,
      rollCitation: 'business days exclude Sundays and Gov. Code §6700–6701 holidays (Civ. Code §§7, 9)',
      extension: null,
      deferral: null,
      acknowledgement: null,
      pause: noPause,
      readings: [BUSINESS_DAY_READING],
    },
  },
};
