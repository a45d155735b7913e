// One disclosure: what went to whom, on what ground, whether the subject may be told, its files,
// and every version (a correction is a new version; the earlier ones stay whole).
import { Link, useParams } from 'react-router';
import type { DisclosureDetail, DisclosureVersion } from '../../../../shared/model/disclosure';
import { useOp, useOpMutation } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { FileName, UserText } from '../../ui/UserText';
import { base64ToBytes, downloadBytes } from '../../ui/download';
import { SecrecyBadge } from './labels';
import './disclosures.css';
import { HoldCard } from '../retention/HoldCard';

const t = s.disclosures;

export function DisclosurePage({ today }: { today: string }) {
  const { id = '' } = useParams();
  const loaded = useOp('disclosure.get', { id });
  if (loaded.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  return <DisclosureView key={loaded.data.id} d={loaded.data} today={today} />;
}

function DisclosureView({ d, today }: { d: DisclosureDetail; today: string }) {
  const v = t.screens;
  const recipients = useOp('disclosure.recipients', {});
  const recipient = recipients.data?.find((r) => r.id === d.recipient.id);
  return (
    <section aria-labelledby="page-title" className="disclosure-page">
      <p>
        <Link to="/disclosures">← {v.back}</Link>
      </p>
      <div className="page-head">
        <h1 id="page-title">
          {d.ref} · <UserText>{d.recipient.name}</UserText>
        </h1>
        <div className="page-head__actions">
          <Link className="button" to={`/disclosures/${d.id}/correct`}>
            {t.correct}
          </Link>
        </div>
      </div>
      <p className="field__hint">
        {formatDay(d.date)}
        {d.time ? ` ${d.time}` : ''} · {t.recipientKinds[d.recipient.kind]} · {t.grounds[d.ground]} · {v.versionOf(d.version)}
      </p>
      <div className="request-grid">
        <div>
          <section className="card" aria-labelledby="what-title">
            <h2 id="what-title">{v.whatTitle}</h2>
            <dl className="kv">
              <dt>{t.fields.ground}</dt>
              <dd>{t.grounds[d.ground]}</dd>
              {d.groundNote && (
                <>
                  <dt>{t.fields.groundNote}</dt>
                  <dd className="pre">
                    <UserText>{d.groundNote}</UserText>
                  </dd>
                </>
              )}
              {d.reference && (
                <>
                  <dt>{t.fields.reference}</dt>
                  <dd>
                    <UserText>{d.reference}</UserText>
                  </dd>
                </>
              )}
              <dt>{t.fields.categories}</dt>
              <dd>{d.categories.map((c) => t.categories[c]).join(', ')}</dd>
              <dt>{t.fields.inquiry}</dt>
              <dd data-testid="disclosure-inquiry">{d.inquiry ? v.yes : v.no}</dd>
              {d.caseRef && (
                <>
                  <dt>{t.fields.caseRef}</dt>
                  <dd>
                    <UserText>{d.caseRef}</UserText>
                  </dd>
                </>
              )}
              {(d.approvedBy || d.approvedOn) && (
                <>
                  <dt>{t.fields.approvedBy}</dt>
                  <dd>
                    <UserText>{d.approvedBy ?? ''}</UserText>
                    {d.approvedOn ? ` · ${formatDay(d.approvedOn)}` : ''}
                  </dd>
                </>
              )}
            </dl>
          </section>
          <section className="card" aria-labelledby="secrecy-title">
            <h2 id="secrecy-title">{t.fields.secrecy}</h2>
            <p data-testid="disclosure-secrecy">
              <SecrecyBadge d={d} today={today} />
            </p>
            <dl className="kv">
              {d.secrecyGround && (
                <>
                  <dt>{v.secrecyGroundShort}</dt>
                  <dd className="pre">
                    <UserText>{d.secrecyGround}</UserText>
                  </dd>
                </>
              )}
              {d.subjectToldOn && (
                <>
                  <dt>{t.fields.subjectToldOn}</dt>
                  <dd>{formatDay(d.subjectToldOn)}</dd>
                </>
              )}
            </dl>
          </section>
          {d.flow && (
            <section className="card" aria-labelledby="flow-title">
              <h2 id="flow-title">{t.fields.flow}</h2>
              <dl className="kv">
                <dt>{t.fields.frequency}</dt>
                <dd>{t.frequencies[d.flow.frequency]}</dd>
                <dt>{t.fields.flowFrom}</dt>
                <dd>{formatDay(d.flow.from)}</dd>
                <dt>{t.fields.flowTo}</dt>
                <dd>{d.flow.to ? formatDay(d.flow.to) : v.ongoing}</dd>
                {d.flow.description && (
                  <>
                    <dt>{v.flowDescription}</dt>
                    <dd className="pre">
                      <UserText>{d.flow.description}</UserText>
                    </dd>
                  </>
                )}
              </dl>
            </section>
          )}
          <Versions versions={d.versions} />
        </div>
        <div>
          <section className="card" aria-labelledby="recipient-title">
            <h2 id="recipient-title">{t.fields.recipient}</h2>
            <dl className="kv">
              <dt>{v.name}</dt>
              <dd>
                <UserText>{d.recipient.name}</UserText>
              </dd>
              <dt>{t.fields.recipientKind}</dt>
              <dd>{t.recipientKinds[d.recipient.kind]}</dd>
              {recipient?.country && (
                <>
                  <dt>{t.fields.country}</dt>
                  <dd>{recipient.country}</dd>
                </>
              )}
              {recipient?.contact && (
                <>
                  <dt>{t.fields.contact}</dt>
                  <dd className="pre">
                    <UserText>{recipient.contact}</UserText>
                  </dd>
                </>
              )}
              {recipient?.thirdCountry && (
                <>
                  <dt>{t.fields.thirdCountry}</dt>
                  <dd>{recipient.safeguard ? t.safeguards[recipient.safeguard] : '—'}</dd>
                </>
              )}
            </dl>
          </section>
          <section className="card" aria-labelledby="subjects-title">
            <h2 id="subjects-title">{t.columns.subjects}</h2>
            <Subjects d={d} />
          </section>
          <Files d={d} />
          <HoldCard refValue={d.ref} today={today} />
        </div>
      </div>
    </section>
  );
}

function Subjects({ d }: { d: DisclosureDetail }) {
  const v = t.screens;
  const sj = d.subjects;
  return (
    <dl className="kv">
      {sj.emails.length > 0 && (
        <>
          <dt>{t.fields.subjectEmails}</dt>
          <dd>
            {sj.emails.map((e) => (
              <div key={e}>
                <UserText>{e}</UserText>
              </div>
            ))}
          </dd>
        </>
      )}
      {sj.customerIds.length > 0 && (
        <>
          <dt>{t.fields.customerIds}</dt>
          <dd>{sj.customerIds.join(', ')}</dd>
        </>
      )}
      {sj.requestRefs.length > 0 && (
        <>
          <dt>{t.fields.requestRefs}</dt>
          <dd>
            {sj.requestRefs.map((r, i) => (
              <span key={r}>
                {i > 0 && ', '}
                <Link to={`/requests/${encodeURIComponent(r)}`}>{r}</Link>
              </span>
            ))}
          </dd>
        </>
      )}
      {sj.bulkCount !== null && (
        <>
          <dt>{t.fields.bulkCount}</dt>
          <dd>{sj.bulkCount}</dd>
        </>
      )}
      <dt>{v.subjectsCounted}</dt>
      <dd>{d.subjectsCount}</dd>
    </dl>
  );
}

/** The order itself and other files: inside the encrypted database; "Save a copy" takes one out. */
function Files({ d }: { d: DisclosureDetail }) {
  const v = t.screens;
  const save = useOpMutation('disclosure.fileGet', { onSuccess: (c) => downloadBytes(c.filename, base64ToBytes(c.base64), c.mimeType) });
  return (
    <section className="card" aria-labelledby="files-title">
      <h2 id="files-title">{t.fields.files}</h2>
      <FormError message={save.error?.message} />
      {d.files.length === 0 ? (
        <p className="field__hint">{v.noFiles}</p>
      ) : (
        <ul className="attachments">
          {d.files.map((f) => (
            <li key={f.publicId}>
              <strong>
                <FileName name={f.filename} />
              </strong>{' '}
              <span className="field__hint">({Math.ceil(f.sizeBytes / 1024)} KB)</span>{' '}
              <button type="button" className="button--small" aria-label={v.saveFile(f.filename)} onClick={() => save.mutate({ id: d.id, fileId: f.id })}>
                {s.requests.detail.save}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Oldest first; every field of every version, so what was corrected can be read back. */
function Versions({ versions }: { versions: DisclosureVersion[] }) {
  const v = t.screens;
  return (
    <section className="card" aria-labelledby="versions-title">
      <h2 id="versions-title">{t.fields.versions}</h2>
      <ol className="disclosure-versions" data-testid="disclosure-versions">
        {versions.map((ver) => (
          <li key={ver.version}>
            <strong>{v.versionOf(ver.version)}</strong> <span className="field__hint">{v.recordedAt(formatDay(ver.at.slice(0, 10)), ver.by)}</span>
            {ver.reason && (
              <p className="pre">
                {t.correctionReason}: <UserText>{ver.reason}</UserText>
              </p>
            )}
            <details>
              <summary>{v.versionContent}</summary>
              <dl className="kv">
                <dt>{t.fields.date}</dt>
                <dd>{formatDay(ver.content.date)}</dd>
                <dt>{t.fields.ground}</dt>
                <dd>{t.grounds[ver.content.ground]}</dd>
                <dt>{t.fields.reference}</dt>
                <dd>
                  <UserText>{ver.content.reference ?? '—'}</UserText>
                </dd>
                <dt>{t.fields.categories}</dt>
                <dd>{ver.content.categories.map((c) => t.categories[c]).join(', ')}</dd>
                <dt>{t.fields.secrecy}</dt>
                <dd>
                  {t.secrecy[ver.content.secrecy.decision]}
                  {ver.content.secrecy.until ? ` · ${formatDay(ver.content.secrecy.until)}` : ''}
                  {ver.content.secrecy.ground && (
                    <>
                      {' · '}
                      <UserText>{ver.content.secrecy.ground}</UserText>
                    </>
                  )}
                </dd>
                <dt>{t.fields.inquiry}</dt>
                <dd>{ver.content.inquiry ? v.yes : v.no}</dd>
              </dl>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
