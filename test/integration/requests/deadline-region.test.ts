// The organisation's region (Settings → holidayRegions) decides regional holidays; without one
// only days common to the whole country count. Real encrypted vault, through the contract.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newRequest, openTestCore, type TestCore } from './helpers';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(() => t.close());

describe('regional holidays from Settings', () => {
  // Banking and Financial Dealings Act 1971 Sch. 1: the late summer bank holiday (last Monday in
  // August) is one in England and Wales, not in Scotland. Fri 31 Jul 2026 + one month = Mon 31 Aug.
  const uk = (email: string) => newRequest({ regime: 'uk-gdpr', country: 'GB', receivedDate: '2026-07-31', email });

  it('without a region: Mon 31 Aug 2026 is not common to the UK, so it is the due date', async () => {
    expect((await t.call('request.create', uk('a@example.com'))).due).toBe('2026-08-31');
  });

  it('with England chosen: it is a bank holiday there, so due is Tue 1 Sep', async () => {
    await t.call('settings.update', { holidayRegions: { GB: 'ENG' } });
    expect((await t.call('request.create', uk('b@example.com'))).due).toBe('2026-09-01');
  });

  it('a region the country does not have is a field error', async () => {
    const e = await t.fail('settings.update', { holidayRegions: { GB: 'BY' } });
    expect(e.code).toBe('VALIDATION');
    expect(e.message).toMatch(/holidayRegions\.GB: "BY" is not a region of GB/);
  });
});
