// What the desktop notifications of ended secrecy say (GDPR Art. 15(1)(c) once an Art. 23
// restriction has lapsed: the next access response may name the recipient). One reminder is one
// notification naming the disclosure's reference; several at once become one. The text names
// references and dates only, never a recipient (it may be a person) or a subject: notification
// centres keep a history on disk. Pure, so it is tested without Electron.
import type { SecrecyReminder } from '../../shared/model/disclosure';
import type { Catalog } from '../../shared/i18n';
import type { DesktopNotice } from './reminder-batch';

export function batchSecrecyNotices(reminders: readonly SecrecyReminder[], catalog: Catalog): DesktopNotice[] {
  const t = catalog.disclosures.reminders;
  if (reminders.length === 0) return [];
  if (reminders.length === 1) {
    const r = reminders[0]!;
    return [{ title: t.notifyEndedOne(r.ref), body: t.notifyBodyOne(r.until), open: { disclosure: r.id } }];
  }
  // The dashboard lists them all, each with its reference and date.
  return [{ title: t.notifyEndedMany(reminders.length), body: t.notifyBodyMany, open: { page: 'dashboard' } }];
}
