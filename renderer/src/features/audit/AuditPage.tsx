import { useState } from 'react';
import { useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import type { OpResult } from '../../../../shared/api';
import { BridgeCallError, useBridge } from '../../bridge/BridgeContext';
import { callOp, opKey, useOpMutation } from '../../data/queries';
import { formatInstant, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { EmptyState, ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { entityWords, operationWords } from '../../../../shared/i18n/audit-words';

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
          {(p) => (
            <select {...p} value={operation} onChange={(e) => setOperation(e.target.value)}>
              <option value="">{s.audit.anyOperation}</option>
              {Object.entries(s.audit.operations).map(([code, words]) => (
                <option key={code} value={code}>
                  {words}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={s.audit.filterEntity}>
          {(p) => (
            <select {...p} value={entityType} onChange={(e) => setEntityType(e.target.value)}>
              <option value="">{s.audit.any}</option>
              {Object.entries(s.audit.entityTypes).map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
            </select>
          )}
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
                <td>{operationWords(s, e.operation) ?? e.operation}</td>
                <td>
                  {entityWords(s, e.entityType) ?? e.entityType}
                  {e.entityId ? ` ${e.entityId}` : ''}
                </td>
                <td className="audit-summary">
                  <ul className="audit-details">
                    {detailLines(e.summary).map((line, i) => (
                      <li key={i}>
                        <UserText>{line}</UserText>
                      </li>
                    ))}
                  </ul>
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


/** "receivedTime" → "received time": field names read as words. */
function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_.-]+/g, ' ').toLowerCase();
}

function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) return v.map(valueText).join(', ');
  if (typeof v === 'object') return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${words(k)} ${valueText(x)}`).join('; ');
  return String(v);
}

/** The event's details as readable lines: "status: received → in progress", "name: …". */
function detailLines(summary: Record<string, unknown>, prefix = ''): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(summary)) {
    const label = prefix ? `${prefix} ${words(key)}` : words(key);
    const v = value as { old?: unknown; new?: unknown } | null;
    if (v && typeof v === 'object' && !Array.isArray(v) && 'old' in v && 'new' in v) lines.push(`${label}: ${valueText(v.old)} → ${valueText(v.new)}`);
    else if (v && typeof v === 'object' && !Array.isArray(v) && (key === 'changes' || key === 'created' || key === 'summary')) lines.push(...detailLines(v as Record<string, unknown>, key === 'changes' || key === 'created' ? '' : label));
    else lines.push(`${label}: ${valueText(value)}`);
  }
  return lines.slice(0, 40);
}
