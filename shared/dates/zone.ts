import type { IsoDate } from './iso';
import { memoByKey } from '../memo';

const dateInZone = memoByKey(
  (timeZone) => new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' }),
);
const timeInZone = memoByKey((timeZone) => new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23', numberingSystem: 'latn' }));

/**
 * The calendar date that `instant` falls on in `timeZone` (an IANA name such as
 * "Europe/Amsterdam"). A request e-mailed at 23:30 UTC on 31 Jan arrives on 1 Feb in Amsterdam;
 * that local date is the receipt date the law counts from. Uses Intl only, so it runs in Node
 * and in the browser. Throws RangeError for an unknown time zone.
 */
export function localDateInZone(instant: Date, timeZone: string): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('localDateInZone: invalid Date');
  const parts = dateInZone(timeZone).formatToParts(instant);
  const get = (type: string): string => {
    const p = parts.find((x) => x.type === type);
    if (!p) throw new RangeError(`localDateInZone: Intl returned no ${type}`);
    return p.value;
  };
  // Years before 1000 are not a concern for receipt dates; pad anyway for a well-formed ISO string.
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/** Today's date in `timeZone`. Impure (reads the clock): keep it at the edges, pass dates inward. */
export function todayInZone(timeZone: string): IsoDate {
  return localDateInZone(new Date(), timeZone);
}

/** The wall-clock time "HH:MM" (24-hour) of an instant in an IANA time zone. */
export function localTimeInZone(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('localTimeInZone: invalid Date');
  return timeInZone(timeZone).format(instant);
}
