// Deadlines are derived, never typed in (DESIGN.md "Dates"): every state change recomputes them
// with shared/deadlines from the receipt date, the pauses and the extension notice, and stores
// the result with the rules version that produced it.
import type { Db } from '../../store/database';
import { computeDeadline, REGIME_RULES, type DeadlineResult, type Regime } from '../../../shared/deadlines';
import { maxDate } from '../../../shared/dates/iso';
import type { Settings } from '../../../shared/model/settings';
import type { PauseRecord } from '../../../shared/model/request';
import { stmt } from './repo';

export interface DeadlineInputs {
  regime: string;
  /** Undefined: the regime's default country. */
  country?: string | null;
  received: string;
  pauses: readonly PauseRecord[];
  extensionNoticeSentOn: string | null;
}

/**
 * `noticeOnRecord`: the extension notice is already stored (showing or recomputing a request), so
 * a notice late under the current rules gives a warning; recording a new one (false) refuses it.
 */
export function deadlineFor(inputs: DeadlineInputs, settings: Settings, today: string, { noticeOnRecord = false } = {}): DeadlineResult {
  const openFrom = inputs.pauses.filter((p) => p.to === null).map((p) => p.from);
  // The organisation's region for this country (Settings), for regional holidays.
  const country = (inputs.country || REGIME_RULES[inputs.regime as Regime]?.defaultCountry || '').toUpperCase();
  const region = settings.holidayRegions[country];
  return computeDeadline({
    regime: inputs.regime,
    ...(inputs.country ? { country: inputs.country } : {}),
    ...(region ? { region } : {}),
    received: inputs.received,
    // An open pause is counted up to today; never before receipt or the pause itself.
    asOf: maxDate(today, inputs.received, ...openFrom),
    pauses: inputs.pauses.map((p) => ({ from: p.from, to: p.to, reason: p.reason })),
    extensionNoticeSentOn: inputs.extensionNoticeSentOn,
    noticeOnRecord,
    internalTargetDays: settings.internalTargetDays,
    calendar: {
      addedHolidays: settings.addedHolidays.map((h) => ({ date: h.date, name: h.name || 'holiday' })),
      removedHolidays: settings.removedHolidays,
    },
    companyClosures: settings.companyClosures.map((c) => ({ date: c.date, name: c.name || 'closed' })),
    readingOverrides: settings.readingOverrides,
  });
}

/** `deadlineFor` of a request just received: no pauses, no extension notice. */
export type ReceiptDeadline = (regime: string, country: string | null, received: string) => DeadlineResult;

/**
 * Receipt deadlines remembered per regime, country and date. An import of years of requests
 * asks for the same few thousand receipt dates again and again (at 100,000 rows the deadline
 * engine was a fifth of the import). Settings and today are fixed within one operation, so the
 * memo lives for one operation only. The results are shared: callers only read them.
 */
export function receiptDeadlines(settings: Settings, today: string): ReceiptDeadline {
  const memo = new Map<string, DeadlineResult>();
  return (regime, country, received) => {
    const key = `${regime}|${country ?? ''}|${received}`;
    let d = memo.get(key);
    if (!d) memo.set(key, (d = deadlineFor({ regime, country, received, pauses: [], extensionNoticeSentOn: null }, settings, today)));
    return d;
  };
}

export function extensionPossible(regime: string): boolean {
  const rules = REGIME_RULES[regime as Regime]?.kinds.standard;
  return Boolean(rules?.extension);
}

export function pausePossible(regime: string): boolean {
  const rules = REGIME_RULES[regime as Regime]?.kinds.standard;
  return Boolean(rules && Object.keys(rules.pause.reasons).length > 0);
}

/** Writes the computed dates onto the row (inside a transaction). */
export function storeDeadline(db: Db, requestId: number, d: DeadlineResult): void {
  stmt(
    db,
    `UPDATE requests SET due = ?, effective_due = ?, extended_due = ?, internal_target = ?, clock_stopped = ?, rules_version = ?
     WHERE id = ?`,
  ).run(d.due, d.effectiveDue, d.extendedDue, d.internalTarget, d.clockStopped ? 1 : 0, d.rulesVersion, requestId);
}
