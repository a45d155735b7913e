// Processing activities not reviewed within the review interval (setting processingReviewMonths):
// a dashboard card with a link to each, shown only when there is something to review.
import { Link } from 'react-router';
import { useOp, useSettings } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { ErrorPanel } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';

const SHOWN = 5;

export function ReviewDueCard() {
  const t = s.processing.review;
  const due = useOp('processing.reviewDue', {});
  const settings = useSettings();
  if (due.isError) return <ErrorPanel error={due.error.apiError} onRetry={() => void due.refetch()} />;
  if (!due.data?.length || !settings.data) return null;
  const items = due.data;
  return (
    <section className="card" aria-labelledby="processing-review-title" data-testid="processing-review-due">
      <div className="insights-card-head">
        <h2 id="processing-review-title">{t.title}</h2>
      </div>
      <p>{t.body(items.length, settings.data.processingReviewMonths)}</p>
      <ul>
        {items.slice(0, SHOWN).map((r) => (
          <li key={r.id}>
            <Link to={`/processing/${r.id}`}>
              {r.ref} · <UserText>{r.name}</UserText>
            </Link>{' '}
            <span className="field__hint">({r.dueSince ? t.dueSince(formatDay(r.dueSince)) : t.never})</span>
          </li>
        ))}
        {items.length > SHOWN && (
          <li>
            <Link to="/processing?due=true">{t.more(items.length - SHOWN)}</Link>
          </li>
        )}
      </ul>
    </section>
  );
}
