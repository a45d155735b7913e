/**
 * California's legal holidays, built from the statute rather than from a holiday package (the
 * package's US-CA list adds state-employee days such as the day after Thanksgiving and
 * federal "observed" Fridays, which are not holidays under the Government Code, and omits some
 * that are). Business days for the CCPA regulations are days that are not these holidays.
 *
 * Source: Cal. Gov. Code §6700(a) (the holidays in this state) and §6701 (moves), text as
 * amended by AB 1655, AB 1801 and AB 2596 (Stats. 2022, in force 1 January 2023: Juneteenth,
 * Genocide Remembrance Day, Lunar New Year). Checked against the codified text as published on
 * leginfo.legislature.ca.gov and mirrors on 2026-12-06; the years the 2022 additions apply
 * from were not checked against the chaptered bills (marked below).
 *
 * Not holidays here: Good Friday counts only "from 12 noon until 3 p.m." (§6700(a)) and an
 * office open that morning is a business day; the day after Thanksgiving is a state-employee
 * holiday under §19853, not a §6700 day. Sundays are holidays (§6700(a)(1)); they are weekend
 * days in the engine anyway.
 */

export const CALIFORNIA_CALENDAR_VERSION = '2026-12-06';

type Rule =
  | { kind: 'fixed'; month: number; day: number; name: string; cite: string; fromYear?: number; sundayToMonday?: boolean; saturdayToFriday?: boolean }
  /** n = 1..4 for the nth weekday of the month; -1 for the last. weekday: 0 Sunday .. 6 Saturday. */
  | { kind: 'nth'; month: number; weekday: number; n: number; name: string; cite: string }
  | { kind: 'table'; dates: readonly string[]; name: string; cite: string };

/**
 * Lunar New Year: "the date corresponding with the second new moon following the winter
 * solstice, or the third … should an intercalary month intervene" (§6700(a)). Dated data, not
 * astronomy: outside these years the day is not counted, which can only make a business-day
 * deadline earlier, never later.
 */
const LUNAR_NEW_YEAR = [
  '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13',
  '2030-02-03', '2031-01-23', '2032-02-11', '2033-01-31', '2034-02-19', '2035-02-08',
] as const;

const FROM_2023 = 2023; // AB 1655, AB 1801, AB 2596 (Stats. 2022): in force 1 January 2023 (not checked against the bills)

export const CALIFORNIA_RULES: readonly Rule[] = [
  // §6701: "If January 1st, February 12th, March 31st, July 4th, September 9th, November 11th,
  // or December 25th falls upon a Sunday, the Monday following is a holiday. If November 11th
  // falls upon a Saturday, the preceding Friday is a holiday." No other day moves.
  { kind: 'fixed', month: 1, day: 1, name: "New Year's Day", cite: '§6700(a)(2)', sundayToMonday: true },
  { kind: 'nth', month: 1, weekday: 1, n: 3, name: 'Dr. Martin Luther King, Jr. Day', cite: '§6700(a)(3)' },
  { kind: 'table', dates: LUNAR_NEW_YEAR, name: 'Lunar New Year', cite: '§6700(a)(4)' },
  { kind: 'fixed', month: 2, day: 12, name: 'Lincoln Day', cite: '§6700(a)(5)', sundayToMonday: true },
  { kind: 'nth', month: 2, weekday: 1, n: 3, name: 'Third Monday in February', cite: '§6700(a)(6)' },
  { kind: 'fixed', month: 3, day: 31, name: 'Cesar Chavez Day', cite: '§6700(a)(7)', sundayToMonday: true },
  { kind: 'fixed', month: 4, day: 24, name: 'Genocide Remembrance Day', cite: '§6700(a)(8)', fromYear: FROM_2023 },
  { kind: 'nth', month: 5, weekday: 1, n: -1, name: 'Last Monday in May', cite: '§6700(a)(9)' },
  { kind: 'fixed', month: 6, day: 19, name: 'Juneteenth', cite: '§6700(a)(10)', fromYear: FROM_2023 },
  { kind: 'fixed', month: 7, day: 4, name: 'Independence Day', cite: '§6700(a)(11)', sundayToMonday: true },
  { kind: 'nth', month: 9, weekday: 1, n: 1, name: 'First Monday in September', cite: '§6700(a)(12)' },
  { kind: 'fixed', month: 9, day: 9, name: 'Admission Day', cite: '§6700(a)(13)', sundayToMonday: true },
  { kind: 'nth', month: 9, weekday: 5, n: 4, name: 'Native American Day', cite: '§6700(a)(14)' },
  { kind: 'nth', month: 10, weekday: 1, n: 2, name: 'Columbus Day', cite: '§6700(a)(15)' },
  { kind: 'fixed', month: 11, day: 11, name: 'Veterans Day', cite: '§6700(a)(16)', sundayToMonday: true, saturdayToFriday: true },
  // §6700(a): "Every day appointed by the President or Governor for a public fast,
  // thanksgiving, or holiday": Thanksgiving Day, the fourth Thursday in November by proclamation.
  { kind: 'nth', month: 11, weekday: 4, n: 4, name: 'Thanksgiving Day', cite: '§6700(a) (day appointed for thanksgiving)' },
  { kind: 'fixed', month: 12, day: 25, name: 'Christmas Day', cite: '§6700(a)(17)', sundayToMonday: true },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function dayOfWeek(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function nthWeekday(y: number, m: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = dayOfWeek(y, m, 1);
    return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  }
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return last - ((dayOfWeek(y, m, last) - weekday + 7) % 7);
}

/** The §6700–6701 holidays of one year (Sundays not listed), as dates with their names. */
export function californiaHolidays(year: number): Array<{ date: string; name: string }> {
  const out: Array<{ date: string; name: string }> = [];
  const add = (m: number, d: number, name: string): void => {
    const t = new Date(Date.UTC(year, m - 1, d));
    out.push({ date: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, name });
  };
  for (const r of CALIFORNIA_RULES) {
    if (r.kind === 'table') {
      for (const d of r.dates) if (d.startsWith(`${year}-`)) out.push({ date: d, name: r.name });
    } else if (r.kind === 'nth') {
      add(r.month, nthWeekday(year, r.month, r.weekday, r.n), r.name);
    } else if (r.fromYear === undefined || year >= r.fromYear) {
      add(r.month, r.day, r.name);
      const dow = dayOfWeek(year, r.month, r.day);
      if (dow === 0 && r.sundayToMonday) add(r.month, r.day + 1, `${r.name} (Monday after, §6701)`);
      if (dow === 6 && r.saturdayToFriday) add(r.month, r.day - 1, `${r.name} (Friday before, §6701)`);
    }
  }
  return out;
}
