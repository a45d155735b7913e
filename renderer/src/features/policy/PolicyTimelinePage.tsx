// The privacy policy's history: every revision, newest first, with its dates, what kind of change
// it was, whether customers were told in time (WP260 rev.01 para. 29-31) and how it scored on the
// Art. 13/14 checklist. Empty: how to import the first revision.
import { Link } from 'react-router';
import type { PolicyRevisionSummary } from '../../../../shared/model/policy';
import { useOp } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { EmptyState, ErrorPanel, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { ChangeBadges, NoticeLine } from './labels';
import { Practices } from './Practices';
import '../requests/requests.css';
import './policy.css';

export function PolicyTimelinePage({ today }: { today: string }) {
  const t = s.policy;
  const list = useOp('policy.list', {});
  const practices = useOp('policy.practices', {});
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorPanel error={list.error.apiError} onRetry={() => void list.refetch()} />;
  const revisions = list.data;
  const newestFirst = [...revisions].reverse();
  const inForce = practices.data?.revision?.id ?? null;
  return (
    <section aria-labelledby="page-title" className="policy-page">
      <div className="page-head">
        <h1 id="page-title">{t.title}</h1>
        <div className="page-head__actions">
          {revisions.length >= 2 && (
            <Link className="button" to="/policies/diff">
              {t.compare}
            </Link>
          )}
          <Link className="button button--primary" to="/policies/new">
            {t.importRevision}
          </Link>
        </div>
      </div>
      {revisions.length === 0 ? (
        <EmptyState title={t.timeline.empty}>
          <p>{t.timeline.emptyHow}</p>
        </EmptyState>
      ) : (
        <>
          {practices.data && practices.data.undisclosed.length > 0 && <Practices practices={practices.data} />}
          <h2 className="visually-hidden">{t.timeline.label}</h2>
          <ol className="policy-timeline" aria-label={t.timeline.label} data-testid="policy-timeline">
            {newestFirst.map((r) => (
              <TimelineItem key={r.id} r={r} previous={revisions[revisions.indexOf(r) - 1] ?? null} inForce={r.id === inForce} today={today} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function TimelineItem({ r, previous, inForce, today }: { r: PolicyRevisionSummary; previous: PolicyRevisionSummary | null; inForce: boolean; today: string }) {
  const t = s.policy;
  return (
    <li className="card policy-timeline__item">
      <h3>
        <Link to={`/policies/${r.id}`}>
          <UserText>{t.revisionTitle(r.number, r.label)}</UserText>
        </Link>
        {inForce && <span className="badge badge--ok">{t.timeline.inForce}</span>}
      </h3>
      <dl className="kv">
        <dt>{t.fields.effectiveDate}</dt>
        <dd>{formatDay(r.effectiveDate, { today })}</dd>
        {r.publishedOn && (
          <>
            <dt>{t.fields.publishedOn}</dt>
            <dd>{formatDay(r.publishedOn)}</dd>
          </>
        )}
        <dt>{t.fields.changeClass}</dt>
        <dd>
          <ChangeBadges change={r.change} />
        </dd>
        <dt>{t.form.noticeTitle}</dt>
        <dd>
          <NoticeLine r={r} />
        </dd>
      </dl>
      <p className="policy-timeline__foot">
        <span data-testid="checklist-summary">{t.timeline.checklistSummary(r.counts.present, r.counts.missing, r.counts.unclear)}</span>
        {previous && (
          <Link to={`/policies/diff?a=${previous.id}&b=${r.id}`} aria-label={`${t.timeline.compareWithPrevious}: ${t.revisionShort(previous.number)} – ${t.revisionShort(r.number)}`}>
            {t.timeline.compareWithPrevious}
          </Link>
        )}
      </p>
    </li>
  );
}
