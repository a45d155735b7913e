/**
 * The deadline engine: one pure function from a validated query to dates plus their working.
 * Everything regime-specific comes from the regime object (regimes/*.ts); this file only knows
 * how to count periods, apply a pause effect, roll forward and explain.
 */
import {
  addDays,
  addMonthsClamped,
  compareDates,
  daysBetween,
  monthAdditionClamps,
  parseIsoDate,
  toDayNumber,
  type IsoDate,
} from '../dates/iso';
import { formatDay } from '../dates/format';
import { nonWorkingReason, type CompanyClosure, type LegalCalendar } from './calendar';
import { ExtensionTooLateError } from './errors';
import { chainText, plural, skippedLabel, type Chain, type Step } from './explain';
import { REGIME_RULES, type KindRules, type PauseEffect, type PauseReason, type Period, type Regime, type RequestKind } from './regimes';
import { parseDeadlineQuery, type DeadlineQuery, type DeadlineQueryInput } from './schema';
import { RULES_VERSION } from './version';

export interface DeadlineWarning {
  code:
    | 'PAUSE_UNDUE_DELAY'
    | 'PAUSE_AFTER_DEADLINE'
    | 'PAUSE_REASON_ASSUMED'
    | 'CLOCK_STOPPED'
    | 'DEFERRED'
    | 'DUE_ON_COMPANY_CLOSURE';
  message: string;
}

export interface DeadlineResult {
  regime: Regime;
  kind: RequestKind;
  country: string;
  /** Holiday subdivision used (GB 'ENG' by default for uk-gdpr, US 'CA' for ccpa), or null. */
  region: string | null;
  received: IsoDate;
  /** The legal deadline without extension (pauses included). */
  due: IsoDate;
  /** The deadline if extended; null where the law has no fixed extension. */
  extendedDue: IsoDate | null;
  /** Last day to send the extension (or FADP deferral) notice; null where there is none. */
  extensionNoticeBy: IsoDate | null;
  /** Acknowledgement deadline (CCPA §7021(a)); null where the regime has none. */
  acknowledgeBy: IsoDate | null;
  /** Internal working target (default 28 days), never after effectiveDue. */
  internalTarget: IsoDate;
  /** The deadline that binds now: extendedDue when a valid extension notice is recorded, else due. */
  effectiveDue: IsoDate;
  /** True when a valid extension notice is recorded and extendedDue binds. */
  extended: boolean;
  /** True while a pause is open: the dates are provisional and move later each day. */
  clockStopped: boolean;
  /** Calendar days the clock stood still (for a restart: from receipt to the restart day). */
  pausedDays: number;
  explanation: string[];
  rulesVersion: string;
  citations: string[];
  warnings: DeadlineWarning[];
}

// ---------------------------------------------------------------------------------------------
// Counting

/** Moves `date` forward to the first working day; returns the skipped reasons for the working. */
export function rollForward(date: IsoDate, cal: LegalCalendar): { date: IsoDate; skipped: string[] } {
  const skipped: string[] = [];
  let d = date;
  for (let reason = nonWorkingReason(d, cal); reason !== null; reason = nonWorkingReason(d, cal)) {
    skipped.push(reason);
    d = addDays(d, 1);
    if (skipped.length > 31) throw new Error(`rollForward: no working day within a month after ${date} in ${cal.country}`);
  }
  return { date: d, skipped };
}

/** The Nth working day after `anchor` (the anchor day itself is never counted). */
export function addBusinessDays(anchor: IsoDate, count: number, cal: LegalCalendar): IsoDate {
  let d = anchor;
  for (let n = 0; n < count; ) {
    d = addDays(d, 1);
    if (nonWorkingReason(d, cal) === null) n++;
  }
  return d;
}

