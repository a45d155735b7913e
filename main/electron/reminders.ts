// Desktop notifications for deadlines (requests issue: "a desktop notification when a request
// enters its last 7 days and when one becomes overdue; once per request per threshold").
// The core decides what is due and marks it shown; this only displays it. The text names the
// reference and the date, never the requester: notification centres keep a history on disk.
import { Notification } from 'electron';
import type { DueReminder } from '../../shared/model/request';
import type { Core } from '../app/core';
import { localUser } from '../../shared/auth';

const EVERY_MS = 5 * 60 * 1000;

export function startReminderNotifications(core: Core, onClick: (ref: string) => void): () => void {
  const tick = async () => {
    if (!core.session.unlocked || !Notification.isSupported()) return;
    const res = await core.dispatch('request.dueReminders', {}, { principal: localUser('system:reminders'), background: true });
    if (!res.ok) return;
    for (const r of res.result as DueReminder[]) {
      const n = new Notification({
        title: r.threshold === 'overdue' ? `${r.ref} is overdue` : `${r.ref} is due in ${r.daysLeft} day${r.daysLeft === 1 ? '' : 's'}`,
        body: `Legal deadline ${r.due}. Open DPO Workbench to act on it.`,
      });
      n.on('click', () => onClick(r.ref));
      n.show();
    }
  };
  const timer = setInterval(() => void tick(), EVERY_MS);
  const first = setTimeout(() => void tick(), 10_000);
  return () => {
    clearInterval(timer);
    clearTimeout(first);
  };
}
