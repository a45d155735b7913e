/**
 * Legal holidays: the days on which a time limit may not end (it rolls forward to the next
 * working day).
 *
 * Source: the statute's own list where we keep one as dated data (California: Gov. Code
 * §6700–6701, data/california.ts); otherwise the `date-holidays` package, entries of type 'public' only ('bank', 'school',
 * 'optional' and 'observance' days are not days on which the law stops a time limit; e.g.
 * Good Friday is 'school' in NL). Country-level rules only, unless a region (ISO 3166-2
 * subdivision code as date-holidays knows it, e.g. GB 'ENG', US 'CA') is given, because a
 * regional day is not a holiday for a controller elsewhere in the country; for countries whose
 * holidays differ by region (REGIONAL_COUNTRIES) and no region, only the days every region shares.
 * Days a law only assimilates to holidays (data/assimilated.ts) count only when the calendar is
 * read with `countAssimilated`, the later reading. Partial-day holidays
 * (starting in the afternoon, e.g. Iceland's Christmas Eve from 13:00) are not counted: the
 * office is open that morning, and counting them would push a deadline later than the law does.
 * Multi-day entries (Romania's 48-hour New Year) count every whole day they cover.
 *
 * Then our own corrections (data/corrections.ts, source 'correction'), then the user's
 * Settings overrides (source 'user'). Company closure days are deliberately NOT part of this
 * calendar: a closed office does not move a legal deadline.
 */
import Holidays from 'date-holidays';
import { addDays, isWeekend, parseIsoDate, weekday, yearOf, type IsoDate } from '../dates/iso';
import { assimilatedDays } from './data/assimilated';
import { californiaHolidays } from './data/california';
import { HOLIDAY_CORRECTIONS } from './data/corrections';
import type { DayOffReason } from './explain';

export type HolidaySource = 'date-holidays' | 'statute' | 'correction' | 'user';

export interface LegalHoliday {
  date: IsoDate;
  name: string;
  source: HolidaySource;
}

/** The user's corrections to the legal calendar, from Settings. */
export interface CalendarOverrides {
  /** Legal holidays the library misses (e.g. a one-off day designated by law). */
  addedHolidays?: Array<{ date: IsoDate; name: string }>;
  /** Days the library lists that are not legal holidays for time limits. */
  removedHolidays?: IsoDate[];
}

/** A day the organisation is closed. Never a legal holiday: it only affects the internal target. */
export interface CompanyClosure {
  date: IsoDate;
  name: string;
}

const instances = new Map<string, Holidays>();
const baseCache = new Map<string, LegalHoliday[]>();

function instance(country: string, region?: string): Holidays {
  const key = `${country}|${region ?? ''}`;
  let h = instances.get(key);
  if (!h) {
    h = region ? new Holidays(country, region, { types: ['public'] }) : new Holidays(country, { types: ['public'] });
    instances.set(key, h);
  }
  return h;
}

/** Subdivisions date-holidays knows for a country, e.g. { ENG: 'England', … } for GB. */
export function supportedRegions(country: string): Record<string, string> {
  return new Holidays().getStates(country) ?? {};
}

function pushDays(out: LegalHoliday[], first: IsoDate, count: number, name: string): void {
  if (!parseIsoDate(first)) return;
  for (let i = 0; i < count; i++) out.push({ date: addDays(first, i), name, source: 'date-holidays' });
}

