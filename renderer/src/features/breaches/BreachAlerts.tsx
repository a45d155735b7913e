// Dashboard alerts for breaches whose 72 hours (GDPR Art. 33(1)) are nearly up or past: a day
// left, six hours left, overdue. Asked again every minute, so an alert appears while the
// dashboard stays open.
import { Link } from 'react-router';
import { useOp } from '../../data/queries';
import { s } from '../../i18n';
import { UserText } from '../../ui/UserText';
import { durationText } from './labels';
import { TICK_MS, useNow } from './use-now';

export function BreachAlerts() {
  const alerts = useOp('breach.alerts', {}, { refetchInterval: TICK_MS });
  // To the minute from the deadline (the answer's hoursLeft is rounded down to a tenth).
  const now = useNow();
  const list = alerts.data ?? [];
  if (list.length === 0) return null;
  const t = s.breaches.alerts;
  const danger = list.some((a) => a.alert !== 'within-24h');
  return (
    <section className={`banner ${danger ? 'banner--danger' : 'banner--warning'} insights-reminders`} aria-label={t.label} role="region" data-testid="breach-alerts">
      <div className="insights-reminders__head">
        <strong>{t.title}</strong>
      </div>
      <ul>
        {list.map((a) => (
          <li key={a.id} className="insights-reminder">
            <span>
              <Link to={`/breaches/${a.id}`}>{t[a.alert](a.ref, durationText((Date.parse(a.deadline) - now.getTime()) / 3_600_000))}</Link> · <UserText>{a.title}</UserText>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
