import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  compareDates,
  daysBetween,
  formatDay,
  isValidIsoDate,
  localDateInZone,
  todayInZone,
  weekday,
} from '../../../shared/dates';

describe('ISO date helpers', () => {
  test('validation rejects impossible and malformed dates', () => {
    expect(isValidIsoDate('2026-02-28')).toBe(true);
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2026-02-29')).toBe(false);
    expect(isValidIsoDate('2026-02-30')).toBe(false);
    expect(isValidIsoDate('1900-02-29')).toBe(false);
    expect(isValidIsoDate('2000-02-29')).toBe(true);
    expect(isValidIsoDate('2026-4-7')).toBe(false);
    expect(isValidIsoDate('2026-13-01')).toBe(false);
    expect(isValidIsoDate(20260407)).toBe(false);
  });
  test('arithmetic', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addMonthsClamped('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonthsClamped('2026-03-31', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-02', '2026-04-16')).toBe(45);
    expect(compareDates('2026-01-02', '2026-01-10')).toBe(-1);
    expect(compareDates('2026-01-10', '2026-01-10')).toBe(0);
  });
  test('weekday (checked with `date`)', () => {
    expect(weekday('2026-01-31')).toBe(6); // Sat
    expect(weekday('2024-11-25')).toBe(1); // Mon
    expect(weekday('1970-01-01')).toBe(4); // Thu
    expect(weekday('2000-02-29')).toBe(2); // Tue
  });
  test('formatDay', () => {
    expect(formatDay('2026-04-07')).toBe('Tue 7 Apr 2026');
    expect(formatDay('2026-04-07', { today: '2026-04-02' })).toBe('Tue 7 Apr 2026 (in 5 days)');
    expect(formatDay('2026-04-07', { today: '2026-04-07' })).toBe('Tue 7 Apr 2026 (today)');
    expect(formatDay('2026-04-07', { today: '2026-04-06' })).toBe('Tue 7 Apr 2026 (tomorrow)');
    expect(formatDay('2026-04-07', { today: '2026-04-08' })).toBe('Tue 7 Apr 2026 (yesterday)');
    expect(formatDay('2026-04-07', { today: '2026-04-10' })).toBe('Tue 7 Apr 2026 (3 days ago)');
    expect(() => formatDay('2026-02-30')).toThrow(/not a real date/);
  });
  test('localDateInZone uses the zone, not UTC or the host', () => {
    const lateUtc = new Date('2026-01-31T23:30:00Z');
    expect(localDateInZone(lateUtc, 'Europe/Amsterdam')).toBe('2026-02-01');
    expect(localDateInZone(lateUtc, 'UTC')).toBe('2026-01-31');
    expect(localDateInZone(lateUtc, 'America/Los_Angeles')).toBe('2026-01-31');
    expect(localDateInZone(new Date('2026-03-29T00:30:00Z'), 'Europe/Amsterdam')).toBe('2026-03-29');
    expect(isValidIsoDate(todayInZone('Europe/Amsterdam'))).toBe(true);
    expect(() => localDateInZone(lateUtc, 'Mars/Olympus')).toThrow(RangeError);
  });
});
