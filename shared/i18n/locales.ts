/**
 * The UI languages and the Intl locale each one formats dates and numbers in. This is the only
 * place a locale tag is written down: everything else asks for the locale of a language.
 */
import { memoByKey } from '../memo';
export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** English for the tool's default; the users are first of all Dutch organisations. */
export const DEFAULT_LANGUAGE: Language = 'en';

/**
 * British English (day before month, 24-hour clock), the convention of EU legal English, and
 * Dutch as written in the Netherlands.
 */
export const LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', nl: 'nl-NL' };

export const DEFAULT_LOCALE = LOCALES[DEFAULT_LANGUAGE];

export function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** "12,345" in English, "12.345" in Dutch. */
const countFormat = memoByKey((locale) => new Intl.NumberFormat(locale));

export function formatCount(n: number, locale: string): string {
  return countFormat(locale).format(n);
}