function periodEnd(anchor: IsoDate, period: Period, cal: LegalCalendar): IsoDate {
  switch (period.unit) {
    case 'months':
      return addMonthsClamped(anchor, period.count);
    case 'days':
      return addDays(anchor, period.count);
    case 'business-days':
      return addBusinessDays(anchor, period.count, cal);
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function clampNote(anchor: IsoDate, period: Period, end: IsoDate): string | null {
  if (period.unit !== 'months' || !monthAdditionClamps(anchor, period.count)) return null;
  const a = parseIsoDate(anchor);
  const e = parseIsoDate(end);
  if (!a || !e) return null;
  return (
    `There is no ${a.day} ${MONTHS[e.month - 1]} ${e.year}: a period in months then ends on the last day of that month, ` +
    `${formatDay(end)} (Reg. 1182/71 Art. 3(2)(c))`
  );
}

interface Clock {
  /** Day the period runs from: receipt, or the day a restart-type pause was answered. */
  anchor: IsoDate;
  restartLabel: string | null;
  /** Suspended calendar days counted after the anchor. */
  suspended: number;
}

interface Computed {
  date: IsoDate;
  chain: Chain;
  notes: string[];
}

/** Period from the clock's anchor, plus suspended days, then (if the regime says so) rolled. */
function computeEnd(
  received: IsoDate,
  clock: Clock,
  period: Period,
  periodLabel: string,
  rollForwardAllowed: boolean,
  cal: LegalCalendar,
): Computed {
  const steps: Step[] = [];
  const notes: string[] = [];
  if (clock.restartLabel) steps.push({ label: clock.restartLabel, date: clock.anchor });
  let d = periodEnd(clock.anchor, period, cal);
  steps.push({ label: periodLabel, date: d });
  const clamp = clampNote(clock.anchor, period, d);
  if (clamp) notes.push(clamp);
  if (clock.suspended > 0) {
    d = addDays(d, clock.suspended);
    steps.push({ label: `+${plural(clock.suspended, 'paused day', 'paused days')}`, date: d });
  }
  if (rollForwardAllowed) {
    const r = rollForward(d, cal);
    if (r.skipped.length > 0) steps.push({ label: skippedLabel(r.skipped), date: r.date });
    d = r.date;
  }
  return { date: d, chain: { startLabel: 'received', start: received, steps }, notes };
}

// ---------------------------------------------------------------------------------------------
// Pauses

interface ResolvedPause {
  from: IsoDate;
  to: IsoDate;
  open: boolean;
  reason: PauseReason;
  effect: PauseEffect;
}

const REASON_WORDS: Record<PauseReason, { asked: string; arrived: string }> = {
  identity: { asked: 'identity proof', arrived: 'identity proof received' },
  clarification: { asked: 'clarification', arrived: 'clarification received' },
  fee: { asked: 'fee', arrived: 'fee paid' },
  'third-party-authority': { asked: "third party's authority", arrived: 'authority received' },
};

function applyPauses(
  q: DeadlineQuery,
  rules: KindRules,
  cal: LegalCalendar,
  warnings: DeadlineWarning[],
  notes: string[],
): { clock: Clock; clockStopped: boolean; pausedDays: number } {
  const resolved: ResolvedPause[] = q.pauses.map((p) => {
    const reason = p.reason ?? rules.pause.defaultReason;
    if (!reason) throw new Error('unreachable: pauses on a regime without pause reasons pass validation');
    if (!p.reason)
      warnings.push({
        code: 'PAUSE_REASON_ASSUMED',
        message: `pause from ${formatDay(p.from)} has no reason; treated as "${reason}"`,
      });
    const effect = rules.pause.reasons[reason];
    if (!effect) throw new Error(`unreachable: reason ${reason} passed validation`);
    // An open pause counts until asOf: "if the answer arrived today". Validation guarantees asOf.
    const to = p.to ?? q.asOf ?? p.from;
    return { from: p.from, to, open: p.to === null, reason, effect };
  });
  resolved.sort((a, b) => compareDates(a.from, b.from));

  let anchor = q.received;
  let restartLabel: string | null = null;
  const suspendedDays = new Set<number>();
  const countSuspended = (a: IsoDate): number => {
    const start = toDayNumber(a);
    let n = 0;
    for (const d of suspendedDays) if (d >= start) n++;
    return n;
  };
  let clockStopped = false;

  for (const p of resolved) {
    // A pause asked after the deadline has passed cannot revive it.
    const current = computeEnd(q.received, { anchor, restartLabel, suspended: countSuspended(anchor) }, rules.period, '', rules.rollForward, cal);
    const words = REASON_WORDS[p.reason];
    if (compareDates(p.from, current.date) > 0) {
      warnings.push({
        code: 'PAUSE_AFTER_DEADLINE',
        message: `pause for ${words.asked} asked on ${formatDay(p.from)}, after the deadline of ${formatDay(current.date)}: ignored`,
      });
      continue;
    }
    const lag = daysBetween(q.received, p.from);
    if (rules.pause.undueDelayDays !== null && lag > rules.pause.undueDelayDays)
      warnings.push({
        code: 'PAUSE_UNDUE_DELAY',
        message:
          `${words.asked} was asked ${plural(lag, 'day', 'days')} after receipt (${formatDay(p.from)}): ` +
          `not "without undue delay"; a regulator may not accept this pause`,
      });
    if (p.open) {
      clockStopped = true;
      warnings.push({
        code: 'CLOCK_STOPPED',
        message: `clock stopped since ${formatDay(p.from)} waiting for ${words.asked}; dates assume it arrives on ${formatDay(p.to)} and move later each day it does not`,
      });
    }
    const answered = p.open ? `still open, counted to ${formatDay(p.to)}` : `answered ${formatDay(p.to)}`;
    if (p.effect.kind === 'restart') {
      notes.push(`Pause (${words.asked}): asked ${formatDay(p.from)}, ${answered}; the period starts again from that day (${rules.pause.citation})`);
      if (compareDates(p.to, anchor) > 0) {
        anchor = p.to;
        restartLabel = p.open ? `${words.asked} awaited, assumed` : words.arrived;
      }
    } else {
      const first = toDayNumber(p.from);
      const last = toDayNumber(p.to) - (p.effect.inclusive ? 0 : 1);
      for (let d = first; d <= last; d++) suspendedDays.add(d);
      const n = Math.max(0, last - first + 1);
      notes.push(
        `Pause (${words.asked}): asked ${formatDay(p.from)}, ${answered}; ${plural(n, 'day', 'days')} do not count` +
          (p.effect.inclusive ? ' (the day asked and the day answered both excluded)' : ' (from the day asked up to the day answered)') +
          ` (${rules.pause.citation})`,
      );
    }
  }
  const suspended = countSuspended(anchor);
  return {
    clock: { anchor, restartLabel, suspended },
    clockStopped,
    pausedDays: daysBetween(q.received, anchor) + suspended,
  };
}

// ---------------------------------------------------------------------------------------------
// Internal target

function internalTarget(
  q: DeadlineQuery,
  clock: Clock,
  effectiveDue: IsoDate,
  cal: LegalCalendar,
  closures: CompanyClosure[],
): { date: IsoDate; line: string } {
  const closed = new Map(closures.map((c) => [c.date, c.name]));
  const steps: Step[] = [];
  if (clock.restartLabel) steps.push({ label: clock.restartLabel, date: clock.anchor });
  let d = addDays(clock.anchor, q.internalTargetDays + clock.suspended);
  steps.push({ label: plural(q.internalTargetDays, 'day', 'days') + (clock.suspended ? ` +${clock.suspended} paused` : ''), date: d });
  if (compareDates(d, effectiveDue) > 0) {
    d = effectiveDue;
    steps.push({ label: 'capped at the legal deadline', date: d });
  }
  // The target is a day the team works: move it EARLIER over weekends, legal holidays and
  // company closures (never past receipt). Closures only ever touch this date, never `due`.
  const skipped: string[] = [];
  while (compareDates(d, q.received) > 0) {
    const reason = nonWorkingReason(d, cal) ?? (closed.has(d) ? `company closed (${closed.get(d)})` : null);
    if (reason === null) break;
    skipped.push(reason);
    d = addDays(d, -1);
  }
  if (skipped.length) steps.push({ label: `${skippedLabel(skipped)}, moved earlier`, date: d });
  return { date: d, line: `Internal target: ${chainText({ startLabel: 'received', start: q.received, steps })}` };
}

// ---------------------------------------------------------------------------------------------

/**
 * Computes the legal deadline(s) for a request. Pure: the same query always gives the same
 * result (an open pause needs `asOf`, today's date, in the query).
 *
 * @throws DeadlineQueryError for invalid input (field-level issues)
 * @throws ExtensionTooLateError when an extension notice is recorded after the allowed date
 */
export function computeDeadline(input: DeadlineQueryInput | DeadlineQuery): DeadlineResult {
  const q = parseDeadlineQuery(input);
  const regime = REGIME_RULES[q.regime];
  const rules = regime.kinds[q.kind];
  if (!rules) throw new Error(`unreachable: kind ${q.kind} passed validation for ${q.regime}`);
  const cal: LegalCalendar = { country: q.country, region: q.region, overrides: q.calendar };
  const warnings: DeadlineWarning[] = [];
  const pauseNotes: string[] = [];

  const { clock, clockStopped, pausedDays } = applyPauses(q, rules, cal, warnings, pauseNotes);
  const main = computeEnd(q.received, clock, rules.period, rules.periodLabel, rules.rollForward, cal);
  const due = main.date;

  const ext = rules.extension ? computeEnd(q.received, clock, rules.extension.period, rules.extension.periodLabel, rules.rollForward, cal) : null;
  const noticeCitation = rules.extension?.citation ?? rules.deferral?.citation ?? null;
  const extensionNoticeBy = noticeCitation ? due : null;

  let extended = false;
  const sent = q.extensionNoticeSentOn;
  if (sent !== null && extensionNoticeBy !== null && noticeCitation !== null) {
    if (compareDates(sent, extensionNoticeBy) > 0) throw new ExtensionTooLateError(sent, extensionNoticeBy, noticeCitation);
    extended = ext !== null;
    if (rules.deferral)
      warnings.push({
        code: 'DEFERRED',
        message: `deferral notice sent on ${formatDay(sent)}: the information is due by the date given in that notice (${rules.deferral.citation})`,
      });
  }
  const effectiveDue = extended && ext ? ext.date : due;

  const ack = rules.acknowledgement
    ? computeEnd(q.received, { anchor: q.received, restartLabel: null, suspended: 0 }, rules.acknowledgement.period, rules.acknowledgement.periodLabel, false, cal)
    : null;

  const target = internalTarget(q, clock, effectiveDue, cal, q.companyClosures);

  const closure = q.companyClosures.find((c) => c.date === effectiveDue);
  if (closure)
    warnings.push({
      code: 'DUE_ON_COMPANY_CLOSURE',
      message: `the office is closed on ${formatDay(effectiveDue)} (${closure.name}); the legal deadline does not move, so respond before it`,
    });

  // Explanation: the main chain first, exactly "received … · one month → … · weekend → …".
  const explanation: string[] = [chainText(main.chain), ...main.notes];
  const receiptReason = nonWorkingReason(q.received, cal);
  if (receiptReason !== null && rules.period.unit !== 'business-days')
    explanation.push(
      `Received on a non-working day (${receiptReason}): the period still runs from that day; periods include Saturdays, Sundays and holidays`,
    );
  explanation.push(...pauseNotes);
  if (clockStopped) explanation.push('The clock is stopped: a pause is still open, so these dates are provisional');
  if (ext && extensionNoticeBy) {
    explanation.push(`Extension: ${chainText(ext.chain)}`);
    explanation.push(
      sent !== null
        ? `Extension notice sent ${formatDay(sent)}, in time (by ${formatDay(extensionNoticeBy)}): the extended deadline binds`
        : `An extension needs a notice with reasons sent by ${formatDay(extensionNoticeBy)} (${noticeCitation})`,
    );
  } else if (rules.deferral && extensionNoticeBy) {
    explanation.push(`If the answer will be late, tell the person by ${formatDay(extensionNoticeBy)} and say by when (${rules.deferral.citation})`);
  } else {
    explanation.push('No extension is possible for this request');
  }
  if (ack && rules.acknowledgement) explanation.push(`Acknowledge: ${chainText(ack.chain)} (${rules.acknowledgement.citation})`);
  explanation.push(target.line);
  explanation.push(
    `Rules ${RULES_VERSION}: ${rules.citation}; ${rules.rollForward ? `roll-forward: ${rules.rollCitation}` : rules.rollCitation}; ` +
      `holidays: ${q.country}${q.region ? `-${q.region}` : ''} legal calendar`,
  );

  const citations = [rules.citation, rules.rollCitation];
  if (rules.extension) citations.push(rules.extension.citation);
  if (rules.deferral) citations.push(rules.deferral.citation);
  if (rules.acknowledgement) citations.push(rules.acknowledgement.citation);
  if (q.pauses.length) citations.push(rules.pause.citation);

  return {
    regime: q.regime,
    kind: q.kind,
    country: q.country,
    region: q.region ?? null,
    received: q.received,
    due,
    extendedDue: ext?.date ?? null,
    extensionNoticeBy,
    acknowledgeBy: ack?.date ?? null,
    internalTarget: target.date,
    effectiveDue,
    extended,
    clockStopped,
    pausedDays,
    explanation,
    rulesVersion: RULES_VERSION,
    citations,
    warnings,
  };
}
