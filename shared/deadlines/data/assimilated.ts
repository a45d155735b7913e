/**
 * Days that a national law only ASSIMILATES to its public holidays for its own time limits.
 * Whether Reg. 1182/71 (the GDPR's counting rule) counts such a day as a "public holiday"
 * (Art. 2(1): days "provided for as such in the Member State") is a reading, not settled law.
 * The engine therefore never lets them move `due`: the later date they give is an alternative
 * (the earliest defensible date stays binding).
 *
 * Netherlands, Algemene termijnenwet (Atw):
 * - Art. 3(2): "Voor de toepassing van deze wet wordt de Goede Vrijdag met de in het vorige lid
 *   genoemde dagen gelijkgesteld." Good Friday is assimilated, not listed in Art. 3(1).
 * - Art. 3(3): further days may be assimilated by royal decree, published in the
 *   Staatscourant; decrees are issued for three years at a time. We model the pattern those
 *   decrees have followed (the Friday after Ascension; the Monday before New Year's Day, King's
 *   Day, Liberation Day or Christmas Day when that falls on a Tuesday; the Friday after New
 *   Year's Day, King's Day, Liberation Day or Boxing Day when that falls on a Thursday; 6 May
 *   when Ascension is 7 May). Checked against secondary sources only (2026-12-06), not against
 *   each decree: as they only ever produce a later ALTERNATIVE, an error here cannot make `due`
 *   late.
 */
import { addDays, weekday, type IsoDate } from '../../dates/iso';

export const ASSIMILATED_VERSION = '2026-12-06';

export interface AssimilatedDay {
  date: IsoDate;
  name: string;
  source: string;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Gregorian Easter Sunday (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const ATW_3_2 = 'Algemene termijnenwet Art. 3(2)';
const ATW_3_3 = 'Algemene termijnenwet Art. 3(3) (royal decree)';

function netherlands(year: number): AssimilatedDay[] {
  const easter = easterSunday(year);
  const ascension = addDays(easter, 39);
  // King's Day: 27 April, or 26 April when the 27th is a Sunday (Wet vaststelling Koningsdag).
  const kings = weekday(`${year}-04-27`) === 0 ? `${year}-04-26` : `${year}-04-27`;
  const out: AssimilatedDay[] = [
    { date: addDays(easter, -2), name: 'Good Friday (Goede Vrijdag)', source: ATW_3_2 },
    { date: addDays(ascension, 1), name: 'Friday after Ascension', source: ATW_3_3 },
  ];
  if (ascension === `${year}-05-07`) out.push({ date: `${year}-05-06`, name: 'Day between Liberation Day and Ascension', source: ATW_3_3 });
  const bridges: Array<[IsoDate, 'before-on-tuesday' | 'after-on-thursday' | 'both']> = [
    [`${year}-01-01`, 'both'],
    [kings, 'both'],
    [`${year}-05-05`, 'both'],
    [`${year}-12-25`, 'before-on-tuesday'],
    [`${year}-12-26`, 'after-on-thursday'],
  ];
  for (const [day, which] of bridges) {
    const dow = weekday(day);
    if (dow === 2 && which !== 'after-on-thursday') out.push({ date: addDays(day, -1), name: 'Bridge day before a holiday', source: ATW_3_3 });
    if (dow === 4 && which !== 'before-on-tuesday') out.push({ date: addDays(day, 1), name: 'Bridge day after a holiday', source: ATW_3_3 });
  }
  return out;
}

const BY_COUNTRY: Readonly<Record<string, (year: number) => AssimilatedDay[]>> = { NL: netherlands };

/** Whether `country` has days its law only assimilates to holidays. */
export function hasAssimilatedDays(country: string): boolean {
  return BY_COUNTRY[country] !== undefined;
}

/** The assimilated days of `country` in `year` (empty for countries without such a rule). */
export function assimilatedDays(country: string, year: number): AssimilatedDay[] {
  return BY_COUNTRY[country]?.(year) ?? [];
}
