import { useCallback, useEffect, useRef, useState } from 'react';
import { LIST_PAGE_SIZE, type RequestSummary } from '../../../../shared/model/request';
import type { ApiError } from '../../../../shared/errors';
import { useBridge } from '../../bridge/BridgeContext';
import type { ListFilters } from './list-filters';

const PAGE = LIST_PAGE_SIZE;

interface State {
  key: string;
  total: number | null;
  pages: Map<number, RequestSummary[]>;
  error: ApiError | null;
}

/**
 * Rows for a virtualised list of any length: pages of LIST_PAGE_SIZE are fetched as they scroll
 * into view and kept for this filter. A filter change starts over. Only pages actually looked at
 * are fetched.
 */
export function useWindowedRows(filters: ListFilters, reloadKey: number) {
  const bridge = useBridge();
  const key = JSON.stringify(filters) + '#' + reloadKey;
  const [state, setState] = useState<State>({ key, total: null, pages: new Map(), error: null });
  const inflight = useRef(new Set<string>());
  const current = state.key === key ? state : { key, total: null, pages: new Map<number, RequestSummary[]>(), error: null };

  const loadPage = useCallback(
    async (page: number) => {
      const id = `${key}|${page}`;
      if (inflight.current.has(id)) return;
      inflight.current.add(id);
      const res = await bridge.call('request.list', { ...filters, offset: page * PAGE, limit: PAGE });
      inflight.current.delete(id);
      setState((prev) => {
        const base = prev.key === key ? prev : { key, total: null, pages: new Map<number, RequestSummary[]>(), error: null };
        if (!res.ok) return { ...base, error: res.error };
        const pages = new Map(base.pages);
        pages.set(page, res.result.rows);
        return { ...base, pages, total: res.result.total, error: null };
      });
    },
    [bridge, filters, key],
  );

  useEffect(() => {
    void loadPage(0);
  }, [loadPage]);

  const ensureRange = useCallback(
    (from: number, to: number) => {
      for (let p = Math.floor(from / PAGE); p <= Math.floor(to / PAGE); p++) {
        if (!current.pages.has(p)) void loadPage(p);
      }
    },
    [current.pages, loadPage],
  );

  const rowAt = (index: number): RequestSummary | undefined => current.pages.get(Math.floor(index / PAGE))?.[index % PAGE];
  return { total: current.total, error: current.error, rowAt, ensureRange };
}

