// The organisation's region (Settings → holidayRegions) decides regional holidays; without one
// only days common to the whole country count. Real encrypted vault, through the contract.
import { decodeBody } from '../../../main/store/audit-chain';
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

  it('a later reading chosen in Settings moves stored dates, is audited with its reason, and names the earliest date', async () => {
    // Atw Art. 3(2): Good Friday 3 Apr 2026 assimilated; received 3 Mar 2026 → 7 Apr when counted.
    const nl = () => newRequest({ regime: 'gdpr', country: 'NL', receivedDate: '2026-03-03', email: `nl${Math.random()}@example.com` });
    expect((await t.call('request.create', nl())).due).toBe('2026-04-03');
    await t.call('settings.update', { readingOverrides: [{ reading: 'assimilated-days', reason: 'Counsel advises counting Good Friday' }] });
    const r = await t.call('request.create', nl());
    expect(r.due).toBe('2026-04-07');
    const detail = await t.call('request.get', { ref: r.ref });
    expect(detail.deadline.warnings.map((w) => w.message).join('\n')).toMatch(/earliest defensible due date is Fri 3 Apr 2026/);
    const db = t.core.session.requireStore().db;
    const audit = (db.prepare('SELECT body FROM audit_events ORDER BY seq').pluck().all() as Buffer[]).map(decodeBody).filter((e) => e.operation === 'settings.update').at(-1)!;
    expect(JSON.stringify(audit.summary)).toContain('Counsel advises counting Good Friday');
    expect((await t.fail('settings.update', { readingOverrides: [{ reading: 'assimilated-days', reason: '' }] })).message).toMatch(/reason is recorded/);
  });
});
