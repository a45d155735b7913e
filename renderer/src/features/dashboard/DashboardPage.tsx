// The screen the DPO opens every morning: what is open, what is due, what is late. Every number
// is a link to the request list filtered to exactly those requests.
import { Link, useNavigate } from 'react-router';
import type { DashboardData } from '../../../../shared/model/request';
import { useOp, useSettings } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { EmptyState, ErrorPanel, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { DeadlineCalculator } from './DeadlineCalculator';
import { listLinks } from './dashboard-links';
import { typeLabel, URGENCY_CLASS } from '../requests/labels';
import { MonthlyChart } from './MonthlyChart';
import { DeadlineSummaryLine } from '../reminders/ReminderSummary';
import { SecrecyReminders } from '../disclosures/SecrecyReminders';
import { BreachAlerts } from '../breaches/BreachAlerts';
import { RetentionDue } from './RetentionDue';

const t = s.insights.dashboard;

export function DashboardPage() {
  const data = useOp('request.dashboard', {});
  const settings = useSettings();
  return (
    <section aria-labelledby="page-title">
      <div className="insights-page-head">
        <h1 id="page-title">{t.title}</h1>
        {data.data && !isEmpty(data.data) && (
          <StartLinks />
        )}
      </div>
      {data.data && <DeadlineSummaryLine overdue={data.data.overdue} dueWithin7Days={data.data.dueWithin7Days} />}
      <BreachAlerts />
      <SecrecyReminders />
      {data.isPending && <Loading />}
      {data.isError && <ErrorPanel error={data.error.apiError} onRetry={() => void data.refetch()} />}
      {data.data && <DashboardBody data={data.data} />}
      {data.data && <RetentionDue />}
      {settings.isPending && !data.isPending && <Loading />}
      {settings.isError && <ErrorPanel error={settings.error.apiError} onRetry={() => void settings.refetch()} />}
      {settings.data && <DeadlineCalculator settings={settings.data} />}
    </section>
  );
}

/** The two ways requests get in: by hand, or from a file. */
function StartLinks() {
  return (
    <p className="insights-actions">
      <Link className="button button--primary" to="/requests/new">
        {t.newRequest}
      </Link>
      <Link className="button" to="/import">
        {t.importRequests}
      </Link>
    </p>
  );
}

function isEmpty(d: DashboardData): boolean {
  return d.open === 0 && d.onTime.answered === 0 && d.perMonth.every((m) => m.total === 0) && d.nextDeadlines.length === 0;
}

function DashboardBody({ data }: { data: DashboardData }) {
  if (isEmpty(data)) {
    return (
      <EmptyState title={t.emptyTitle}>
        <p>{t.emptyBody}</p>
        <StartLinks />
      </EmptyState>
    );
  }
  const rate = data.onTime.rate;
  return (
    <>
      <ul className="insights-tiles" aria-label={t.tilesLabel}>
        <Tile to={listLinks.open} label={t.open} value={String(data.open)} hint={t.openHint} />
        <Tile to={listLinks.dueSoon} label={t.dueSoon} value={String(data.dueWithin7Days)} hint={t.dueSoonHint} tone={data.dueWithin7Days > 0 ? 'warning' : undefined} />
        <Tile to={listLinks.overdue} label={t.overdue} value={String(data.overdue)} hint={t.overdueHint} tone={data.overdue > 0 ? 'danger' : undefined} />
        <Tile to={listLinks.awaiting} label={t.awaiting} value={String(data.awaitingSubject)} hint={t.awaitingHint} />
        <Tile
          to={listLinks.answered}
          label={t.onTime}
          value={rate === null ? t.noValue : `${Math.round(rate * 100)}%`}
          hint={rate === null ? t.onTimeNone : t.onTimeHint(data.onTime.onTime, data.onTime.answered)}
          tone={rate !== null && rate < 1 ? 'warning' : undefined}
        />
      </ul>
      <NextDeadlines data={data} />
      <MonthlyChart perMonth={data.perMonth} />
    </>
  );
}

function Tile({ to, label, value, hint, tone }: { to: string; label: string; value: string; hint: string; tone?: 'warning' | 'danger' | undefined }) {
  return (
    <li>
      <Link to={to} className={`insights-tile${tone ? ` insights-tile--${tone}` : ''}`}>
        <span className="insights-tile__label">{label}</span>
        <span className="insights-tile__value">{value}</span>
        <span className="insights-tile__hint">{hint}</span>
      </Link>
    </li>
  );
}

function NextDeadlines({ data }: { data: DashboardData }) {
  const navigate = useNavigate();
  return (
    <section className="card" aria-labelledby="next-title">
      <div className="insights-card-head">
        <h2 id="next-title">{t.nextTitle}</h2>
        <Link to={listLinks.open}>{t.allOpen}</Link>
      </div>
      {data.nextDeadlines.length === 0 ? (
        <p className="field__hint">{t.nextEmpty}</p>
      ) : (
        <div className="insights-scroll">
          <table className="table insights-next">
            <caption className="visually-hidden">{t.nextCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.due}</th>
                <th scope="col">{t.ref}</th>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.type}</th>
                <th scope="col">{t.urgencyCol}</th>
              </tr>
            </thead>
            <tbody>
              {data.nextDeadlines.map((r) => (
                // The reference is the keyboard link; the whole row is a mouse target too.
                <tr key={r.ref} className={`insights-urgency insights-urgency--${r.urgency}`} onClick={() => void navigate(listLinks.request(r.ref))}>
                  <td>{formatDay(r.due, { today: data.today })}</td>
                  <td>
                    <Link to={listLinks.request(r.ref)}>{r.ref}</Link>
                  </td>
                  <td>
                    <UserText>{r.name}</UserText>
                  </td>
                  <td>{typeLabel(r.type)}</td>
                  <td>
                    <span className={URGENCY_CLASS[r.urgency] || 'badge'}>{t.urgency[r.urgency]}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
