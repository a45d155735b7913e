// The end of a local day as a UTC instant: what "the record as it stood on D" compares version
// times with, across both DST changes and at the extreme UTC offsets.
import { describe, expect, it } from 'vitest';
import { endOfLocalDay } from '../../../main/services/processing/as-of';

describe('endOfLocalDay', () => {
  it('follows Amsterdam across both DST changes', () => {
    expect(endOfLocalDay('2026-03-28', 'Europe/Amsterdam')).toBe('2026-03-28T23:00:00.000Z');
    // 29 March 2026 has 23 hours: clocks go forward at 02:00, so the day ends at 22:00 UTC.
    expect(endOfLocalDay('2026-03-29', 'Europe/Amsterdam')).toBe('2026-03-29T22:00:00.000Z');
    // 25 October 2026 has 25 hours: it ends at 23:00 UTC.
    expect(endOfLocalDay('2026-10-24', 'Europe/Amsterdam')).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfLocalDay('2026-10-25', 'Europe/Amsterdam')).toBe('2026-10-25T23:00:00.000Z');
  });

  it('works at the extreme offsets and in UTC', () => {
    expect(endOfLocalDay('2026-06-01', 'UTC')).toBe('2026-06-02T00:00:00.000Z');
    expect(endOfLocalDay('2026-06-01', 'Pacific/Kiritimati')).toBe('2026-06-01T10:00:00.000Z');
    expect(endOfLocalDay('2026-06-01', 'Etc/GMT+12')).toBe('2026-06-02T12:00:00.000Z');
    expect(endOfLocalDay('2026-12-31', 'America/New_York')).toBe('2027-01-01T05:00:00.000Z');
  });
});
