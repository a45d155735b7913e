// One calm line about deadlines, on the dashboard and the requests list only (never on forms or
// settings): "185 overdue · 5 due this week — open the list". The counts are the dashboard's,
// computed from the requests' current status each time the page opens, so a request that is
// answered, refused or closed leaves them at once. Desktop notifications (Electron) are batched
// in main/electron/reminders.ts.
import { Link } from 'react-router';
import { useOp } from '../../data/queries';
import { s } from '../../i18n';

const t = s.insights.reminders;

/** The list of exactly these requests: overdue, or due within the coming 7 days. */
export const DEADLINES_LIST = '/requests?overdue=1&dueWithin=7';

/** The line for the requests list, which does not load the dashboard's figures itself. */
export function ReminderSummary() {
  const { data } = useOp('request.dashboard', {});
  return data ? <DeadlineSummaryLine overdue={data.overdue} dueWithin7Days={data.dueWithin7Days} /> : null;
}

export function DeadlineSummaryLine({ overdue, dueWithin7Days }: { overdue: number; dueWithin7Days: number }) {
  if (overdue === 0 && dueWithin7Days === 0) return null;
  const parts = [overdue > 0 ? t.overdue(overdue) : null, dueWithin7Days > 0 ? t.dueThisWeek(dueWithin7Days) : null].filter(Boolean);
  return (
    <p className="banner banner--warning insights-deadline-summary" role="status" aria-label={t.label} data-testid="deadline-summary">
      {parts.join(' · ')}
      {' — '}
      <Link to={DEADLINES_LIST}>{t.openList}</Link>
    </p>
  );
}
