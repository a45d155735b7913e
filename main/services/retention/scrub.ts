// Personal values inside a stored version (canonical JSON) become the purge marker. The shape
// stays: keys, nulls and array lengths are kept, so a purged version still parses as its type and
// still says how many addresses or customer numbers there were (counts are not personal).
import { PURGED_MARKER } from '../../../shared/model/retention';

/**
 * `keys`: field names that are personal wherever they appear (the register's line in
 * shared/model/personal.ts, plus content-only names). `paths`: dotted paths for names that are
 * personal only at one place (a disclosure's `secrecy.ground` is free text; its top-level
 * `ground` is the legal ground's code, which the statistics count).
 */
export function scrubJson(json: string, keys: ReadonlySet<string>, paths: readonly string[] = []): string {
  return JSON.stringify(scrubValue(JSON.parse(json) as unknown, keys, new Set(paths), ''));
}

/** Every string under a personal field, however deep: numbers, booleans and nulls stay. */
function mark(v: unknown): unknown {
  if (typeof v === 'string') return PURGED_MARKER;
  if (Array.isArray(v)) return v.map(mark);
  if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mark(x)]));
  return v;
}

function scrubValue(v: unknown, keys: ReadonlySet<string>, paths: ReadonlySet<string>, at: string): unknown {
  if (Array.isArray(v)) return v.map((x) => scrubValue(x, keys, paths, at));
  if (v === null || typeof v !== 'object') return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const path = at ? `${at}.${k}` : k;
    out[k] = keys.has(k) || paths.has(path) ? mark(x) : scrubValue(x, keys, paths, path);
  }
  return out;
}
