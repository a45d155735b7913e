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
import { en } from '../i18n/en';
import { explainLines, warningText, type ExplainLanguage } from '../i18n/explain';
import { DEFAULT_LOCALE } from '../i18n/locales';
import { dayOffReason, type CompanyClosure, type LegalCalendar } from './calendar';
import { ExtensionTooLateError } from './errors';
import type { Chain, DayOffReason, ExplainLine, Step, WarningParams } from './explain';
import { REGIME_RULES, type KindRules, type PauseEffect, type PauseReason, type Period, type Regime, type RequestKind } from './regimes';
import { parseDeadlineQuery, type DeadlineQuery, type DeadlineQueryInput } from './schema';
import { RULES_VERSION } from './version';

/** A warning: its code and parameters (rendered in the reader's language) plus the English message. */
export type DeadlineWarning = WarningParams & { message: string };

/** The CLI, the JSON output and the audit trail read the working in English. */
const ENGLISH: ExplainLanguage = { words: en.explain, locale: DEFAULT_LOCALE };

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
  /** The working in English, one line each (the CLI prints these; JSON keeps them). */
  explanation: string[];
  /** The same working as codes and parameters, for writing it in the reader's language. */
  explanationLines: ExplainLine[];
  rulesVersion: string;
  citations: string[];
  warnings: DeadlineWarning[];
}

// ---------------------------------------------------------------------------------------------
// Counting

