import { useState } from 'react';
import type { AuditEvent, AuditVerification } from '../../../../shared/model/audit';
import { useCall, useQuery } from '../../bridge/BridgeContext';
import { formatInstant, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { EmptyState, ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';

const PAGE = 100;

export function AuditPage() {
  const call = useCall();
  const [operation, setOperation] = useState('');
  const [entityType, setEntityType] = useState('');
  const filter = { ...(operation ? { operation } : {}), ...(entityType ? { entityType } : {}) };
  const [page, reload] = useQuery('audit.list', { ...filter, limit: PAGE });
  // Older pages belong to the first page they continue; a new first page (filter change,
  // unlock) starts over without an effect.
  const [olderPages, setOlderPages] = useState<{ base: unknown; events: AuditEvent[]; next: number | null } | null>(null);
  const continues = olderPages !== null && olderPages.base === page;
  const older = continues ? olderPages.events : [];
  const nextBefore = continues ? olderPages.next : page.state === 'ready' ? page.data.nextCursor : null;
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);
  const [error, setError] = useState<string>();

  const loadOlder = async () => {
    if (!nextBefore) return;
    const more = await call('audit.list', { ...filter, limit: PAGE, cursor: nextBefore });
    setOlderPages({ base: page, events: [...older, ...more.rows], next: more.nextCursor });
  };

  const verify = async () => {
    setVerifying(true);
    setError(undefined);
    try {
      setVerification(await call('audit.verify', {}));
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setVerifying(false);
    }
  };

  const events = page.state === 'ready' ? [...page.data.rows, ...older] : [];
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{s.audit.title}</h1>
      <p>{s.audit.intro}</p>
      <div className="card">
        <button type="button" onClick={() => void verify()} disabled={verifying}>
          {verifying ? s.audit.verifying : s.audit.verify}
        </button>
        <FormError message={error} />
        {verification && (
          <div className={`banner ${verification.ok ? 'banner--ok' : 'banner--danger'}`} role="status" data-testid="audit-verification">
            {verification.ok ? s.audit.intact(verification.events) : `${s.audit.broken}: ${verification.problem}`}
            <div className="field__hint">
              {s.audit.head}: <code>{verification.head}</code>
            </div>
          </div>
        )}
      </div>
      <div className="form-row">
        <Field label={s.audit.filterOperation}>
          {(p) => <input {...p} value={operation} placeholder={s.audit.operationExample} onChange={(e) => setOperation(e.target.value.trim())} />}
        </Field>
        <Field label={s.audit.filterEntity}>
          {(p) => <input {...p} value={entityType} placeholder={s.audit.entityExample} onChange={(e) => setEntityType(e.target.value.trim())} />}
        </Field>
      </div>
      {page.state === 'loading' && <Loading />}
      {page.state === 'error' && <ErrorPanel error={page.error} onRetry={reload} />}
      {page.state === 'ready' && events.length === 0 && <EmptyState title={s.audit.empty} />}
      {events.length > 0 && (
        <table className="table">
          <caption className="visually-hidden">{s.audit.title}</caption>
          <thead>
            <tr>
              <th scope="col">{s.audit.seq}</th>
              <th scope="col">{s.audit.at}</th>
              <th scope="col">{s.audit.actor}</th>
              <th scope="col">{s.audit.operation}</th>
              <th scope="col">{s.audit.entity}</th>
              <th scope="col">{s.audit.details}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.seq}>
                <td>{e.seq}</td>
                <td>{formatInstant(e.at)}</td>
                <td>{e.actor}</td>
                <td>
                  <code>{e.operation}</code>
                </td>
                <td>
                  {e.entityType}
                  {e.entityId ? ` ${e.entityId}` : ''}
                </td>
                <td className="audit-summary">
                  <UserText>{summarise(e.summary)}</UserText>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextBefore && (
        <button type="button" onClick={() => void loadOlder()}>
          {s.audit.older}
        </button>
      )}
    </section>
  );
}

function summarise(summary: Record<string, unknown>): string {
  const text = JSON.stringify(summary);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
