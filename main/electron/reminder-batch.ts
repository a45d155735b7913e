// What the desktop notifications say, from the reminders the core hands out (once per request
// per threshold). One reminder is one notification naming the reference; several of the same
// threshold become one ("12 requests became overdue"), so the first start after an import of a
// year of history does not fire 190 notifications. The text names references and dates, never a
// requester: notification centres keep a history on disk. Pure, so it is tested without Electron.
import type { DueReminder } from '../../shared/model/request';
import type { Catalog } from '../../shared/i18n';

export interface DesktopNotice {
  title: string;
  body: string;
  /** What a click opens: a request, the list of overdue / soon-due requests, a disclosure, the dashboard. */
  open: { ref: string } | { list: 'overdue' | 'due-soon' } | { disclosure: string } | { page: 'dashboard' };
}

/** The renderer route a notice opens (hash routes; ids and references only). */
export function noticeRoute(open: DesktopNotice['open']): string {
  if ('ref' in open) return `/requests/${encodeURIComponent(open.ref)}`;
  if ('list' in open) return open.list === 'overdue' ? '/requests?overdue=1' : '/requests?dueWithin=7';
  if ('disclosure' in open) return `/disclosures/${encodeURIComponent(open.disclosure)}`;
  return '/';
}

export function batchReminders(reminders: readonly DueReminder[], catalog: Catalog): DesktopNotice[] {
  const t = catalog.insights.reminders;
  const out: DesktopNotice[] = [];
  for (const threshold of ['overdue', 'due-soon'] as const) {
    const group = reminders.filter((r) => r.threshold === threshold);
    if (group.length === 1) {
      const r = group[0]!;
      out.push({
        title: threshold === 'overdue' ? t.notifyOverdueOne(r.ref) : t.notifyDueSoonOne(r.ref, r.daysLeft),
        body: t.notifyBodyOne(r.due),
        open: { ref: r.ref },
      });
    } else if (group.length > 1) {
      out.push({
        title: threshold === 'overdue' ? t.notifyOverdueMany(group.length) : t.notifyDueSoonMany(group.length),
        body: t.notifyBodyMany,
        open: { list: threshold },
      });
    }
  }
  return out;
}
