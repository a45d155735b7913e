// What becomes due for purging in the next 30 days (and what is due now), from retention.preview.
// Self-contained: its own query, its own card; the dashboard only places it.
import { Link } from 'react-router';
import { useOp } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { ErrorPanel, Loading } from '../../ui/Panels';
import { recordLink } from './dashboard-links';

export function RetentionDue() {
  const t = s.retention.due;
  const preview = useOp('retention.preview', {});
  if (preview.isPending) return <Loading />;
  if (preview.isError) return <ErrorPanel error={preview.error.apiError} onRetry={() => void preview.refetch()} />;
  const p = preview.data;
  return (
    <section className="card" aria-labelledby="retention-due-title" data-testid="retention-due">
      <div className="insights-card-head">
        <h2 id="retention-due-title">{t.title}</h2>
      </div>
      {p.requests + p.disclosures + p.breaches + p.files > 0 && (
        <p>
          {t.dueNow(p, p.files)} <Link to="/retention">{t.review}</Link>
        </p>
      )}
      {p.held > 0 && <p className="field__hint">{t.held(p.held)}</p>}
      {p.upcomingTotal === 0 ? (
        <p className="field__hint">{t.none}</p>
      ) : (
        <ul>
          {p.upcoming.map((u) => (
            <li key={u.ref}>
              <Link to={recordLink(u)}>{t.row(u.ref, formatDay(u.dueOn, { today: p.today }))}</Link>
            </li>
          ))}
          {p.upcomingTotal > p.upcoming.length && <li>{t.more(p.upcomingTotal - p.upcoming.length)}</li>}
        </ul>
      )}
    </section>
  );
}
