// Desktop notifications of ended secrecy: one names its disclosure by reference and opens it;
// several become one that opens the dashboard; never a recipient's name, in either language.
import { describe, expect, it } from 'vitest';
import { batchSecrecyNotices } from '../../../main/electron/secrecy-batch';
import { noticeRoute } from '../../../main/electron/reminder-batch';
import { en, nl } from '../../../shared/i18n';
import type { SecrecyReminder } from '../../../shared/model/disclosure';

const ended = (i: number): SecrecyReminder => ({
  id: `0193a000-0000-7000-8000-00000000000${i}`,
  ref: `D-2026-000${i}`,
  threshold: 'secrecy-ended',
  until: '2026-12-01',
  daysAgo: 5,
  recipientName: `Officer Quaxworth ${i}`,
});

describe('secrecy notifications', () => {
  it('one opens its disclosure; several become one that opens the dashboard', () => {
    expect(batchSecrecyNotices([ended(1)], en)).toEqual([
      { title: 'D-2026-0001: secrecy has ended', body: 'Secret until 2026-12-01. The subject may now be told about this disclosure.', open: { disclosure: ended(1).id } },
    ]);
    const many = batchSecrecyNotices([ended(1), ended(2), ended(3)], en);
    expect(many).toEqual([{ title: 'Secrecy has ended for 3 disclosures', body: 'The subjects may now be told. Open DPO Workbench to see them on the dashboard.', open: { page: 'dashboard' } }]);
    expect(noticeRoute(batchSecrecyNotices([ended(1)], en)[0]!.open)).toBe(`/disclosures/${ended(1).id}`);
    expect(noticeRoute(many[0]!.open)).toBe('/');
    expect(noticeRoute({ ref: 'DSR-2026-00001' })).toBe('/requests/DSR-2026-00001');
    expect(batchSecrecyNotices([], en)).toEqual([]);
  });

  it('never names the recipient, in either language', () => {
    for (const catalog of [en, nl]) expect(JSON.stringify(batchSecrecyNotices([ended(1)], catalog)) + JSON.stringify(batchSecrecyNotices([ended(1), ended(2)], catalog))).not.toMatch(/Quaxworth/);
    expect(batchSecrecyNotices([ended(4)], nl)[0]!.title).toBe('D-2026-0004: de geheimhouding is afgelopen');
  });
});
