/**
 * Corrections to the `date-holidays` data where the *legal* calendar for computing time limits
 * differs from the library's list of public holidays.
 *
 * This is data, not logic: each entry is dated (when the library data was checked, and against
 * which version), says which way it corrects (add or remove) and cites its legal source. The
 * unit test `calendar.test.ts` asserts both that the library still differs (so a fixed library
 * makes the test fail and someone removes the correction) and that our calendar is right.
 *
 * Users' own corrections (Settings) are NOT kept here: they arrive as `CalendarOverrides` and
 * are shown with source 'user'.
 */

/** Version of this data file; bump on every change. Part of RULES_VERSION's provenance. */
export const CORRECTIONS_VERSION = '2026-12-06';

/** The date-holidays release the corrections were checked against. */
export const CHECKED_AGAINST_DATE_HOLIDAYS = '3.37.0';

export type HolidayCorrection =
  | {
      id: string;
      country: string;
      action: 'add';
      /** Fixed day every year (month 1..12, day 1..31). */
      month: number;
      day: number;
      name: string;
      /** First year the rule applies (inclusive); undefined = as far back as we compute. */
      fromYear?: number;
      source: string;
      checked: string;
      note: string;
    }
  | {
      id: string;
      country: string;
      action: 'remove';
      /** English name of the date-holidays entry to drop (getHolidays(year, 'en')). */
      libraryName: string;
      source: string;
      checked: string;
      note: string;
    };

export const HOLIDAY_CORRECTIONS: readonly HolidayCorrection[] = [
  {
    id: 'nl-liberation-day',
    country: 'NL',
    action: 'add',
    month: 5,
    day: 5,
    name: 'Liberation Day (Bevrijdingsdag)',
    source: 'Algemene termijnenwet art. 3(1) ("de vijfde mei")',
    checked: '2026-11-01',
    note:
      'date-holidays 3.37.0 returns 5 May with type "school" (not "public"), so a deadline ' +
      'falling on 5 May would not roll forward. For statutory time limits the Algemene ' +
      'termijnenwet counts 5 May as a public holiday in EVERY year, not only lustrum years.',
  },
  {
    id: 'nl-easter-sunday',
    country: 'NL',
    action: 'remove',
    libraryName: 'Easter Sunday',
    source: 'Algemene termijnenwet art. 3(1) (names only the second Easter day)',
    checked: '2026-11-01',
    note: 'Not on the Atw list. It is a Sunday, so removing it changes no deadline; it keeps the Settings calendar exact.',
  },
  {
    id: 'nl-whit-sunday',
    country: 'NL',
    action: 'remove',
    libraryName: 'Pentecost',
    source: 'Algemene termijnenwet art. 3(1) (names only the second Whitsun day)',
    checked: '2026-11-01',
    note: 'Not on the Atw list. It is a Sunday, so removing it changes no deadline; it keeps the Settings calendar exact.',
  },
  // Good Friday (Goede Vrijdag) is not on the Art. 3(1) list, but Atw Art. 3(2) assimilates it
  // to those days. Whether Reg. 1182/71 counts an assimilated day is a reading, so it is not a
  // correction here: data/assimilated.ts lists it and the engine shows the later date it gives
  // as an alternative.
];
