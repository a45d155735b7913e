// In-app deadline reminders for the browser and CLI hosts (in Electron the main process shows
// desktop notifications instead). The banner only peeks at what is pending; the core marks the
// reminders as shown (once per request and threshold) when the DPO dismisses them, so a reload
// before that loses nothing.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { addDays } from '../../../../shared/dates';
import type { DueReminder } from '../../../../shared/model/request';
import { opKey, useOp, useOpMutation } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { embedUserText } from '../../../../shared/text/bidi';
import { SecrecyReminders } from '../disclosures/SecrecyReminders';

const t = s.insights.reminders;
const POLL_MS = 60_000;

export function ReminderBanner({ host, active }: { host: 'electron' | 'browser' | 'cli'; active: boolean }) {
  // The main process notifies only about request deadlines; ended secrecy shows here on every host.
  return (
    <>
      {host !== 'electron' && <ReminderPoller active={active} />}
      <SecrecyReminders active={active} />
    </>
  );
}

const keyOf = (r: DueReminder) => `${r.ref}:${r.threshold}`;

/** A request that went from due-soon to overdue is listed once, with its latest threshold. */
function latestPerRequest(fresh: DueReminder[]): DueReminder[] {
  const latest = new Map<string, DueReminder>();
  for (const r of fresh) if (!latest.has(r.ref) || r.threshold === 'overdue') latest.set(r.ref, r);
  return [...latest.values()];
}

const PEEK = { peek: true } as const;

function ReminderPoller({ active }: { active: boolean }) {
  const client = useQueryClient();
  // Polled, and again when the window regains focus; not while locked (the frame stays mounted,
  // inert, under the unlock screen). A failed poll shows nothing: the next one tries again.
  const peek = useOp('request.dueReminders', PEEK, { enabled: active, refetchInterval: POLL_MS, refetchOnWindowFocus: true, select: latestPerRequest });
  const markSeen = useOpMutation('request.dueReminders', { invalidates: ['request.dueReminders'] });
  const reminders = peek.data ?? [];

  // Dismissing one hides it in this window; "dismiss all" tells the core they were seen.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const dismiss = (key: string) => setHidden((cur) => new Set([...cur, key]));
  const dismissAll = () => {
    client.setQueryData(opKey('request.dueReminders', PEEK), []);
    markSeen.mutate({});
  };
  const visible = reminders.filter((r) => !hidden.has(keyOf(r)));

  return (
    <div className="insights-reminders-holder">
      {visible.length > 0 && (
        <section className="banner banner--warning insights-reminders" aria-label={t.label} role="region" data-testid="reminder-banner">
          <div className="insights-reminders__head">
            <strong>{t.title}</strong>
            <button type="button" className="button--quiet button--small" onClick={dismissAll}>
              {t.dismissAll}
            </button>
          </div>
          <ul>
            {visible.map((r) => {
              const today = addDays(r.due, -r.daysLeft);
              const day = formatDay(r.due, { today });
              const text = r.threshold === 'overdue' ? t.overdue(r.ref, embedUserText(r.name), day) : t.dueSoon(r.ref, embedUserText(r.name), day);
              return (
                <li key={keyOf(r)} className={`insights-reminder insights-reminder--${r.threshold}`}>
                  <Link to={`/requests/${encodeURIComponent(r.ref)}`}>{text}</Link>
                  <button type="button" className="button--quiet button--small" aria-label={t.dismissOne(r.ref)} onClick={() => dismiss(keyOf(r))}>
                    {t.dismiss}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