/** The library's public holidays for one year, as whole local days. */
function libraryHolidays(country: string, year: number, region?: string): LegalHoliday[] {
  const out: LegalHoliday[] = [];
  for (const h of instance(country, region).getHolidays(year, 'en')) {
    if (h.type !== 'public') continue;
    // h.date is the local wall-clock start "YYYY-MM-DD hh:mm:ss", independent of the host zone.
    const day = h.date.slice(0, 10);
    const startsAtMidnight = h.date.slice(11, 19) === '00:00:00' || h.date.length <= 10;
    if (!startsAtMidnight) continue; // partial day: see the module comment
    const hours = (h.end.getTime() - h.start.getTime()) / 3_600_000;
    const wholeDays = Math.max(1, Math.round(hours / 24));
    pushDays(out, day, wholeDays, h.name);
  }
  return out;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Countries whose holidays differ by region (German Länder, Spanish communities, Swiss cantons,
 * UK nations). Without a region only the days common to every region are holidays: a day off in
 * Bavaria does not move a deadline of a controller in Berlin, and counting it where the region
 * is unknown could make the date late. The organisation's region (Settings, `--region`) adds its
 * own days.
 */
const REGIONAL_COUNTRIES: Readonly<Record<string, readonly string[] | 'all'>> = {
  GB: ['ENG', 'WLS', 'SCT', 'NIR'],
  DE: 'all',
  ES: 'all',
  CH: 'all',
};

function commonToAllRegions(country: string, year: number): LegalHoliday[] {
  const spec = REGIONAL_COUNTRIES[country]!;
  const regions = spec === 'all' ? Object.keys(supportedRegions(country)) : spec;
  const national = libraryHolidays(country, year);
  return national.filter((h) => regions.every((r) => libraryHolidays(country, year, r).some((x) => x.date === h.date)));
}

/** The holiday source's days: a statute's own list where we have one, else date-holidays. */
function sourceHolidays(country: string, year: number, region?: string): LegalHoliday[] {
  // California: Gov. Code §6700–6701 as dated data (data/california.ts), not the package's list.
  if (country === 'US' && region === 'CA') return californiaHolidays(year).map((h) => ({ ...h, source: 'statute' as const }));
  if (region === undefined && REGIONAL_COUNTRIES[country]) return commonToAllRegions(country, year);
  return libraryHolidays(country, year, region);
}

/** Library days plus our dated corrections (no user overrides). Cached per country/region/year. */
function baseHolidays(country: string, year: number, region?: string): LegalHoliday[] {
  const key = `${country}|${region ?? ''}|${year}`;
  const cached = baseCache.get(key);
  if (cached) return cached;
  let list = sourceHolidays(country, year, region);
  for (const c of HOLIDAY_CORRECTIONS) {
    if (c.country !== country) continue;
    if (c.action === 'remove') {
      list = list.filter((h) => h.name !== c.libraryName);
    } else if (c.fromYear === undefined || year >= c.fromYear) {
      const date = `${year}-${pad(c.month)}-${pad(c.day)}`;
      if (!list.some((h) => h.date === date)) list.push({ date, name: c.name, source: 'correction' });
    }
  }
  list = dedupeSorted(list);
  baseCache.set(key, list);
  return list;
}

function dedupeSorted(list: LegalHoliday[]): LegalHoliday[] {
  const byDate = new Map<string, LegalHoliday>();
  for (const h of list) {
    const prev = byDate.get(h.date);
    // Two entries on one day (e.g. a substitute day coinciding with another holiday): keep both names.
    byDate.set(h.date, prev ? { ...prev, name: prev.name === h.name ? prev.name : `${prev.name} / ${h.name}` } : h);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * Every legal holiday of `country` (optionally `region`) in `year`, with where it comes from,
 * for the Settings calendar. User overrides are applied when given.
 */
export function listLegalHolidays(
  country: string,
  year: number,
  region?: string,
  overrides?: CalendarOverrides,
): LegalHoliday[] {
  let list = baseHolidays(country, year, region);
  if (overrides?.removedHolidays?.length) {
    const removed = new Set(overrides.removedHolidays);
    list = list.filter((h) => !removed.has(h.date));
  }
  const added = (overrides?.addedHolidays ?? [])
    .filter((h) => yearOf(h.date) === year)
    .filter((h) => !list.some((x) => x.date === h.date))
    .map((h) => ({ date: h.date, name: h.name, source: 'user' as const }));
  return added.length ? dedupeSorted([...list, ...added]) : list;
}

/** The legal holiday on `date`, or null. */
export function legalHolidayOn(
  date: IsoDate,
  country: string,
  region?: string,
  overrides?: CalendarOverrides,
): LegalHoliday | null {
  const user = overrides?.addedHolidays?.find((h) => h.date === date);
  if (user) return { date, name: user.name, source: 'user' };
  if (overrides?.removedHolidays?.includes(date)) return null;
  return baseHolidays(country, yearOf(date), region).find((h) => h.date === date) ?? null;
}

export function isLegalHoliday(date: IsoDate, country: string, region?: string, overrides?: CalendarOverrides): boolean {
  return legalHolidayOn(date, country, region, overrides) !== null;
}

/** The jurisdiction whose calendar a deadline is computed in, and the readings it is read with. */
export interface LegalCalendar {
  country: string;
  region?: string;
  overrides?: CalendarOverrides;
  /** Count days a law only assimilates to holidays (data/assimilated.ts): a later reading. */
  countAssimilated?: boolean;
  /** Saturday is a working (business) day: Cal. Civ. Code §9, the earliest reading for California. */
  saturdayIsWorkingDay?: boolean;
}

const assimilatedCache = new Map<string, Map<IsoDate, string>>();

function assimilatedOn(date: IsoDate, country: string): string | null {
  const key = `${country}|${yearOf(date)}`;
  let days = assimilatedCache.get(key);
  if (!days) assimilatedCache.set(key, (days = new Map(assimilatedDays(country, yearOf(date)).map((d) => [d.date, d.name]))));
  return days.get(date) ?? null;
}

/** Why `date` is not a working day (a weekend, or which legal holiday), or null if it is one. */
export function dayOffReason(date: IsoDate, cal: LegalCalendar): DayOffReason | null {
  if (isWeekend(date) && !(cal.saturdayIsWorkingDay && weekday(date) === 6)) return { kind: 'weekend' };
  const h = legalHolidayOn(date, cal.country, cal.region, cal.overrides);
  if (h) return { kind: 'holiday', name: h.name };
  const assimilated = cal.countAssimilated ? assimilatedOn(date, cal.country) : null;
  return assimilated !== null ? { kind: 'holiday', name: assimilated } : null;
}


/** Why `date` is not a working day ('weekend' or the holiday's name), or null if it is one. */
export function nonWorkingReason(date: IsoDate, cal: LegalCalendar): string | null {
  const r = dayOffReason(date, cal);
  return r === null ? null : r.kind === 'weekend' ? 'weekend' : r.name;
}

export function isWorkingDay(date: IsoDate, cal: LegalCalendar): boolean {
  return nonWorkingReason(date, cal) === null;
}
