/**
 * The renderer's view of the shared catalogs (shared/i18n): `s` holds the words of the chosen
 * language. Screens read `s.…` while rendering, so switching language replaces the words inside
 * `s` and remounts the screens (LanguageProvider), and every screen renders in the new language,
 * including the modules that keep a short alias such as `const t = s.requests`.
 */
import { CATALOGS, DEFAULT_LANGUAGE, LOCALES, type Catalog, type Language } from '../../../shared/i18n';
import { formatDay as formatDayIn, formatMonth as formatMonthIn, type FormatDayOptions } from '../../../shared/dates';
import type { DeadlineAlternative, ExplainLine, WarningParams } from '../../../shared/deadlines';
import { explainLines, laterReadingText, warningText } from '../../../shared/i18n/explain';
import { timelineActionLabel, timelineText } from '../../../shared/i18n/timeline';
import type { TimelineEntry } from '../../../shared/model/request';

type Node = Record<string, unknown>;

/** Deep copy of the English catalog, so `s` and its sub-objects are never the constants themselves. */
function copy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const out: Node = {};
  for (const [k, v] of Object.entries(value)) out[k] = copy(v);
  return out as T;
}

/** Writes `from`'s words into `into`, keeping `into`'s objects (the aliases point at them). */
function assignInPlace(into: Node, from: Node): void {
  for (const [k, v] of Object.entries(from)) {
    const target = into[k];
    if (typeof v === 'object' && v !== null && typeof target === 'object' && target !== null) assignInPlace(target as Node, v as Node);
    else into[k] = v;
  }
}

export const s: Catalog = copy(CATALOGS[DEFAULT_LANGUAGE]);

let active: Language = DEFAULT_LANGUAGE;

export function activeLanguage(): Language {
  return active;
}

/** The Intl locale of the chosen language. */
export function activeLocale(): string {
  return LOCALES[active];
}

/** Puts `language`'s words into `s` and tells assistive technology and the browser (`<html lang>`). */
export function activateLanguage(language: Language): void {
  assignInPlace(s as unknown as Node, CATALOGS[language] as unknown as Node);
  active = language;
  document.documentElement.lang = language;
}

/** shared/dates formatDay in the chosen language: "di 7 apr 2026 (over 5 dagen)". */
export function formatDay(iso: string, options: Omit<FormatDayOptions, 'locale'> = {}): string {
  return formatDayIn(iso, { ...options, locale: activeLocale() });
}

/** "apr 2026" / "Apr 2026" in the chosen language. */
export function formatMonth(month: string, options: { withYear?: boolean; long?: boolean } = {}): string {
  return formatMonthIn(month, { ...options, locale: activeLocale() });
}

/** The deadline engine's working, in the chosen language. */
export function explainDeadline(lines: readonly ExplainLine[]): string[] {
  return explainLines(lines, { words: s.explain, locale: activeLocale() });
}

/** "A later reading gives …" for an alternative date, in the chosen language. */
export function laterReading(a: DeadlineAlternative): string {
  return laterReadingText(a, { words: s.explain, locale: activeLocale() });
}

/** A deadline warning, in the chosen language. */
export function deadlineWarning(w: WarningParams): string {
  return warningText(w, { words: s.explain, locale: activeLocale() });
}

/** A timeline entry in the chosen language; entries recorded before event codes, as written. */
export function timelineEntryText(e: Pick<TimelineEntry, 'event' | 'text'>): string {
  return e.event ? timelineText(e.event, s, activeLocale()) : e.text;
}

/** The action or source named on a timeline entry ("imported", "Start work"), in the chosen language. */
export function timelineActionName(action: string): string {
  return timelineActionLabel(action, s);
}

/** Date and time of an instant, e.g. in the audit trail: "7 Apr 2026, 14:05" / "7 apr 2026, 14:05". */
export function formatInstant(instant: string | Date, timeZone?: string): string {
  return new Date(instant).toLocaleString(activeLocale(), { dateStyle: 'medium', timeStyle: 'short', ...(timeZone ? { timeZone } : {}) });
}

/** Clock time of an instant: "14:05". */
export function formatTime(instant: string | Date, timeZone?: string): string {
  return new Date(instant).toLocaleTimeString(activeLocale(), { hour: '2-digit', minute: '2-digit', ...(timeZone ? { timeZone } : {}) });
}
