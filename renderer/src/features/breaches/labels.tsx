// Small shared pieces of the breach screens: an instant in its zone, the clock badge, the clock's words.
import type { BreachClock } from '../../../../shared/breaches/clock';
import { splitHours } from '../../../../shared/breaches/clock';
import { instantToLocal } from '../../../../shared/dates/instant';
import type { RecordedInstant } from '../../../../shared/model/breach';
import { formatDay, s } from '../../i18n';

/** "Fri 27 Mar 2026 10:00 (Europe/Amsterdam)". */
export function instantText(i: Pick<RecordedInstant, 'local' | 'zone'>): string {
  return `${formatDay(i.local.slice(0, 10))} ${i.local.slice(11, 16)} (${i.zone})`;
}

/** A UTC instant on the wall clock of `zone`. */
export function utcInZone(at: string, zone: string): string {
  return instantText({ local: instantToLocal(at, zone), zone });
}

const TONE: Record<BreachClock['state'], string> = {
  running: 'badge--warning',
  overdue: 'badge--danger',
  'notified-in-time': 'badge--ok',
  'notified-late': 'badge--danger',
  'not-required': 'badge--muted',
  processor: 'badge--info',
};

export function ClockBadge({ clock }: { clock: BreachClock }) {
  return <span className={`badge ${TONE[clock.state]}`}>{s.breaches.clockStates[clock.state]}</span>;
}

/** "61 h 12 min left" / "3 h 5 min overdue", from the hours left. */
export function leftText(hoursLeft: number): string {
  const { hours, minutes } = splitHours(hoursLeft);
  return hoursLeft >= 0 ? s.breaches.clock.left(hours, minutes) : s.breaches.clock.overdue(hours, minutes);
}

/** "61 h 12 min" without "left" or "overdue". */
export function durationText(hoursLeft: number): string {
  const { hours, minutes } = splitHours(hoursLeft);
  return s.breaches.clock.duration(hours, minutes);
}

/**
 * Hours to the deadline to the minute, for a clock shown live (its `hoursLeft` is rounded down to
 * a tenth, six minutes, which would make a minute's tick invisible); null when it does not run.
 */
export function liveHoursLeft(clock: BreachClock, now: Date): number | null {
  return clock.hoursLeft === null ? null : (Date.parse(clock.deadline) - now.getTime()) / 3_600_000;
}

/** The list's clock cell: the badge, and the time left while it runs. */
export function ClockCell({ clock, now }: { clock: BreachClock; now: Date }) {
  const left = liveHoursLeft(clock, now);
  return (
    <span className="breach-clock-cell">
      <ClockBadge clock={clock} />
      {left !== null && <span className="breach-clock-cell__left"> {leftText(left)}</span>}
    </span>
  );
}
