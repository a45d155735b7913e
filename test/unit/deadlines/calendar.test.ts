import Holidays from 'date-holidays';
import { describe, expect, test } from 'vitest';
import { isLegalHoliday, listLegalHolidays, legalHolidayOn } from '../../../shared/deadlines';

describe('Dutch legal calendar (Algemene termijnenwet art. 3)', () => {
  test('2026 is exactly the Atw list', () => {
    expect(listLegalHolidays('NL', 2026).map((h) => h.date)).toEqual([
      '2026-01-01', // New Year
      '2026-04-06', // Easter Monday
      '2026-04-27', // King's Day
      '2026-05-05', // Liberation Day
      '2026-05-14', // Ascension
      '2026-05-25', // Whit Monday
      '2026-12-25', // Christmas
      '2026-12-26', // Boxing Day
    ]);
  });

  test('the library marks 5 May as non-public, so our correction is still needed', () => {
    // If this fails, date-holidays fixed its data: re-check and drop the correction.
    const raw = new Holidays('NL').getHolidays(2026, 'en').find((h) => h.date.startsWith('2026-05-05'));
    expect(raw?.type).not.toBe('public');
  });

  test.each([2023, 2024, 2026, 2027, 2029])('Liberation Day is a legal holiday in %i (every year, not only lustrum years)', (y) => {
    const h = legalHolidayOn(`${y}-05-05`, 'NL');
    expect(h?.source).toBe('correction');
  });

  test('Good Friday is not a legal holiday, and the library does not make it one', () => {
    expect(isLegalHoliday('2026-04-03', 'NL')).toBe(false);
    expect(isLegalHoliday('2025-04-18', 'NL')).toBe(false);
  });

  test("King's Day moves to 26 April when 27 April is a Sunday (2025, 2031)", () => {
    expect(isLegalHoliday('2025-04-26', 'NL')).toBe(true);
    expect(isLegalHoliday('2025-04-27', 'NL')).toBe(false);
    expect(isLegalHoliday('2031-04-26', 'NL')).toBe(true);
    expect(isLegalHoliday('2026-04-27', 'NL')).toBe(true);
  });

  test('sources are reported, user overrides apply and are labelled', () => {
    const list = listLegalHolidays('NL', 2026, undefined, {
      addedHolidays: [{ date: '2026-06-01', name: 'Designated day' }],
      removedHolidays: ['2026-05-14'],
    });
    expect(list.find((h) => h.date === '2026-06-01')?.source).toBe('user');
    expect(list.find((h) => h.date === '2026-05-14')).toBeUndefined();
    expect(list.find((h) => h.date === '2026-01-01')?.source).toBe('date-holidays');
    expect(isLegalHoliday('2026-05-14', 'NL', undefined, { removedHolidays: ['2026-05-14'] })).toBe(false);
  });
});

describe('assimilated days and regions', () => {
  test('NL Good Friday and the Art. 3(3) days are data, read only by the later reading', async () => {
    const { assimilatedDays, easterSunday } = await import('../../../shared/deadlines/data/assimilated');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    const days = assimilatedDays('NL', 2026).map((d) => [d.date, d.source]);
    expect(days).toContainEqual(['2026-04-03', 'Algemene termijnenwet Art. 3(2)']); // Good Friday
    expect(days).toContainEqual(['2026-05-15', 'Algemene termijnenwet Art. 3(3) (royal decree)']); // Friday after Ascension
    expect(isLegalHoliday('2026-04-03', 'NL')).toBe(false); // not on the strict (binding) calendar
  });
  test('without a region only days every region shares: Scotland has no Easter Monday, Bavaria has Epiphany', () => {
    expect(isLegalHoliday('2026-04-06', 'GB')).toBe(false);
    expect(isLegalHoliday('2026-04-06', 'GB', 'ENG')).toBe(true);
    expect(isLegalHoliday('2026-12-25', 'GB')).toBe(true);
    expect(isLegalHoliday('2026-01-06', 'DE')).toBe(false);
    expect(isLegalHoliday('2026-01-06', 'DE', 'BY')).toBe(true);
    expect(isLegalHoliday('2026-08-01', 'CH')).toBe(true); // Swiss National Day, federal
  });
});

describe('other calendars', () => {
  test('UK regions differ: summer bank holiday', () => {
    expect(isLegalHoliday('2026-08-31', 'GB', 'ENG')).toBe(true);
    expect(isLegalHoliday('2026-08-31', 'GB', 'SCT')).toBe(false);
    expect(isLegalHoliday('2026-08-03', 'GB', 'SCT')).toBe(true);
  });
  test('only public days: Christmas Eve half-day in Iceland is not counted', () => {
    expect(isLegalHoliday('2026-12-24', 'IS')).toBe(false);
    expect(isLegalHoliday('2026-12-25', 'IS')).toBe(true);
  });
  test('multi-day entries count every day (Romania 1 and 2 January)', () => {
    expect(isLegalHoliday('2026-01-02', 'RO')).toBe(true);
  });
  test('California state holidays for CCPA business days', () => {
    expect(isLegalHoliday('2026-03-31', 'US', 'CA')).toBe(true); // César Chávez Day
    expect(isLegalHoliday('2026-11-26', 'US', 'CA')).toBe(true); // Thanksgiving Day
    expect(isLegalHoliday('2026-11-27', 'US', 'CA')).toBe(false); // day after Thanksgiving: not a §6700 holiday
  });
});
