// In-app deadline reminders for the browser and CLI hosts (in Electron the main process shows
// desktop notifications instead). The banner only peeks at what is pending; the core marks the
// reminders as shown (once per request and threshold) when the DPO dismisses them, so a reload
// before that loses nothing.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { addDays } from '../../../../shared/dates';
import type { DueReminder } from '../../../../shared/model/request';
import { useCall } from '../../bridge/BridgeContext';
import { formatDay, s } from '../../i18n';
import { embedUserText } from '../../../../shared/text/bidi';

const t = s.insights.reminders;
const POLL_MS = 60_000;

export function ReminderBanner({ host }: { host: 'electron' | 'browser' | 'cli' }) {
  if (host === 'electron') return null;
  return <ReminderPoller />;
}

const keyOf = (r: DueReminder) => `${r.ref}:${r.threshold}`;

function ReminderPoller() {
  const call = useCall();
  const [reminders, setReminders] = useState<DueReminder[]>([]);
  const holder = useRef<HTMLDivElement>(null);

  const poll = useCallback(async () => {
    // The frame stays mounted (inert) under the unlock screen: do not ask while locked.
    if (holder.current?.closest('[inert]')) return;
    try {
      const fresh = await call('request.dueReminders', { peek: true });
      // A request that went from due-soon to overdue is listed once, with its latest threshold.
      const latest = new Map<string, DueReminder>();
      for (const r of fresh) if (!latest.has(r.ref) || r.threshold === 'overdue') latest.set(r.ref, r);
      setReminders([...latest.values()]);
    } catch {
      // Locked or the host went away: the next poll tries again; the banner is not the place to say so.
    }
  }, [call]);

  useEffect(() => {
    const first = setTimeout(() => void poll(), 0);
    const timer = setInterval(() => void poll(), POLL_MS);
    const onFocus = () => void poll();
    window.addEventListener('focus', onFocus);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [poll]);

  // Dismissing one hides it in this window; "dismiss all" tells the core they were seen.
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const dismiss = (key: string) => setHidden((cur) => new Set([...cur, key]));
  const dismissAll = () => {
    setReminders([]);
    void call('request.dueReminders', {}).catch(() => undefined);
  };
  const visible = reminders.filter((r) => !hidden.has(keyOf(r)));

  return (
    <div ref={holder} className="insights-reminders-holder">
      {visible.length > 0 && (
        <section className="banner banner--warning insights-reminders" aria-label={t.label} role="region" data-testid="reminder-banner">
          <div className="insights-reminders__head">
            <strong>{t.title}</strong>
            <button type="button" className="button--quiet" onClick={dismissAll}>
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
                  <button type="button" className="button--quiet" aria-label={t.dismissOne(r.ref)} onClick={() => dismiss(keyOf(r))}>
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
