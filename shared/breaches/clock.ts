// The 72-hour clock of a personal-data breach, pure so the breach page can run it live every minute
// and the core, the CLI and the dashboard give the same answer for the same instant.
//
// GDPR Art. 33(1): the controller notifies the supervisory authority "without undue delay and,
// where feasible, not later than 72 hours after having become aware of it". The period is counted
// in hours from the moment of awareness, as elapsed time: Reg. 1182/71 Art. 3(4) moves the end of
// a period to the next working day only for periods "expressed otherwise than in hours", so a
// breach found on Friday afternoon is due on Monday afternoon, weekend or not. Elapsed hours also
// mean a daylight-saving change inside the 72 hours moves the wall-clock deadline by an hour
// (aware Fri 27 Mar 2026 10:00 in Amsterdam → due Mon 30 Mar 11:00 local), never the hours allowed.

export const NOTIFY_WITHIN_HOURS = 72;
/** Dashboard alerts: a day left, and six hours left (then overdue). */
export const ALERT_HOURS = [24, 6] as const;

const HOUR_MS = 3_600_000;

export type ClockState =
  /** Counting down; no notification recorded yet. */
  | 'running'
  /** The 72 hours have passed without a notification. */
  | 'overdue'
  /** Notified within the 72 hours. */
  | 'notified-in-time'
  /** Notified after the 72 hours: the notification carries its reasons for the delay (Art. 33(1)). */
  | 'notified-late'
  /** Assessed as unlikely to result in a risk: no notification to the authority (Art. 33(1)). */
  | 'not-required'
  /** We process for a customer: we tell the controller without undue delay (Art. 33(2)); its clock is its own. */
  | 'processor';

export type ClockAlert = 'within-24h' | 'within-6h' | 'overdue';

export interface BreachClock {
  state: ClockState;
  /** UTC instant: awareness + 72 hours. */
  deadline: string;
  /** While the clock runs or is overdue: hours to the deadline (negative when passed), rounded down to 0.1 h. */
  hoursLeft: number | null;
  /** Once notified: hours from awareness to the notification. */
  hoursTaken: number | null;
  alert: ClockAlert | null;
}

export interface ClockFacts {
  /** UTC instant the controller became aware. */
  awareAt: string;
  role: 'controller' | 'processor';
  risk: 'none' | 'risk' | 'high-risk';
  /** UTC instant of the first notification to the authority; null while not notified. */
  notifiedAt: string | null;
}

/** Rounded down, so the clock never shows more time than is left (and overdue never less). */
const floorTenth = (hours: number): number => Math.floor(hours * 10 + 1e-9) / 10;

export function breachDeadline(awareAt: string): string {
  return new Date(Date.parse(awareAt) + NOTIFY_WITHIN_HOURS * HOUR_MS).toISOString();
}

export function breachClock(facts: ClockFacts, now: Date): BreachClock {
  const aware = Date.parse(facts.awareAt);
  const deadlineMs = aware + NOTIFY_WITHIN_HOURS * HOUR_MS;
  const deadline = new Date(deadlineMs).toISOString();
  if (facts.notifiedAt) {
    // A notification stops the clock whatever the risk assessment says now.
    const at = Date.parse(facts.notifiedAt);
    return { state: at <= deadlineMs ? 'notified-in-time' : 'notified-late', deadline, hoursLeft: null, hoursTaken: floorTenth((at - aware) / HOUR_MS), alert: null };
  }
  if (facts.role === 'processor') return { state: 'processor', deadline, hoursLeft: null, hoursTaken: null, alert: null };
  if (facts.risk === 'none') return { state: 'not-required', deadline, hoursLeft: null, hoursTaken: null, alert: null };
  const left = (deadlineMs - now.getTime()) / HOUR_MS;
  const alert: ClockAlert | null = left <= 0 ? 'overdue' : left <= ALERT_HOURS[1] ? 'within-6h' : left <= ALERT_HOURS[0] ? 'within-24h' : null;
  return { state: left > 0 ? 'running' : 'overdue', deadline, hoursLeft: floorTenth(left), hoursTaken: null, alert };
}

/** A notification recorded after the deadline must say why (GDPR Art. 33(1), last sentence). */
export function isLateNotification(awareAt: string, notifiedAt: string): boolean {
  return Date.parse(notifiedAt) > Date.parse(awareAt) + NOTIFY_WITHIN_HOURS * HOUR_MS;
}

/** Whole hours and minutes: 71.5 → { hours: 71, minutes: 30 }; for "71 h 30 min left". */
export function splitHours(hours: number): { hours: number; minutes: number } {
  const totalMinutes = Math.floor(Math.abs(hours) * 60 + 1e-6);
  return { hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}