/** Moves `date` forward to the first working day; returns the skipped reasons for the working. */
export function rollForward(date: IsoDate, cal: LegalCalendar): { date: IsoDate; skipped: DayOffReason[] } {
  const skipped: DayOffReason[] = [];
  let d = date;
  for (let reason = dayOffReason(d, cal); reason !== null; reason = dayOffReason(d, cal)) {
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
    if (dayOffReason(d, cal) === null) n++;
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

/** Reg. 1182/71 Art. 3(2)(c): "31 January + one month" has no 31 February; say so. */
function clampNote(anchor: IsoDate, period: Period, end: IsoDate): ExplainLine | null {
  if (period.unit !== 'months' || !monthAdditionClamps(anchor, period.count)) return null;
  const a = parseIsoDate(anchor);
  const e = parseIsoDate(end);
  if (!a || !e) return null;
  return { code: 'month-end', day: a.day, month: e.month, year: e.year, end };
}

interface Clock {
  /** Day the period runs from: receipt, or the day a restart-type pause was answered. */
  anchor: IsoDate;
  /** The restart that moved the anchor, shown as the first step of every chain. */
  restart: { reason: PauseReason; assumed: boolean } | null;
  /** Suspended calendar days counted after the anchor. */
  suspended: number;
}

interface Computed {
  date: IsoDate;
  chain: Chain;
  notes: ExplainLine[];
}

function restartStep(clock: Clock): Step[] {
  return clock.restart ? [{ label: { kind: 'restart', ...clock.restart }, date: clock.anchor }] : [];
}

/** Period from the clock's anchor, plus suspended days, then (if the regime says so) rolled. */
function computeEnd(received: IsoDate, clock: Clock, period: Period, rollForwardAllowed: boolean, cal: LegalCalendar): Computed {
  const steps: Step[] = restartStep(clock);
  const notes: ExplainLine[] = [];
  let d = periodEnd(clock.anchor, period, cal);
  steps.push({ label: { kind: 'period', period }, date: d });
  const clamp = clampNote(clock.anchor, period, d);
  if (clamp) notes.push(clamp);
  if (clock.suspended > 0) {
    d = addDays(d, clock.suspended);
    steps.push({ label: { kind: 'paused-days', days: clock.suspended }, date: d });
  }
  if (rollForwardAllowed) {
    const r = rollForward(d, cal);
    if (r.skipped.length > 0) steps.push({ label: { kind: 'rolled', reasons: r.skipped }, date: r.date });
    d = r.date;
  }
  return { date: d, chain: { start: received, steps }, notes };
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

function applyPauses(
  q: DeadlineQuery,
  rules: KindRules,
  cal: LegalCalendar,
  warnings: WarningParams[],
  notes: ExplainLine[],
): { clock: Clock; clockStopped: boolean; pausedDays: number } {
  const resolved: ResolvedPause[] = q.pauses.map((p) => {
    const reason = p.reason ?? rules.pause.defaultReason;
    if (!reason) throw new Error('unreachable: pauses on a regime without pause reasons pass validation');
    if (!p.reason) warnings.push({ code: 'PAUSE_REASON_ASSUMED', from: p.from, reason });
    const effect = rules.pause.reasons[reason];
    if (!effect) throw new Error(`unreachable: reason ${reason} passed validation`);
    // An open pause counts until asOf: "if the answer arrived today". Validation guarantees asOf.
    const to = p.to ?? q.asOf ?? p.from;
    return { from: p.from, to, open: p.to === null, reason, effect };
  });
  resolved.sort((a, b) => compareDates(a.from, b.from));

  let anchor = q.received;
  let restart: Clock['restart'] = null;
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
    const current = computeEnd(q.received, { anchor, restart, suspended: countSuspended(anchor) }, rules.period, rules.rollForward, cal);
    if (compareDates(p.from, current.date) > 0) {
      warnings.push({ code: 'PAUSE_AFTER_DEADLINE', reason: p.reason, from: p.from, due: current.date });
      continue;
    }
    const lag = daysBetween(q.received, p.from);
    if (rules.pause.undueDelayDays !== null && lag > rules.pause.undueDelayDays)
      warnings.push({ code: 'PAUSE_UNDUE_DELAY', reason: p.reason, days: lag, from: p.from });
    if (p.open) {
      clockStopped = true;
      warnings.push({ code: 'CLOCK_STOPPED', reason: p.reason, from: p.from, assumedTo: p.to });
    }
    const line = { code: 'pause', reason: p.reason, from: p.from, to: p.to, open: p.open, citation: rules.pause.citation } as const;
    if (p.effect.kind === 'restart') {
      notes.push({ ...line, effect: 'restart', days: 0 });
      if (compareDates(p.to, anchor) > 0) {
        anchor = p.to;
        restart = { reason: p.reason, assumed: p.open };
      }
    } else {
      const first = toDayNumber(p.from);
      const last = toDayNumber(p.to) - (p.effect.inclusive ? 0 : 1);
      for (let d = first; d <= last; d++) suspendedDays.add(d);
      notes.push({ ...line, effect: p.effect.inclusive ? 'suspend-inclusive' : 'suspend', days: Math.max(0, last - first + 1) });
    }
  }
  const suspended = countSuspended(anchor);
  return {
    clock: { anchor, restart, suspended },
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
): { date: IsoDate; line: ExplainLine } {
  const closed = new Map(closures.map((c) => [c.date, c.name]));
  const steps: Step[] = restartStep(clock);
  let d = addDays(clock.anchor, q.internalTargetDays + clock.suspended);
  steps.push({ label: { kind: 'target-days', days: q.internalTargetDays, paused: clock.suspended }, date: d });
  if (compareDates(d, effectiveDue) > 0) {
    d = effectiveDue;
    steps.push({ label: { kind: 'capped' }, date: d });
  }
  // The target is a day the team works: move it EARLIER over weekends, legal holidays and
  // company closures (never past receipt). Closures only ever touch this date, never `due`.
  const skipped: DayOffReason[] = [];
  while (compareDates(d, q.received) > 0) {
    const closure = closed.get(d);
    const reason: DayOffReason | null = dayOffReason(d, cal) ?? (closure !== undefined ? { kind: 'closure', name: closure } : null);
    if (reason === null) break;
    skipped.push(reason);
    d = addDays(d, -1);
  }
  if (skipped.length) steps.push({ label: { kind: 'moved-earlier', reasons: skipped }, date: d });
  return { date: d, line: { code: 'internal-target', chain: { start: q.received, steps } } };
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
  const warnings: WarningParams[] = [];
  const pauseNotes: ExplainLine[] = [];

  const { clock, clockStopped, pausedDays } = applyPauses(q, rules, cal, warnings, pauseNotes);
  const main = computeEnd(q.received, clock, rules.period, rules.rollForward, cal);
  const due = main.date;

  const ext = rules.extension ? computeEnd(q.received, clock, rules.extension.period, rules.rollForward, cal) : null;
  const noticeCitation = rules.extension?.citation ?? rules.deferral?.citation ?? null;
  const extensionNoticeBy = noticeCitation ? due : null;

  let extended = false;
  const sent = q.extensionNoticeSentOn;
  if (sent !== null && extensionNoticeBy !== null && noticeCitation !== null) {
    if (compareDates(sent, extensionNoticeBy) > 0) throw new ExtensionTooLateError(sent, extensionNoticeBy, noticeCitation);
    extended = ext !== null;
    if (rules.deferral) warnings.push({ code: 'DEFERRED', sent, citation: rules.deferral.citation });
  }
  const effectiveDue = extended && ext ? ext.date : due;

  const ack = rules.acknowledgement
    ? computeEnd(q.received, { anchor: q.received, restart: null, suspended: 0 }, rules.acknowledgement.period, false, cal)
    : null;

  const target = internalTarget(q, clock, effectiveDue, cal, q.companyClosures);

  const closure = q.companyClosures.find((c) => c.date === effectiveDue);
  if (closure) warnings.push({ code: 'DUE_ON_COMPANY_CLOSURE', date: effectiveDue, name: closure.name });

  // Explanation: the main chain first, exactly "received … · one month → … · weekend → …".
  const lines: ExplainLine[] = [{ code: 'due', chain: main.chain }, ...main.notes];
  const receiptReason = dayOffReason(q.received, cal);
  if (receiptReason !== null && rules.period.unit !== 'business-days') lines.push({ code: 'received-day-off', reasons: [receiptReason] });
  lines.push(...pauseNotes);
  if (clockStopped) lines.push({ code: 'clock-stopped' });
  if (ext && extensionNoticeBy) {
    lines.push({ code: 'extension', chain: ext.chain });
    lines.push(
      sent !== null
        ? { code: 'extension-sent', sent, by: extensionNoticeBy }
        : { code: 'extension-needs-notice', by: extensionNoticeBy, citation: noticeCitation ?? '' },
    );
  } else if (rules.deferral && extensionNoticeBy) {
    lines.push({ code: 'deferral', by: extensionNoticeBy, citation: rules.deferral.citation });
  } else {
    lines.push({ code: 'no-extension' });
  }
  if (ack && rules.acknowledgement) lines.push({ code: 'acknowledge', chain: ack.chain, citation: rules.acknowledgement.citation });
  lines.push(target.line);
  lines.push({
    code: 'rules',
    version: RULES_VERSION,
    citation: rules.citation,
    rollForward: rules.rollForward,
    rollCitation: rules.rollCitation,
    calendar: `${q.country}${q.region ? `-${q.region}` : ''}`,
  });

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
    explanation: explainLines(lines, ENGLISH),
    explanationLines: lines,
    rulesVersion: RULES_VERSION,
    citations,
    warnings: warnings.map((w) => ({ ...w, message: warningText(w, ENGLISH) })),
  };
}
