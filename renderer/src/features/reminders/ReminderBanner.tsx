// In-app deadline reminders for the browser and CLI hosts (in Electron the main process shows
// desktop notifications instead). The core hands each reminder out once (per request and
// threshold) and marks it shown, so the banner keeps what it received until the DPO dismisses it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { addDays, formatDay } from '../../../../shared/dates';
import type { DueReminder } from '../../../../shared/model/request';
import { useCall } from '../../bridge/BridgeContext';
import { s } from '../../i18n';

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
      const fresh = await call('request.dueReminders', {});
      if (fresh.length === 0) return;
      setReminders((cur) => {
        // A request that went from due-soon to overdue replaces its earlier reminder.
        const refs = new Set(fresh.map((r) => r.ref));
        return [...cur.filter((r) => !refs.has(r.ref)), ...fresh];
      });
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

  const dismiss = (key: string) => setReminders((cur) => cur.filter((r) => keyOf(r) !== key));

  return (
    <div ref={holder} className="insights-reminders-holder">
      {reminders.length > 0 && (
        <section className="banner banner--warning insights-reminders" aria-label={t.label} role="region" data-testid="reminder-banner">
          <div className="insights-reminders__head">
            <strong>{t.title}</strong>
            {reminders.length > 1 && (
              <button type="button" className="button--quiet" onClick={() => setReminders([])}>
                {t.dismissAll}
              </button>
            )}
          </div>
          <ul>
            {reminders.map((r) => {
              const today = addDays(r.due, -r.daysLeft);
              const day = formatDay(r.due, { today });
              const text = r.threshold === 'overdue' ? t.overdue(r.ref, r.name, day) : t.dueSoon(r.ref, r.name, day);
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
