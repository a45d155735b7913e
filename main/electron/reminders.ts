// Desktop notifications for deadlines: when a request enters its last 7 days and when one
// becomes overdue, once per request per threshold, batched when several arrive together
// (reminder-batch.ts); and when a disclosure's secrecy ends, once per disclosure and date
// (secrecy-batch.ts). The core decides what is due and marks it shown; this only displays it,
// in the language chosen in Settings.
import { Notification } from 'electron';
import type { DueReminder } from '../../shared/model/request';
import type { Settings } from '../../shared/model/settings';
import type { Core } from '../app/core';
import { localUser } from '../../shared/auth';
import { CATALOGS } from '../../shared/i18n';
import { batchReminders, type DesktopNotice } from './reminder-batch';
import { batchSecrecyNotices } from './secrecy-batch';
import type { SecrecyReminder } from '../../shared/model/disclosure';

const EVERY_MS = 5 * 60 * 1000;

export function startReminderNotifications(core: Core, onClick: (open: DesktopNotice['open']) => void): () => void {
  const tick = async () => {
    if (!core.session.unlocked || !Notification.isSupported()) return;
    const ctx = { principal: localUser('system:reminders'), background: true };
    const res = await core.dispatch('request.dueReminders', {}, ctx);
    const secrecy = await core.dispatch('disclosure.notices', {}, ctx);
    const settings = await core.dispatch('settings.get', {}, ctx);
    const catalog = CATALOGS[settings.ok ? (settings.result as Settings).language : 'en'];
    const notices = [
      ...(res.ok ? batchReminders(res.result as DueReminder[], catalog) : []),
      ...(secrecy.ok ? batchSecrecyNotices(secrecy.result as SecrecyReminder[], catalog) : []),
    ];
    for (const notice of notices) {
      const n = new Notification({ title: notice.title, body: notice.body });
      n.on('click', () => onClick(notice.open));
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
