// "2 finished requests, 1 disclosure and 3 breaches": counts of records joined the way the
// language joins a list (Intl.ListFormat), each with its singular or plural word. A count of 0 is
// left out, except the first (the register the sentence is mainly about).
import { memoByKey } from '../memo';

const lists = memoByKey((locale) => new Intl.ListFormat(locale, { type: 'conjunction' }));

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function countedList(locale: string, counts: ReadonlyArray<readonly [number, string, string]>): string {
  const parts = counts.filter(([n], i) => i === 0 || n > 0).map(([n, one, many]) => plural(n, one, many));
  return lists(locale).format(parts);
}
