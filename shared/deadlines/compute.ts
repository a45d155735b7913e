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
import { hasAssimilatedDays } from './data/assimilated';
import { ExtensionTooLateError } from './errors';
import type { AlternativeField, Chain, DayOffReason, ExplainLine, ReadingKey, Step, WarningParams } from './explain';
import {
  PLAIN_READING,
  REGIME_RULES,
  type KindRules,
  type PauseEffect,
  type PauseReason,
  type Period,
  type ReadingChoice,
  type ReadingId,
  type Regime,
  type RegimeRules,
  type RequestKind,
} from './regimes';
import { parseDeadlineQuery, type DeadlineQuery, type DeadlineQueryInput } from './schema';
import { RULES_VERSION } from './version';

/** A warning: its code and parameters (rendered in the reader's language) plus the English message. */
export type DeadlineWarning = WarningParams & { message: string };

/**
 * A later date another defensible reading of the texts gives. The engine's own dates are the
 * earliest defensible ones; each alternative names the reading and its source, never earlier.
 */
export interface DeadlineAlternative {
  field: AlternativeField;
  date: IsoDate;
  reading: ReadingKey;
  source: string;
}

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
  /** Later dates other readings give (empty when every reading agrees). */
  alternatives: DeadlineAlternative[];
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
/** How an end date rolls: not at all, over any day off, or only when it is a holiday (LGPD). */
type Roll = 'none' | 'any-day-off' | 'holiday-only';

