// Rows of an offset-paged list of any length, for a virtualised table: each page of `pageSize`
// rows is one cached query ([op, {...filter, offset, limit}]), asked for only when it scrolls into
// view (plus the first page, whose total sizes the table). A filter change is a new set of keys,
// so it starts over; a page scrolled past stays cached and is not fetched again when it returns.
import { useCallback, useState } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { OpInput, OpName, OpResult } from '../../../shared/api';
import type { Page } from '../../../shared/model/paging';
import { useBridge, type BridgeCallError } from '../bridge/BridgeContext';
import { callOp, opKey } from './queries';

/** Operations whose answer is one offset page of rows. */
export type PagedOp = { [K in OpName]: OpResult<K> extends Page<unknown> ? K : never }[OpName];
export type RowOf<N extends PagedOp> = OpResult<N> extends Page<infer R> ? R : never;

/** A page scrolled back into view within this time is shown from the cache without asking again. */
const PAGE_FRESH_MS = 30_000;

export function usePagedRows<N extends PagedOp>(op: N, pageInput: (offset: number, limit: number) => OpInput<N>, pageSize: number) {
  const bridge = useBridge();
  // Pages, not rows: the table re-renders the list's owner only when a page boundary is crossed.
  const [range, setRange] = useState({ first: 0, last: 0 });
  const wanted = [0];
  for (let p = Math.max(1, range.first); p <= range.last; p++) wanted.push(p);
  const pages = useQueries({
    queries: wanted.map((page) => {
      const input = pageInput(page * pageSize, pageSize);
      return { queryKey: opKey(op, input), queryFn: async (): Promise<Page<unknown>> => callOp<PagedOp>(bridge, op, input), staleTime: PAGE_FRESH_MS };
    }),
    combine: (results) => ({
      byPage: new Map(results.flatMap((r, i) => (r.data ? [[wanted[i]!, r.data.rows] as const] : []))),
      total: results.find((r) => r.data)?.data?.total ?? null,
      // callOp throws only BridgeCallError (the bridge turns even a lost host into an ApiError).
      error: (results.find((r) => r.error)?.error ?? null) as BridgeCallError | null,
    }),
  });

  const showRange = useCallback(
    (fromRow: number, toRow: number) => {
      const first = Math.floor(fromRow / pageSize);
      const last = Math.floor(toRow / pageSize);
      setRange((cur) => (cur.first === first && cur.last === last ? cur : { first, last }));
    },
    [pageSize],
  );
  // The rows are those of OpResult<N> (a Page<RowOf<N>>); the cache stores them as unknown.
  const rowAt = (index: number) => pages.byPage.get(Math.floor(index / pageSize))?.[index % pageSize] as RowOf<N> | undefined;
  return { total: pages.total, error: pages.error, rowAt, showRange };
}
