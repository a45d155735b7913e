import { daysBetween, parseIsoDate, weekday, type IsoDate } from './iso';

/**
 * Every word the date formatter prints, in one object so that a Dutch (or other) table can be
 * added without touching the logic. Pass a different table as `words` to `formatDay`.
 */
export interface DateWords {
  weekdaysShort: readonly [string, string, string, string, string, string, string]; // Sun..Sat
  monthsShort: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  today: string;
  tomorrow: string;
  yesterday: string;
  inDays: (n: number) => string;
  daysAgo: (n: number) => string;
}

export const DATE_WORDS_EN: DateWords = {
  weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  today: 'today',
  tomorrow: 'tomorrow',
  yesterday: 'yesterday',
  inDays: (n) => `in ${n} days`,
  daysAgo: (n) => `${n} days ago`,
};

export interface FormatDayOptions {
  /** The current local date; when given, a relative hint is appended: "(in 5 days)". */
  today?: IsoDate;
  words?: DateWords;
}

/** "Tue 7 Apr 2026", or with `today`: "Tue 7 Apr 2026 (in 5 days)" / "(today)" / "(3 days ago)". */
export function formatDay(iso: IsoDate, options: FormatDayOptions = {}): string {
  const parts = parseIsoDate(iso);
  if (!parts) throw new RangeError(`formatDay: "${iso}" is not a real date`);
  const words = options.words ?? DATE_WORDS_EN;
  const base = `${words.weekdaysShort[weekday(iso)]} ${parts.day} ${words.monthsShort[parts.month - 1]} ${parts.year}`;
  if (options.today === undefined) return base;
  const n = daysBetween(options.today, iso);
  const rel =
    n === 0 ? words.today : n === 1 ? words.tomorrow : n === -1 ? words.yesterday : n > 0 ? words.inDays(n) : words.daysAgo(-n);
  return `${base} (${rel})`;
}
