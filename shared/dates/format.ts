import { DEFAULT_LOCALE } from '../i18n/locales';
import { memoByKey } from '../memo';
import { daysBetween, parseIsoDate, type IsoDate } from './iso';

export interface FormatDayOptions {
  /** The current local date; when given, a relative hint is appended: "(in 5 days)". */
  today?: IsoDate;
  /** BCP 47 locale of the reader (shared/i18n LOCALES); English when not given (CLI, engine). */
  locale?: string;
}

const dayFormat = memoByKey((locale) => new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }));
const relativeFormat = memoByKey((locale) => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

/**
 * The calendar day at noon UTC, formatted in UTC: an IsoDate is a local calendar date, so no
 * time zone of the host may shift it to the day before or after.
 */
function utcNoon(iso: IsoDate): Date {
  const p = parseIsoDate(iso);
  if (!p) throw new RangeError(`formatDay: "${iso}" is not a real date`);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, 12));
}

/**
 * "Tue 7 Apr 2026" (en) / "di 7 apr 2026" (nl); with `today`: "Tue 7 Apr 2026 (in 5 days)",
 * "di 7 apr 2026 (over 5 dagen)", "(today)" / "(vandaag)". Words and order come from Intl in the
 * reader's locale; only the punctuation between the parts (en-GB writes "Tue, 7 Apr 2026") and
 * abbreviation dots (older CLDR data writes "apr.") are dropped, so the date reads the same compact
 * way in every language and in every ICU version (Node's and Chromium's differ).
 */
export function formatDay(iso: IsoDate, options: FormatDayOptions = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const base = dayFormat(locale)
    .formatToParts(utcNoon(iso))
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value.replace(/\.$/, ''))
    .join(' ');
  if (options.today === undefined) return base;
  return `${base} (${relativeFormat(locale).format(daysBetween(options.today, iso), 'day')})`;
}

/** "Apr 2026" / "apr 2026" (withYear) or "Apr" / "apr", for a "YYYY-MM" month. */
export function formatMonth(month: string, options: { locale?: string; withYear?: boolean; long?: boolean } = {}): string {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const [y, m] = month.split('-').map(Number);
  if (!y || !m || m < 1 || m > 12) return month;
  return new Intl.DateTimeFormat(locale, {
    month: options.long ? 'long' : 'short',
    ...(options.withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, 15)));
}
