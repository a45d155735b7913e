import { describe, expect, it } from 'vitest';
import { batchReminders } from '../../../main/electron/reminder-batch';
import { en, nl } from '../../../shared/i18n';
import type { DueReminder } from '../../../shared/model/request';

const overdue = (i: number): DueReminder => ({ ref: `DSR-2026-${String(i).padStart(5, '0')}`, threshold: 'overdue', due: '2026-01-10', daysLeft: -3, name: `Person ${i}` });
const soon: DueReminder = { ref: 'DSR-2026-00500', threshold: 'due-soon', due: '2026-01-20', daysLeft: 4, name: 'Anna' };

describe('desktop notifications', () => {
  it('many at once become one per threshold, opening the list', () => {
    const notes = batchReminders([...Array.from({ length: 12 }, (_, i) => overdue(i + 1)), soon], en);
    expect(notes).toEqual([
      { title: '12 requests became overdue', body: 'Open DPO Workbench to see them in the requests list.', open: { list: 'overdue' } },
      { title: 'DSR-2026-00500 is due in 4 days', body: 'Legal deadline 2026-01-20. Open DPO Workbench to act on it.', open: { ref: 'DSR-2026-00500' } },
    ]);
  });

  it('never names the requester, in either language', () => {
    for (const catalog of [en, nl]) {
      const text = JSON.stringify(batchReminders([overdue(1), overdue(2), soon], catalog));
      expect(text).not.toMatch(/Person|Anna/);
    }
    expect(batchReminders([overdue(7)], nl)[0]!.title).toBe('De termijn van DSR-2026-00007 is verstreken');
    expect(batchReminders([], en)).toEqual([]);
  });
});
