import { useState } from 'react';
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import type { OpResult } from '../../../../shared/api';
import { BridgeCallError, useBridge } from '../../bridge/BridgeContext';
import { callOp, opKey, useOpMutation } from '../../data/queries';
import { formatInstant, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { EmptyState, ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';

const PAGE = 100;

export function AuditPage() {
  const bridge = useBridge();
  const [operation, setOperation] = useState('');
  const [entityType, setEntityType] = useState('');
  const filter = { ...(operation ? { operation } : {}), ...(entityType ? { entityType } : {}), limit: PAGE };
  // Cursor pages, newest first: "older" continues from where the last page ended, and a new
  // filter (or an unlock) starts over from the newest event.
  const pages = useInfiniteQuery<OpResult<'audit.list'>, BridgeCallError, InfiniteData<OpResult<'audit.list'>>, readonly unknown[], number | null>({
    queryKey: opKey('audit.list', filter),
    queryFn: ({ pageParam }) => callOp(bridge, 'audit.list', { ...filter, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const verify = useOpMutation('audit.verify');
  const verification = verify.data;
  const events = pages.data?.pages.flatMap((p) => p.rows) ?? [];

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{s.audit.title}</h1>
      <p>{s.audit.intro}</p>
      <div className="card">
        <button type="button" onClick={() => verify.mutate({})} disabled={verify.isPending}>
          {verify.isPending ? s.audit.verifying : s.audit.verify}
        </button>
        <FormError message={verify.error?.message} />
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
      {pages.isPending && <Loading />}
      {pages.isError && <ErrorPanel error={pages.error.apiError} onRetry={() => void pages.refetch()} />}
      {pages.isSuccess && events.length === 0 && <EmptyState title={s.audit.empty} />}
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
      {pages.hasNextPage && (
        <button type="button" onClick={() => void pages.fetchNextPage()} disabled={pages.isFetchingNextPage}>
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
