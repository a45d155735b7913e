import { Link, useParams } from 'react-router';
import { type RequestDetail } from '../../../../shared/model/request';
import { useOp } from '../../data/queries';
import { deadlineWarning, explainDeadline, formatDay, s } from '../../i18n';
import { ErrorPanel, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { embedUserText } from '../../../../shared/text/bidi';
import { compareDates, daysBetween } from '../../../../shared/dates';
import { ActionPanel } from './ActionPanel';
import { LaterReadings } from '../deadlines/LaterReadings';
import { Attachments } from './Attachments';
import { Timeline } from './Timeline';
import { RequestDisclosures } from '../disclosures/RequestDisclosures';
import { RequestLetters } from '../letters/RequestLetters';
import { regimeShort, typeLabel, URGENCY_CLASS } from './labels';
import './requests.css';
import { CaseFileButton } from '../reports/CaseFileButton';
import { HoldCard } from '../retention/HoldCard';

const t = s.requests;
const d = t.detail;

/** Days between the binding deadline and the answer; 0 or less is on time (GDPR Art. 12(3)). */
function answeredLate(detail: RequestDetail): number {
  return detail.answeredOn ? daysBetween(detail.due, detail.answeredOn) : 0;
}

export function RequestPage({ today, timeZone }: { today: string; timeZone: string }) {
  const { ref = '' } = useParams();
  // Keyed by ref: the answer for one request is never shown under another's address. After an
  // action the fresh detail comes back with the result and is put straight into this cache entry
  // (ui/../request-mutations.ts), so the page updates without a round trip.
  const loaded = useOp('request.get', { ref });
  if (loaded.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  // Keyed by ref: forms on the page (note, action) never carry one request's ref into another's.
  return <RequestView key={loaded.data.ref} detail={loaded.data} today={today} timeZone={timeZone} />;
}

function RequestView({ detail, today, timeZone }: { detail: RequestDetail; today: string; timeZone: string }) {
  const dl = detail.deadline;
  const open = detail.daysLeft !== null;
  return (
    <section aria-labelledby="page-title" className="request-page">
      <p>
        <Link to="/requests">← {d.back}</Link>
      </p>
      <div className="page-head">
        <h1 id="page-title">
          {detail.ref} · <UserText>{detail.requester.name}</UserText>
        </h1>
        <span className="badge badge--info badge--large" data-testid="request-status">
          {t.statusLabels[detail.status]}
        </span>
      </div>
      <p className="field__hint">
        {typeLabel(detail.types)} · {d.received} {formatDay(detail.received)}
        {detail.receivedTime ? ` ${detail.receivedTime}` : ''} · {t.channelLabels[detail.channel]}
        {detail.mailbox && (
          <>
            {' ('}
            <UserText>{detail.mailbox}</UserText>
            {')'}
          </>
        )} · {regimeShort(detail.regime)} {detail.country}
      </p>
      <div className="request-grid">
        <div>
          <section className="card" aria-labelledby="deadline-title">
            <h2 id="deadline-title">{d.deadline}</h2>
            <dl className="kv">
              <dt>{d.legalDeadline}</dt>
              <dd data-testid="request-due">
                <span className={open ? URGENCY_CLASS[detail.urgency] : undefined}>{formatDay(detail.due, open ? { today } : {})}</span>
                {open && detail.daysLeft !== null && detail.daysLeft < 0 && (
                  <span className="urgency urgency--overdue" data-testid="request-overdue-by">
                    {' '}
                    {d.overdueBy(-detail.daysLeft)}
                  </span>
                )}
                <LaterReadings result={dl} field={dl.extended ? 'extendedDue' : 'due'} />
              </dd>
              {detail.answeredOn && (
                <dd data-testid="request-answered">
                  {d.answeredOn(formatDay(detail.answeredOn))} — {answeredLate(detail) > 0 ? d.answeredLate(answeredLate(detail)) : d.answeredOnTime}
                </dd>
              )}
              {dl.extended && (
                <>
                  <dt>{d.originalDeadline}</dt>
                  <dd>{formatDay(dl.due)}</dd>
                </>
              )}
              {/* An extension notice whose last day has passed is no longer an option (GDPR Art. 12(3)). */}
              {!dl.extended && dl.extendedDue && open && compareDates(dl.extensionNoticeBy ?? dl.due, today) >= 0 && (
                <>
                  <dt>{d.extensionNoticeBy}</dt>
                  <dd>{formatDay(dl.extensionNoticeBy ?? dl.due, { today })}</dd>
                </>
              )}
              {open && (
                <>
                  <dt>{d.internalTarget}</dt>
                  <dd>{formatDay(dl.internalTarget, { today })}</dd>
                </>
              )}
            </dl>
            {detail.clockStopped && <p className="banner banner--info">{d.clockStoppedNote}</p>}
            {dl.warnings.length > 0 && (
              <ul className="warnings" aria-label={d.warnings}>
                {dl.warnings.map((w) => (
                  <li key={w.code + w.message}>{deadlineWarning(w)}</li>
                ))}
              </ul>
            )}
            <details>
              <summary>{d.howComputed}</summary>
              <ol className="explanation">
                {explainDeadline(dl.explanationLines).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ol>
              <p className="field__hint">
                {d.rulesVersion} {dl.rulesVersion} ({d.storedWith} {detail.storedRulesVersion})
              </p>
            </details>
          </section>
          <section className="card" aria-labelledby="actions-title">
            <h2 id="actions-title">{d.actions}</h2>
            <ActionPanel detail={detail} today={today} />
          </section>
          <RequestLetters detail={detail} today={today} />
          <Timeline detail={detail} timeZone={timeZone} />
          <CaseFileButton requestRef={detail.ref} />
        </div>
        <div>
          <section className="card" aria-labelledby="requester-title">
            <h2 id="requester-title">{d.requester}</h2>
            <dl className="kv">
              <dt>{t.form.name}</dt>
              <dd>
                <UserText>{detail.requester.name}</UserText>
              </dd>
              <dt>{t.form.email}</dt>
              <dd>
                <UserText>{detail.requester.email}</UserText>
              </dd>
              {detail.requester.customerId && (
                <>
                  <dt>{t.form.customerId}</dt>
                  <dd>{detail.requester.customerId}</dd>
                </>
              )}
              {detail.requester.phone && (
                <>
                  <dt>{t.form.phone}</dt>
                  <dd>{detail.requester.phone}</dd>
                </>
              )}
              {detail.requester.postalAddress && (
                <>
                  <dt>{t.form.postalAddress}</dt>
                  <dd className="pre">{detail.requester.postalAddress}</dd>
                </>
              )}
              <dt>{t.form.relation}</dt>
              <dd>
                {t.relationLabels[detail.requester.relation]}
                {detail.requester.onBehalfOf && (
                  <>
                    {` — ${t.form.onBehalfOf.toLowerCase()} `}
                    <UserText>{detail.requester.onBehalfOf}</UserText>
                  </>
                )}
              </dd>
              <dt>{d.verification}</dt>
              <dd>
                {detail.verification
                  ? d.verifiedBy(t.verificationLabels[detail.verification.method], formatDay(detail.verification.on), embedUserText(detail.verification.by))
                  : d.notVerified}
              </dd>
              {detail.extension && (
                <>
                  <dt>{d.extension}</dt>
                  <dd>
                    {formatDay(detail.extension.noticeSentOn)}: <UserText>{detail.extension.reasons}</UserText>
                  </dd>
                </>
              )}
              {detail.refusal && (
                <>
                  <dt>{d.refusal}</dt>
                  <dd>
                    {t.refusalGroundLabels[detail.refusal.ground]}: <UserText>{detail.refusal.reason}</UserText>
                  </dd>
                </>
              )}
              {detail.duplicateOf && (
                <>
                  <dt>{d.duplicateOf}</dt>
                  <dd>
                    <Link to={`/requests/${detail.duplicateOf}`}>{detail.duplicateOf}</Link>
                  </dd>
                </>
              )}
            </dl>
            {detail.possibleDuplicates.length > 0 && (
              <div className="banner banner--warning" role="status">
                <strong>{d.duplicates}:</strong>{' '}
                {detail.possibleDuplicates.map((p, i) => (
                  <span key={p.ref}>
                    {i > 0 && ', '}
                    <Link to={`/requests/${p.ref}`}>{p.ref}</Link> ({formatDay(p.received)}, {t.statusLabels[p.status]})
                  </span>
                ))}
              </div>
            )}
            {detail.description && (
              <>
                <h3>{d.description}</h3>
                <p className="pre">
                  <UserText>{detail.description}</UserText>
                </p>
              </>
            )}
          </section>
          <RequestDisclosures detail={detail} today={today} />
          <Attachments detail={detail} timeZone={timeZone} />
          <HoldCard refValue={detail.ref} today={today} />
        </div>
      </div>
    </section>
  );
}
