/**
 * Writes the deadline engine's working (codes and parameters, shared/deadlines/explain.ts) in a
 * language: the catalog gives the words, Intl the dates.
 */
import { formatDay, formatMonth } from '../dates/format';
import type { Chain, DayOffReason, ExplainLine, ReadingKey, StepLabel, WarningParams } from '../deadlines/explain';
import type { PauseReason, ReadingId } from '../deadlines/regimes/types';
import type { Catalog } from './catalog';

type Words = Catalog['explain'];

export interface ExplainLanguage {
  words: Words;
  locale: string;
}

function reasonText(r: DayOffReason, w: Words): string {
  return r.kind === 'weekend' ? w.weekend : r.kind === 'closure' ? w.companyClosed(r.name) : r.name;
}

function reasonsText(reasons: DayOffReason[], w: Words): string {
  return [...new Set(reasons.map((r) => reasonText(r, w)))].join(', ');
}

function stepText(label: StepLabel, w: Words): string {
  switch (label.kind) {
    case 'period': {
      const { unit, count } = label.period;
      return unit === 'months' ? w.period.months(count) : unit === 'days' ? w.period.days(count) : w.period.businessDays(count);
    }
    case 'further':
      return w.period.further(label.period.count);
    case 'restart':
      return label.assumed ? w.awaitedAssumed(w.pauseAsked[label.reason]) : w.pauseArrived[label.reason];
    case 'paused-days':
      return w.pausedDays(label.days);
    case 'rolled':
      return reasonsText(label.reasons, w);
    case 'target-days':
      return w.targetDays(label.days, label.paused);
    case 'capped':
      return w.capped;
    case 'moved-earlier':
      return w.movedEarlier(reasonsText(label.reasons, w));
  }
}

/** "received Sat 31 Jan 2026 · one month → Sat 28 Feb 2026 · weekend → Mon 2 Mar 2026". */
export function chainText(chain: Chain, { words, locale }: ExplainLanguage): string {
  const day = (d: string) => formatDay(d, { locale });
  return [`${words.received} ${day(chain.start)}`, ...chain.steps.map((s) => `${stepText(s.label, words)} → ${day(s.date)}`)].join(' · ');
}

export function explainLine(line: ExplainLine, lang: ExplainLanguage): string {
  const w = lang.words;
  const day = (d: string) => formatDay(d, { locale: lang.locale });
  switch (line.code) {
    case 'due':
      return chainText(line.chain, lang);
    case 'month-end': {
      const monthName = formatMonth(`${line.year}-${String(line.month).padStart(2, '0')}`, { locale: lang.locale, long: true });
      return w.monthEnd(line.day, monthName, line.year, day(line.end));
    }
    case 'received-day-off':
      return w.receivedDayOff(reasonsText(line.reasons, w));
    case 'pause': {
      const asked = w.pauseAsked[line.reason];
      const answered = line.open ? w.pauseOpen(day(line.to)) : w.pauseAnswered(day(line.to));
      if (line.effect === 'restart') return w.pauseRestart(asked, day(line.from), answered, w.citation(line.citation));
      const suspend = line.effect === 'suspend-inclusive' ? w.pauseSuspendInclusive : w.pauseSuspend;
      return suspend(asked, day(line.from), answered, line.days, w.citation(line.citation));
    }
    case 'clock-stopped':
      return w.clockStopped;
    case 'extension':
      return w.extension(chainText(line.chain, lang));
    case 'extension-sent':
      return w.extensionSent(day(line.sent), day(line.by));
    case 'extension-needs-notice':
      return w.extensionNeedsNotice(day(line.by), w.citation(line.citation));
    case 'deferral':
      return w.deferral(day(line.by), w.citation(line.citation));
    case 'no-extension':
      return w.noExtension;
    case 'acknowledge':
      return w.acknowledge(chainText(line.chain, lang), w.citation(line.citation));
    case 'internal-target':
      return w.internalTarget(chainText(line.chain, lang));
    case 'reading': {
      const text =
        line.reading === 'pause-reason' ? w.pauseReadingTaken(line.pauseReason ? w.pauseAsked[line.pauseReason] : '') : w.readings[line.reading].taken;
      return w.readingTaken(text, w.citation(line.source));
    }
    case 'alternative':
      return w.alternative(day(line.date), w.fields[line.field], readingText(line.reading, w), w.citation(line.source));
    case 'rules':
      return w.rules(
        line.version,
        w.citation(line.citation),
        line.rollForward ? w.rollForward(w.citation(line.rollCitation)) : w.citation(line.rollCitation),
        line.calendar,
      );
  }
}

/** "A later reading gives …", shown beneath the binding date it stands beside. */
export function laterReadingText(a: { date: string; reading: ReadingKey; source: string }, { words, locale }: ExplainLanguage): string {
  return words.laterReading(formatDay(a.date, { locale }), readingText(a.reading, words), words.citation(a.source));
}

/** The words of a reading that was not taken. */
export function readingText(reading: ReadingKey, w: Words): string {
  if (reading.startsWith('pause-reason:')) return w.pauseReadingOther(w.pauseAsked[reading.slice('pause-reason:'.length) as PauseReason]);
  return w.readings[reading as ReadingId].other;
}

export function explainLines(lines: readonly ExplainLine[], lang: ExplainLanguage): string[] {
  return lines.map((l) => explainLine(l, lang));
}

export function warningText(p: WarningParams, { words, locale }: ExplainLanguage): string {
  const w = words.warnings;
  const day = (d: string) => formatDay(d, { locale });
  const cite = words.citation;
  switch (p.code) {
    case 'PAUSE_REASON_ASSUMED':
      return w.reasonAssumed(day(p.from), words.pauseAsked[p.reason]);
    case 'PAUSE_AFTER_DEADLINE':
      return w.afterDeadline(words.pauseAsked[p.reason], day(p.from), day(p.due));
    case 'PAUSE_UNDUE_DELAY':
      return w.undueDelay(words.pauseAsked[p.reason], p.days, day(p.from), p.ignored);
    case 'READING_OVERRIDDEN':
      return w.readingOverridden(words.readings[p.reading].other, p.reason, words.fields[p.field], day(p.earliest));
    case 'EXTENSION_NOTICE_LATE':
      return w.noticeLate(day(p.sent), day(p.by), cite(p.citation));
    case 'BEFORE_REGIME_APPLIED':
      return w.beforeRegime(day(p.received), p.regime, day(p.from), cite(p.citation));
    case 'CLOCK_STOPPED':
      return w.clockStopped(day(p.from), words.pauseAsked[p.reason], day(p.assumedTo));
    case 'DEFERRED':
      return w.deferred(day(p.sent), cite(p.citation));
    case 'DUE_ON_COMPANY_CLOSURE':
      return w.closure(day(p.date), p.name);
  }
}
