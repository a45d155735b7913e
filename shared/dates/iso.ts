/**
 * Calendar dates as ISO `YYYY-MM-DD` strings.
 *
 * A deadline is a *local calendar date* in the controller's jurisdiction, never a UTC instant:
 * "due on Mon 2 Mar 2026" is the same day in Amsterdam and in the renderer of a laptop that
 * happens to be in Tokyo. JavaScript's `Date` mixes both ideas (and the host time zone), so all
 * arithmetic here is done on a plain day number (days since 1970-01-01 in the proleptic
 * Gregorian calendar) with integer maths only. No `Date`, no time zone, no DST.
 */

export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateParts {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Splits `YYYY-MM-DD` into numbers, or returns null when it is malformed or not a real date. */
export function parseIsoDate(value: string): DateParts | null {
  const m = ISO_RE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a well-formed `YYYY-MM-DD` that exists in the calendar (2026-02-30 is false). */
export function isValidIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

/**
 * The years a date typed into the workbench may have. Receipt, pause, notice and holiday dates
 * of real requests fall well inside; outside it a far date ran the deadline arithmetic past year
 * 9999 (an internal error instead of a field message), and the public-holiday data is not meant
 * for such years. Applied by the input schemas; the arithmetic itself stays exact for any year.
 */
export const MIN_SUPPORTED_DATE: IsoDate = '1970-01-01';
export const MAX_SUPPORTED_DATE: IsoDate = '2199-12-31';

/** A real date inside MIN_SUPPORTED_DATE..MAX_SUPPORTED_DATE (ISO strings sort as dates). */
export function isSupportedIsoDate(value: unknown): value is IsoDate {
  return isValidIsoDate(value) && value >= MIN_SUPPORTED_DATE && value <= MAX_SUPPORTED_DATE;
}

/** Field message for a real date outside the supported range (call only when it is outside). */
export function unsupportedDateMessage(value: IsoDate): string {
  return value > MAX_SUPPORTED_DATE
    ? `"${value}" is too far in the future; use a date up to ${MAX_SUPPORTED_DATE}.`
    : `"${value}" is too far in the past; use a date from ${MIN_SUPPORTED_DATE}.`;
}

function mustParse(value: string): DateParts {
  const p = parseIsoDate(value);
  if (!p) throw new RangeError(`"${value}" is not a real date (expected YYYY-MM-DD)`);
  return p;
}

export function formatIsoDate(parts: DateParts): IsoDate {
  const y = String(parts.year).padStart(4, '0');
  const m = String(parts.month).padStart(2, '0');
  const d = String(parts.day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for every Gregorian date.
export function toDayNumber(value: IsoDate): number {
  const { year, month, day } = mustParse(value);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIsoDate({ year, month, day });
}

export function addDays(value: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays: ${days} is not a whole number of days`);
  return fromDayNumber(toDayNumber(value) + days);
}

/**
 * Adds calendar months and, when the resulting day does not exist, clamps to the last day of
 * the target month (31 Jan + 1 month = 28/29 Feb). This is the Regulation 1182/71 Art. 3(2)(c)
 * rule for periods expressed in months.
 */
export function addMonthsClamped(value: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`addMonthsClamped: ${months} is not a whole number of months`);
  const { year, month, day } = mustParse(value);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** True when `addMonthsClamped(value, months)` had to clamp (the same date does not exist). */
export function monthAdditionClamps(value: IsoDate, months: number): boolean {
  const { day } = mustParse(value);
  return mustParse(addMonthsClamped(value, months)).day !== day;
}

/** 0 = Sunday … 6 = Saturday (the same numbering as Date#getDay). */
export function weekday(value: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((toDayNumber(value) + 4) % 7) + 7) % 7;
}

export function isWeekend(value: IsoDate): boolean {
  const w = weekday(value);
  return w === 0 || w === 6;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1; for valid ISO dates this is plain string order, but we validate anyway. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const d = toDayNumber(a) - toDayNumber(b);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

export function maxDate(first: IsoDate, ...rest: IsoDate[]): IsoDate {
  return rest.reduce((acc, d) => (compareDates(d, acc) > 0 ? d : acc), first);
}

export function yearOf(value: IsoDate): number {
  return mustParse(value).year;
}
