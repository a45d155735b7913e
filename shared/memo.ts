// Intl formatters are costly to build (tens of microseconds each) and cheap to reuse: a report
// that formats a count or a date per row built a new one per row, half a second over 20,000 rows.
// One memo per formatter kind, keyed by what the formatter depends on (locale, time zone).

export function memoByKey<T>(make: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let v = cache.get(key);
    if (v === undefined) {
      v = make(key);
      cache.set(key, v);
    }
    return v;
  };
}
