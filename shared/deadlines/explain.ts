/**
 * Human-readable working for a deadline: "received Sat 31 Jan 2026 · one month → Sat 28 Feb
 * 2026 · weekend → Mon 2 Mar 2026". English only for now; the date words come from
 * shared/dates/format.ts (DATE_WORDS_EN) so a translation can follow.
 */
import { formatDay } from '../dates/format';
import type { IsoDate } from '../dates/iso';

export interface Step {
  label: string;
  date: IsoDate;
}

/** A computation shown as a chain of steps from a starting date. */
export interface Chain {
  startLabel: string;
  start: IsoDate;
  steps: Step[];
}

export function chainText(chain: Chain): string {
  return [`${chain.startLabel} ${formatDay(chain.start)}`, ...chain.steps.map((s) => `${s.label} → ${formatDay(s.date)}`)].join(
    ' · ',
  );
}

/** "weekend", "Christmas Day, Boxing Day", "weekend, Easter Monday" (duplicates removed). */
export function skippedLabel(reasons: string[]): string {
  return [...new Set(reasons)].join(', ');
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export { formatDay };
