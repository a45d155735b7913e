// "Today" in the organisation's time zone, asked on every request operation. Same answer as
// shared/dates/zone.ts localDateInZone (same Intl options, same errors), but the formatter is
// built once per time zone: constructing an Intl.DateTimeFormat costs ~0.3 ms, which was the
// single largest cost of a dashboard or list call and of every action (measured in test/bench).
import type { IsoDate } from '../../../shared/dates/iso';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, as localDateInZone does; nothing is cached then.
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' });
    formatters.set(timeZone, f);
  }
  return f;
}

export function todayIn(instant: Date, timeZone: string): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('localDateInZone: invalid Date');
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string): string => {
    const p = parts.find((x) => x.type === type);
    if (!p) throw new RangeError(`localDateInZone: Intl returned no ${type}`);
    return p.value;
  };
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}
