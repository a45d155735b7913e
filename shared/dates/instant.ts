// Instants recorded as a wall-clock time in a named time zone ("27 Mar 2026 10:00, Europe/Amsterdam")
// and kept as a UTC instant beside that zone. Pure (Intl only), so the renderer converts exactly as
// the core does. Daylight-saving changes make some wall-clock times not exist (the hour skipped in
// spring) and others happen twice (the hour repeated in autumn); both are answered here, never
// guessed silently by `new Date(…)` in whatever zone the machine happens to run.
import { memoByKey } from '../memo';

/** "YYYY-MM-DDTHH:MM" (a space instead of the T is accepted), optionally with seconds. */
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

export type LocalToInstant =
  | { ok: true; instant: string; ambiguous: boolean }
  | { ok: false; problem: 'format' | 'zone' | 'gap' };

/** True for an IANA zone name Intl knows ("Europe/Amsterdam"); false for typos and ''. */
export function isKnownTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const wallFormatter = memoByKey(
  (zone) =>
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
      calendar: 'gregory',
      numberingSystem: 'latn',
    }),
);

/** The wall clock of `ms` in `zone`, as milliseconds of the same fields read as UTC. */
function wallMs(ms: number, zone: string): number {
  const parts = wallFormatter(zone).formatToParts(new Date(ms));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  return Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
}

/** The zone's offset from UTC at instant `ms`, in milliseconds (Amsterdam in summer: +2 h). */
export function zoneOffsetMs(ms: number, zone: string): number {
  return wallMs(ms, zone) - Math.floor(ms / 1000) * 1000;
}

/**
 * The UTC instant of a wall-clock time in `zone`. A time in the hour skipped when clocks go
 * forward does not exist (`gap`). A time in the hour repeated when clocks go back happened twice:
 * the earlier of the two is taken (`ambiguous: true`), because a clock counted from the earlier
 * moment ends earlier, and a notification deadline may never be placed later than the law allows
 * (GDPR Art. 33(1)); the caller can say so to the DPO.
 */
export function localToInstant(local: string, zone: string): LocalToInstant {
  const m = LOCAL.exec(local.trim());
  if (!m) return { ok: false, problem: 'format' };
  if (!isKnownTimeZone(zone)) return { ok: false, problem: 'zone' };
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(asUtc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return { ok: false, problem: 'format' };
  // The offsets a day either side cover every change a zone makes around this time.
  const offsets = new Set([zoneOffsetMs(asUtc - 86_400_000, zone), zoneOffsetMs(asUtc, zone), zoneOffsetMs(asUtc + 86_400_000, zone)]);
  const candidates = [...new Set([...offsets].map((o) => asUtc - o))].filter((c) => wallMs(c, zone) === asUtc).sort((a, b) => a - b);
  if (!candidates.length) return { ok: false, problem: 'gap' };
  return { ok: true, instant: new Date(candidates[0]!).toISOString(), ambiguous: candidates.length > 1 };
}

/** "2026-03-27T10:00" of an instant in `zone` (seconds dropped). */
export function instantToLocal(instant: string, zone: string): string {
  const ms = Date.parse(instant);
  const w = new Date(wallMs(ms, zone)).toISOString();
  return `${w.slice(0, 10)}T${w.slice(11, 16)}`;
}

/** "+02:00" for an instant in `zone`. */
export function offsetLabel(instant: string, zone: string): string {
  const minutes = Math.round(zoneOffsetMs(Date.parse(instant), zone) / 60_000);
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
