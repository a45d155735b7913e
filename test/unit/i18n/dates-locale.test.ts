// Dates are written through Intl in the reader's locale: the same day reads "Tue 7 Apr 2026 (in
// 5 days)" in English and "di 7 apr 2026 (over 5 dagen)" in Dutch.
import { describe, expect, it } from 'vitest';
import { formatDay, formatMonth } from '../../../shared/dates';
import { LOCALES } from '../../../shared/i18n';

describe('formatDay in the reader\'s language', () => {
  it('English stays as before: "Tue 7 Apr 2026 (in 5 days)"', () => {
    expect(formatDay('2026-04-07', { locale: LOCALES.en })).toBe('Tue 7 Apr 2026');
    expect(formatDay('2026-04-07', { locale: LOCALES.en, today: '2026-04-02' })).toBe('Tue 7 Apr 2026 (in 5 days)');
  });

  it('Dutch: "di 7 apr 2026 (over 5 dagen)", with Dutch words for today, tomorrow and the past', () => {
    const nl = LOCALES.nl;
    expect(formatDay('2026-04-07', { locale: nl })).toBe('di 7 apr 2026');
    expect(formatDay('2026-04-07', { locale: nl, today: '2026-04-02' })).toBe('di 7 apr 2026 (over 5 dagen)');
    expect(formatDay('2026-04-07', { locale: nl, today: '2026-04-07' })).toBe('di 7 apr 2026 (vandaag)');
    expect(formatDay('2026-04-07', { locale: nl, today: '2026-04-06' })).toBe('di 7 apr 2026 (morgen)');
    expect(formatDay('2026-04-07', { locale: nl, today: '2026-04-10' })).toBe('di 7 apr 2026 (3 dagen geleden)');
    expect(formatDay('2026-03-01', { locale: nl })).toBe('zo 1 mrt 2026');
  });

  it('the calendar day never shifts with the host time zone (a date is a local calendar date)', () => {
    // 1 Jan and 31 Dec are where a UTC-midnight Date would print the neighbouring day and year.
    expect(formatDay('2026-01-01', { locale: LOCALES.nl })).toBe('do 1 jan 2026');
    expect(formatDay('2025-12-31', { locale: LOCALES.en })).toBe('Wed 31 Dec 2025');
  });

  it('formatMonth names the month in the language', () => {
    expect(formatMonth('2026-03', { locale: LOCALES.en, withYear: true })).toBe('Mar 2026');
    expect(formatMonth('2026-03', { locale: LOCALES.nl, withYear: true })).toBe('mrt 2026');
    expect(formatMonth('2026-10', { locale: LOCALES.nl })).toBe('okt');
  });

  it('refuses a date that does not exist', () => {
    expect(() => formatDay('2026-02-30', { locale: LOCALES.nl })).toThrow(/not a real date/);
  });
});