function computeEnd(received: IsoDate, clock: Clock, period: Period, roll: Roll, cal: LegalCalendar, further?: Period): Computed {
  const steps: Step[] = restartStep(clock);
  const notes: ExplainLine[] = [];
  let d = periodEnd(clock.anchor, period, cal);
  steps.push({ label: { kind: 'period', period }, date: d });
  const clamp = clampNote(clock.anchor, period, d);
  if (clamp) notes.push(clamp);
  if (further) {
    // A further period runs from the end of the first one (before any roll-forward).
    const start = d;
    d = periodEnd(start, further, cal);
    steps.push({ label: { kind: 'further', period: further }, date: d });
    const c2 = clampNote(start, further, d);
    if (c2) notes.push(c2);
  }
  if (clock.suspended > 0) {
    d = addDays(d, clock.suspended);
    steps.push({ label: { kind: 'paused-days', days: clock.suspended }, date: d });
  }
  const rolls = roll === 'any-day-off' || (roll === 'holiday-only' && dayOffReason(d, cal)?.kind === 'holiday');
  if (rolls) {
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
  choice: Choice,
  warnings: WarningParams[],
  notes: ExplainLine[],
): { clock: Clock; clockStopped: boolean; pausedDays: number } {
  const roll = rollOf(rules, choice);
  const pauseCitation = citationAt(rules.pause.citation, rules.pause.earlierCitation, q.received);
  const resolved: ResolvedPause[] = q.pauses.map((p) => {
    const reason = p.reason ?? choice.bareReason ?? rules.pause.defaultReason;
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
    const current = computeEnd(q.received, { anchor, restart, suspended: countSuspended(anchor) }, rules.period, roll, cal);
    if (compareDates(p.from, current.date) > 0) {
      warnings.push({ code: 'PAUSE_AFTER_DEADLINE', reason: p.reason, from: p.from, due: current.date });
      continue;
    }
    const lag = daysBetween(q.received, p.from);
    if (rules.pause.undueDelayDays !== null && lag > rules.pause.undueDelayDays) {
      // EDPB Guidelines 01/2022: only information asked without undue delay justifies the time
      // it takes. Where the regime has that reading, a late pause does not move the dates.
      const ignored = !choice.honourLatePauses;
      warnings.push({ code: 'PAUSE_UNDUE_DELAY', reason: p.reason, days: lag, from: p.from, ignored });
      if (ignored) continue;
    }
    if (p.open) {
      clockStopped = true;
      warnings.push({ code: 'CLOCK_STOPPED', reason: p.reason, from: p.from, assumedTo: p.to });
    }
    const line = { code: 'pause', reason: p.reason, from: p.from, to: p.to, open: p.open, citation: pauseCitation } as const;
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

// Readings

/** The readings the dates are computed with, plus the reason read into a pause recorded without one. */
interface Choice extends ReadingChoice {
  bareReason: PauseReason | null;
}

function rollOf(rules: KindRules, choice: Choice): Roll {
  if (!rules.rollForward) return 'none';
  return choice.rollOverWeekends ? 'any-day-off' : 'holiday-only';
}

/** The citation in force on the day of receipt (e.g. the ICO's guidance before the DUAA 2025). */
function citationAt(current: string, earlier: { before: string; citation: string } | undefined, received: IsoDate): string {
  return earlier && compareDates(received, earlier.before) < 0 ? earlier.citation : current;
}

interface Core {
  cal: LegalCalendar;
  clock: Clock;
  clockStopped: boolean;
  pausedDays: number;
  main: Computed;
  ext: Computed | null;
  ack: Computed | null;
  warnings: WarningParams[];
  pauseNotes: ExplainLine[];
}

/** The dates under one set of readings. */
function computeCore(q: DeadlineQuery, rules: KindRules, choice: Choice): Core {
  const cal: LegalCalendar = {
    country: q.country,
    region: q.region,
    overrides: q.calendar,
    countAssimilated: choice.countAssimilated,
    saturdayIsWorkingDay: choice.saturdayIsWorkingDay,
  };
  const warnings: WarningParams[] = [];
  const pauseNotes: ExplainLine[] = [];
  const roll = rollOf(rules, choice);
  const { clock, clockStopped, pausedDays } = applyPauses(q, rules, cal, choice, warnings, pauseNotes);
  const main = computeEnd(q.received, clock, rules.period, roll, cal);
  const ext = rules.extension
    ? choice.extensionFromFirstPeriod && rules.extension.further
      ? computeEnd(q.received, clock, rules.period, roll, cal, rules.extension.further)
      : computeEnd(q.received, clock, rules.extension.period, roll, cal)
    : null;
  const ack = rules.acknowledgement
    ? computeEnd(q.received, { anchor: q.received, restart: null, suspended: 0 }, rules.acknowledgement.period, 'none', cal)
    : null;
  return { cal, clock, clockStopped, pausedDays, main, ext, ack, warnings, pauseNotes };
}

function fieldsOf(core: Core, hasNotice: boolean): Array<[AlternativeField, IsoDate | null]> {
  return [
    ['due', core.main.date],
    ['extendedDue', core.ext?.date ?? null],
    ['extensionNoticeBy', hasNotice ? core.main.date : null],
    ['acknowledgeBy', core.ack?.date ?? null],
  ];
}

/**
 * The earliest readings, and every later date another reading gives. Each reading is varied on
 * its own from the earliest set, so an alternative names exactly one reading.
 */
function chooseReadings(
  q: DeadlineQuery,
  rules: KindRules,
): { base: Core; choice: Choice; alternatives: DeadlineAlternative[]; taken: ExplainLine[]; overridden: WarningParams[] } {
  // The DPO may take a later reading in Settings, with a recorded reason; it is then named in a
  // warning together with the earliest date it gives up.
  const overrides = new Map(q.readingOverrides.map((o) => [o.reading, o.reason]));
  const chosen = rules.readings.filter((r) => overrides.has(r.id));
  let earliest: Choice = { ...PLAIN_READING, bareReason: null };
  for (const r of rules.readings) earliest = { ...earliest, ...(overrides.has(r.id) ? r.other : r.earliest) };

  // A pause recorded without a reason: every reason the regime allows is a reading; the one
  // giving the earliest `due` is taken (ties: the regime's default reason).
  const hasBare = q.pauses.some((p) => !p.reason);
  const reasons = Object.keys(rules.pause.reasons) as PauseReason[];
  let base = computeCore(q, rules, earliest);
  const others: Array<{ core: Core; reading: ReadingKey; source: string }> = [];
  if (hasBare && reasons.length > 1) {
    const byReason = reasons.map((reason) => ({ reason, core: computeCore(q, rules, { ...earliest, bareReason: reason }) }));
    const def = rules.pause.defaultReason;
    byReason.sort((a, b) => compareDates(a.core.main.date, b.core.main.date) || (a.reason === def ? -1 : b.reason === def ? 1 : 0));
    const best = byReason[0]!;
    earliest = { ...earliest, bareReason: best.reason };
    base = best.core;
    for (const o of byReason.slice(1)) others.push({ core: o.core, reading: `pause-reason:${o.reason}`, source: rules.pause.citation });
  }
  for (const r of rules.readings) {
    if (!overrides.has(r.id) && readingCanMatter(r.id, q)) others.push({ core: computeCore(q, rules, { ...earliest, ...r.other }), reading: r.id, source: r.otherSource });
  }

  const hasNotice = Boolean(rules.extension ?? rules.deferral);
  const baseFields = new Map(fieldsOf(base, hasNotice));
  const overridden: WarningParams[] = [];
  for (const r of chosen) {
    const without = computeCore(q, rules, { ...earliest, ...r.earliest });
    for (const [field, date] of fieldsOf(without, hasNotice)) {
      const mine = baseFields.get(field);
      if (date !== null && mine !== null && mine !== undefined && compareDates(date, mine) < 0)
        overridden.push({ code: 'READING_OVERRIDDEN', reading: r.id, reason: overrides.get(r.id)!, field, earliest: date });
    }
  }
  const alternatives: DeadlineAlternative[] = [];
  const taken: ExplainLine[] = [];
  for (const o of others) {
    let differs = false;
    for (const [field, date] of fieldsOf(o.core, hasNotice)) {
      const mine = baseFields.get(field);
      if (date === null || mine === null || mine === undefined || compareDates(date, mine) <= 0) continue;
      alternatives.push({ field, date, reading: o.reading, source: o.source });
      differs = true;
    }
    if (!differs) continue;
    const reading = rules.readings.find((r) => r.id === o.reading);
    taken.push({
      code: 'reading',
      reading: reading ? reading.id : 'pause-reason',
      pauseReason: earliest.bareReason,
      source: reading ? reading.earliestSource : rules.pause.citation,
    });
  }
  return { base, choice: earliest, alternatives, taken: dedupeTaken(taken), overridden };
}

/** A reading that cannot change this query's dates is not computed (it could name no alternative). */
function readingCanMatter(id: ReadingId, q: DeadlineQuery): boolean {
  if (id === 'late-pause') return q.pauses.length > 0;
  if (id === 'assimilated-days') return hasAssimilatedDays(q.country);
  return true;
}

function dedupeTaken(lines: ExplainLine[]): ExplainLine[] {
  const seen = new Set<string>();
  return lines.filter((l) => {
    const key = JSON.stringify(l);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function regimeWarnings(q: DeadlineQuery, regime: RegimeRules): WarningParams[] {
  // Each regime's first day (GDPR Art. 99(2), …): before it the dates follow a law that did not
  // yet apply, so say so instead of answering as if it did.
  return compareDates(q.received, regime.appliesFrom.date) < 0
    ? [{ code: 'BEFORE_REGIME_APPLIED', received: q.received, from: regime.appliesFrom.date, regime: regime.name, citation: regime.appliesFrom.citation }]
    : [];
}

// ---------------------------------------------------------------------------------------------

/**
 * Computes the legal deadline(s) for a request. Pure: the same query always gives the same
 * result (an open pause needs `asOf`, today's date, in the query).
 *
 * Where the texts allow more than one reading, every date is the EARLIEST defensible one and
 * `alternatives` lists the later dates other readings give, each with its source.
 *
 * @throws DeadlineQueryError for invalid input (field-level issues)
 * @throws ExtensionTooLateError when an extension notice is recorded after the allowed date
 */
export function computeDeadline(input: DeadlineQueryInput | DeadlineQuery): DeadlineResult {
  const q = parseDeadlineQuery(input);
  const regime = REGIME_RULES[q.regime];
  const rules = regime.kinds[q.kind];
  if (!rules) throw new Error(`unreachable: kind ${q.kind} passed validation for ${q.regime}`);
  const { base, alternatives, taken, overridden } = chooseReadings(q, rules);
  const { cal, clock, clockStopped, pausedDays, main, ext, ack } = base;
  const warnings: WarningParams[] = [...regimeWarnings(q, regime), ...overridden, ...base.warnings];
  const pauseNotes = base.pauseNotes;
  const due = main.date;
  const citation = citationAt(rules.citation, rules.earlierCitation, q.received);

  const noticeCitation = rules.extension?.citation ?? rules.deferral?.citation ?? null;
  const extensionNoticeBy = noticeCitation ? due : null;

  let extended = false;
  const sent = q.extensionNoticeSentOn;
  if (sent !== null && extensionNoticeBy !== null && noticeCitation !== null) {
    if (compareDates(sent, extensionNoticeBy) <= 0) {
      extended = ext !== null;
      if (rules.deferral) warnings.push({ code: 'DEFERRED', sent, citation: rules.deferral.citation });
    } else if (q.noticeOnRecord) {
      // Sent in time under the rules of its day, late under these (the earliest reading): it
      // extends nothing, and the DPO is told rather than shown a date the law may not give.
      warnings.push({ code: 'EXTENSION_NOTICE_LATE', sent, by: extensionNoticeBy, citation: noticeCitation });
    } else {
      throw new ExtensionTooLateError(sent, extensionNoticeBy, noticeCitation);
    }
  }
  const effectiveDue = extended && ext ? ext.date : due;

  // The internal target is a day the team works, whatever a reading says about Saturdays.
  const target = internalTarget(q, clock, effectiveDue, { ...cal, saturdayIsWorkingDay: false }, q.companyClosures);

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
  lines.push(...taken);
  for (const a of alternatives) lines.push({ code: 'alternative', field: a.field, date: a.date, reading: a.reading, source: a.source });
  lines.push({
    code: 'rules',
    version: RULES_VERSION,
    citation,
    rollForward: rules.rollForward,
    rollCitation: rules.rollCitation,
    calendar: `${q.country}${q.region ? `-${q.region}` : ''}`,
  });

  const citations = [citation, rules.rollCitation];
  if (rules.extension) citations.push(rules.extension.citation);
  if (rules.deferral) citations.push(rules.deferral.citation);
  if (rules.acknowledgement) citations.push(rules.acknowledgement.citation);
  if (q.pauses.length) citations.push(citationAt(rules.pause.citation, rules.pause.earlierCitation, q.received));
  // The sources of the readings taken and of the alternatives named.
  for (const l of taken) if (l.code === 'reading' && !citations.includes(l.source)) citations.push(l.source);
  for (const alt of alternatives) if (!citations.includes(alt.source)) citations.push(alt.source);

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
    alternatives,
  };
}
