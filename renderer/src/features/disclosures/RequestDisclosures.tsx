// On a request's page: who received this subject's data (GDPR Art. 15(1)(c)), each marked as
// going into the access response or withheld and why (Art. 23, Art. 4(9)); and for
// rectification, erasure and restriction the recipients to tell (Art. 19), one record each.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { ART19_NOTICE_OUTCOMES, type SubjectDisclosure } from '../../../../shared/model/disclosure';
import type { Art19Recipient, RequestDetail } from '../../../../shared/model/request';
import { opKey, REQUEST_READS, useOp, useOpMutation } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { withheldText } from './labels';
import './disclosures.css';

const t = s.disclosures;

export function RequestDisclosures({ detail, today }: { detail: RequestDetail; today: string }) {
  return (
    <>
      <SubjectView detail={detail} />
      {detail.art19 && <Art19Recipients detail={detail} today={today} />}
    </>
  );
}

function SubjectView({ detail }: { detail: RequestDetail }) {
  const v = t.screens;
  const found = useOp('disclosure.forSubject', { ref: detail.ref });
  return (
    <section className="card" aria-labelledby="subject-disclosures-title" data-testid="subject-disclosures">
      <h2 id="subject-disclosures-title">{t.subjectView.title}</h2>
      {found.isPending && <Loading />}
      {found.isError && <ErrorPanel error={found.error.apiError} onRetry={() => void found.refetch()} />}
      {found.data && found.data.shown.length + found.data.withheld.length === 0 && <p className="field__hint">{t.subjectView.none}</p>}
      {found.data && (
        <ul className="subject-disclosures">
          {[...found.data.shown, ...found.data.withheld].map((item) => (
            <SubjectItem key={item.id} item={item} />
          ))}
        </ul>
      )}
      <p>
        <Link to={`/disclosures/new?request=${encodeURIComponent(detail.ref)}`}>{v.recordForRequest}</Link>
      </p>
    </section>
  );
}

function SubjectItem({ item }: { item: SubjectDisclosure }) {
  const withheld = withheldText(item);
  return (
    <li data-testid="subject-disclosure">
      <Link to={`/disclosures/${item.id}`}>{item.ref}</Link> · {formatDay(item.date)} · <UserText>{item.recipient.name}</UserText>{' '}
      <span className="field__hint">
        ({t.recipientKinds[item.recipient.kind]}; {t.grounds[item.ground]})
      </span>
      <div>
        {withheld ? (
          <span className="badge badge--warning" data-testid="disclosure-withheld">
            {withheld}
          </span>
        ) : (
          <span className="badge badge--ok" data-testid="disclosure-shown">
            {t.subjectView.shown}
          </span>
        )}
      </div>
    </li>
  );
}

/** GDPR Art. 19: each recipient told of the rectification, erasure or restriction, or why not. */
function Art19Recipients({ detail, today }: { detail: RequestDetail; today: string }) {
  const listing = detail.art19!.listing;
  const records = detail.art19!.records;
  const open = detail.daysLeft !== null;
  return (
    <section className="card" aria-labelledby="art19-title">
      <h2 id="art19-title">{s.requests.detail.art19}</h2>
      {/* The core's note is English (the CLI prints it); the one source it describes, in words. */}
      <p className="field__hint">{listing.required ? t.screens.art19Source : t.screens.art19NotRequired}</p>
      {listing.recipients.length === 0 && <p className="field__hint">{s.requests.action.art19None}</p>}
      <ul className="art19-recipients">
        {listing.recipients.map((r) => {
          const record = records.find((x) => x.recipientId === r.id);
          return (
            <li key={r.id}>
              <strong>
                <UserText>{r.name}</UserText>
              </strong>{' '}
              <span className="field__hint">
                <UserText>{r.description}</UserText>
              </span>
              {r.withheldFromSubject && (
                <p className="banner banner--warning">
                  {r.withheldFromSubject.until ? t.screens.art19SecretUntil(formatDay(r.withheldFromSubject.until)) : t.screens.art19Secret}
                </p>
              )}
              {record ? (
                <p>
                  {s.requests.action.art19Outcomes[record.outcome]}
                  {record.notifiedOn ? ` ${formatDay(record.notifiedOn)}` : ''}
                  {record.reason && (
                    <>
                      {' — '}
                      <UserText>{record.reason}</UserText>
                    </>
                  )}
                </p>
              ) : (
                open && <NoticeForm detail={detail} recipient={r} today={today} />
              )}
            </li>
          );
        })}
      </ul>
      {/* Records for recipients no longer listed (or recorded at closing) stay visible. */}
      {records
        .filter((x) => !listing.recipients.some((r) => r.id === x.recipientId))
        .map((x) => (
          <p key={x.recipientId}>
            <UserText>{x.recipientName}</UserText>: {s.requests.action.art19Outcomes[x.outcome]}
            {x.notifiedOn ? ` ${formatDay(x.notifiedOn)}` : ''}
          </p>
        ))}
    </section>
  );
}

function NoticeForm({ detail, recipient, today }: { detail: RequestDetail; recipient: Art19Recipient; today: string }) {
  const v = t.screens;
  const client = useQueryClient();
  const record = useOpMutation('disclosure.art19Notice', {
    invalidates: REQUEST_READS.filter((op) => op !== 'request.get'),
    onSuccess: (fresh) => client.setQueryData(opKey('request.get', { ref: fresh.ref }), fresh),
  });
  const [outcome, setOutcome] = useState<(typeof ART19_NOTICE_OUTCOMES)[number]>('notified');
  const [notifiedOn, setNotifiedOn] = useState(today);
  const [reason, setReason] = useState('');
  const fieldErrors = record.error?.apiError.fieldErrors ?? {};
  const placed = ['outcome', 'notifiedOn', 'reason'].some((k) => fieldErrors[k]?.length);
  return (
    <form
      className="art19-notice form-row"
      aria-label={v.art19FormLabel(recipient.name)}
      onSubmit={(ev) => {
        ev.preventDefault();
        record.mutate({ ref: detail.ref, recipientId: recipient.id, outcome, notifiedOn: outcome === 'notified' ? notifiedOn : null, reason: outcome === 'notified' ? '' : reason });
      }}
    >
      <Field label={v.art19Outcome} error={fieldErrors.outcome?.[0]}>
        {(p) => (
          <select {...p} value={outcome} onChange={(e) => setOutcome(e.target.value as typeof outcome)}>
            <Options values={ART19_NOTICE_OUTCOMES} label={(o) => s.requests.action.art19Outcomes[o]} />
          </select>
        )}
      </Field>
      {outcome === 'notified' ? (
        <Field label={t.art19.notified} error={fieldErrors.notifiedOn?.[0]}>
          {(p) => <input {...p} type="date" value={notifiedOn} onChange={(e) => setNotifiedOn(e.target.value)} />}
        </Field>
      ) : (
        <Field label={t.art19.reason} error={fieldErrors.reason?.[0]}>
          {(p) => <input {...p} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      )}
      <div className="actions">
        <button type="submit" disabled={record.isPending}>
          {t.art19.record}
        </button>
      </div>
      {!placed && <FormError message={record.error?.message} />}
    </form>
  );
}
