// The live 72-hour clock of one breach (GDPR Art. 33(1)): recomputed every minute from the stored
// instants by the same pure function the core uses, without reading the breach again.
import { breachClock } from '../../../../shared/breaches/clock';
import type { BreachDetail } from '../../../../shared/model/breach';
import { s } from '../../i18n';
import { ClockBadge, leftText, liveHoursLeft, utcInZone } from './labels';
import { useNow } from './use-now';

export function ClockPanel({ b }: { b: BreachDetail }) {
  const now = useNow();
  const t = s.breaches.clock;
  const c = b.content;
  const clock = breachClock({ awareAt: c.awareAt.at, role: c.role, risk: c.risk, notifiedAt: c.notification?.at.at ?? null }, now);
  const zone = c.awareAt.zone;
  const left = liveHoursLeft(clock, now);
  const alert = clock.alert === 'overdue' || clock.alert === 'within-6h' ? ' breach-clock--danger' : clock.alert === 'within-24h' ? ' breach-clock--warning' : '';
  return (
    <section className={`card breach-clock${alert}`} aria-labelledby="clock-title" data-testid="breach-clock">
      <h2 id="clock-title">{t.title}</h2>
      <p className="breach-clock__state">
        <ClockBadge clock={clock} />
        {left !== null && (
          <strong className="breach-clock__left" data-testid="breach-clock-left">
            {' '}
            {leftText(left)}
          </strong>
        )}
      </p>
      {clock.state === 'running' && <p>{t.due(utcInZone(clock.deadline, zone))}</p>}
      {clock.state === 'overdue' && <p>{t.wasDue(utcInZone(clock.deadline, zone))}</p>}
      {clock.state === 'notified-in-time' && <p>{t.notifiedInTime(clock.hoursTaken ?? 0)}</p>}
      {clock.state === 'notified-late' && <p>{t.notifiedLate(clock.hoursTaken ?? 0)}</p>}
      {clock.state === 'not-required' && <p>{t.notRequired}</p>}
      {clock.state === 'processor' && <p>{t.processor}</p>}
      <p className="field__hint">
        {t.counting} {left !== null ? t.live : ''}
      </p>
    </section>
  );
}
