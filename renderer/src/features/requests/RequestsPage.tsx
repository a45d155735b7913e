import { memo, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { CHANNELS, REQUEST_TYPES, STATUSES, type RequestSummary } from '../../../../shared/model/request';
import { useCall } from '../../bridge/BridgeContext';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { EmptyState, ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { downloadBytes } from '../../ui/download';
import { UserText } from '../../ui/UserText';
import { filtersFromParams, paramsFromFilters, type ListFilters, type SortKey } from './list-filters';
import { useWindowedRows } from './use-windowed-rows';
import { typeLabel, URGENCY_CLASS } from './labels';
import { ReminderSummary } from '../reminders/ReminderSummary';
import './requests.css';

const t = s.requests;
const ROW_HEIGHT = 44;
// Column headings are looked up while rendering (t.columns[column]), in the chosen language.
const COLUMNS: Array<{ key: SortKey | null; column: keyof typeof t.columns; className: string }> = [
  { key: 'ref', column: 'ref', className: 'col-ref' },
  { key: 'name', column: 'name', className: 'col-name' },
  { key: null, column: 'type', className: 'col-type' },
  { key: 'status', column: 'status', className: 'col-status' },
  { key: 'received', column: 'received', className: 'col-received' },
  { key: 'due', column: 'due', className: 'col-due' },
];

/** The search text survives leaving and returning to the list, in memory only (never the URL). */
let rememberedSearch = '';

export function RequestsPage({ today }: { today: string }) {
  const [params, setParams] = useSearchParams();
  const [search, setSearchState] = useState(rememberedSearch);
  const setSearch = (q: string) => {
    rememberedSearch = q;
    setSearchState(q);
  };
  const filters = useMemo(() => ({ ...filtersFromParams(params), ...(search ? { q: search } : {}) }), [params, search]);
  const setFilters = (next: ListFilters) => setParams(paramsFromFilters(next), { replace: true });
  const rows = useWindowedRows(filters, 0);
  const call = useCall();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string>();
  const hasFilters = params.toString().replace(/(^|&)(sort|dir)=[^&]*/g, '') !== '' || search !== '';

  const exportCsv = async () => {
    setExporting(true);
    setExportError(undefined);
    try {
      const { sort, dir, ...rest } = filters;
      const out = await call('request.exportCsv', { ...rest, sort, dir });
      downloadBytes(out.filename, out.csv, 'text/csv;charset=utf-8');
    } catch (err) {
      setExportError((err as Error).message);
    } finally {
      setExporting(false);
    }
  };

  return (
    <section aria-labelledby="page-title" className="requests-page">
      <div className="page-head">
        <h1 id="page-title">{t.listTitle}</h1>
        <div className="page-head__actions">
          <Link className="button button--primary" to="/requests/new">
            {t.newRequest}
          </Link>
          <Link className="button" to="/import">
            {t.import}
          </Link>
          <button type="button" onClick={() => void exportCsv()} disabled={exporting || !rows.total}>
            {exporting ? t.exporting : t.exportCsv}
          </button>
        </div>
      </div>
      <ReminderSummary />
      <FormError message={exportError} />
      <FilterBar filters={filters} onChange={setFilters} search={search} onSearch={setSearch} hasFilters={hasFilters} />
      {rows.error && <ErrorPanel error={rows.error} />}
      {rows.total === null && !rows.error && <Loading />}
      {rows.total === 0 && (
        <EmptyState title={t.emptyTitle}>
          <p>{hasFilters ? t.emptyFiltered : t.emptyAll}</p>
        </EmptyState>
      )}
      {rows.total !== null && rows.total > 0 && <RequestTable total={rows.total} rowAt={rows.rowAt} ensureRange={rows.ensureRange} filters={filters} onSort={setFilters} today={today} />}
    </section>
  );
}

function FilterBar({
  filters,
  onChange,
  search,
  onSearch,
  hasFilters,
}: {
  filters: ListFilters;
  onChange: (f: ListFilters) => void;
  search: string;
  onSearch: (q: string) => void;
  hasFilters: boolean;
}) {
  const [q, setQ] = useState(search);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const statusValue = filters.open ? 'open' : (filters.status?.[0] ?? '');
  return (
    <div className="filter-bar" role="search">
      <Field label={t.search}>
        {(p) => (
          <input
            {...p}
            type="search"
            placeholder={t.searchPlaceholder}
            value={q}
            onChange={(e) => {
              const v = e.target.value;
              setQ(v);
              clearTimeout(timer.current);
              // Only the search text is debounced; it is its own state, so no stale filters.
              timer.current = setTimeout(() => onSearch(v.trim()), 250);
            }}
          />
        )}
      </Field>
      <Field label={t.status}>
        {(p) => (
          <select
            {...p}
            value={statusValue}
            onChange={(e) => {
              const v = e.target.value;
              const { status: _s, open: _o, ...rest } = filters;
              onChange(v === 'open' ? { ...rest, open: true } : v ? { ...rest, status: [v as (typeof STATUSES)[number]] } : rest);
            }}
          >
            <option value="">{t.any}</option>
            <option value="open">{t.openOnly}</option>
            <Options values={STATUSES} label={(st) => t.statusLabels[st]} />
          </select>
        )}
      </Field>
      <Field label={t.type}>
        {(p) => (
          <select {...p} value={filters.types?.[0] ?? ''} onChange={(e) => onChange({ ...filters, types: e.target.value ? [e.target.value as (typeof REQUEST_TYPES)[number]] : undefined })}>
            <option value="">{t.any}</option>
            <Options values={REQUEST_TYPES} label={(ty) => t.typeLabels[ty]} />
          </select>
        )}
      </Field>
      <Field label={t.channel}>
        {(p) => (
          <select {...p} value={filters.channel?.[0] ?? ''} onChange={(e) => onChange({ ...filters, channel: e.target.value ? [e.target.value as (typeof CHANNELS)[number]] : undefined })}>
            <option value="">{t.any}</option>
            <Options values={CHANNELS} label={(c) => t.channelLabels[c]} />
          </select>
        )}
      </Field>
      <Field label={t.dueWithin}>
        {(p) => (
          <select {...p} value={filters.dueWithinDays ?? ''} onChange={(e) => onChange({ ...filters, dueWithinDays: e.target.value === '' ? undefined : Number(e.target.value) })}>
            <option value="">{t.anyTime}</option>
            {[0, 7, 14, 30].map((d) => (
              <option key={d} value={d}>
                {d === 0 ? 'Today' : t.days(d)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={Boolean(filters.overdue)} onChange={(e) => onChange({ ...filters, overdue: e.target.checked || undefined })} /> {t.overdueOnly}
      </label>
      {hasFilters && (
        <button
          type="button"
          className="button--link"
          onClick={() => {
            clearTimeout(timer.current);
            setQ('');
            onSearch('');
            onChange({ sort: filters.sort, dir: filters.dir });
          }}
        >
          {t.clearFilters}
        </button>
      )}
    </div>
  );
}

function RequestTable({
  total,
  rowAt,
  ensureRange,
  filters,
  onSort,
  today,
}: {
  total: number;
  rowAt: (i: number) => RequestSummary | undefined;
  ensureRange: (from: number, to: number) => void;
  filters: ListFilters;
  onSort: (f: ListFilters) => void;
  today: string;
}) {
  const navigate = useNavigate();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  // The virtualiser's API is deliberately not memoisable; the compiler lint knows and warns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, ensureRange]);

  const move = (to: number) => {
    const next = Math.max(0, Math.min(total - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const targets: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + 10, PageUp: active - 10, Home: 0, End: total - 1 };
    const to = targets[e.key];
    if (to !== undefined) {
      e.preventDefault();
      move(to);
    } else if (e.key === 'Enter') {
      const row = rowAt(active);
      if (row) navigate(`/requests/${row.ref}`);
    }
  };

  return (
    <div className="request-table" role="table" aria-label={t.listTitle} aria-rowcount={total + 1}>
      <p className="field__hint">
        {t.total(total)} · {t.keyboardHint}
      </p>
      <div role="rowgroup">
        <div role="row" className="request-row request-row--head">
          {COLUMNS.map((c) => (
            <div key={c.column} role="columnheader" className={c.className} aria-sort={c.key && filters.sort === c.key ? (filters.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
              {c.key ? (
                <button
                  type="button"
                  className="sort-button"
                  aria-label={t.sortBy(t.columns[c.column])}
                  onClick={() => onSort({ ...filters, sort: c.key!, dir: filters.sort === c.key && filters.dir === 'asc' ? 'desc' : 'asc' })}
                >
                  {t.columns[c.column]}
                  {filters.sort === c.key ? (filters.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                </button>
              ) : (
                t.columns[c.column]
              )}
            </div>
          ))}
        </div>
      </div>
      <div
        ref={scrollRef}
        className="request-table__scroll"
        tabIndex={0}
        role="rowgroup"
        aria-activedescendant={`req-row-${active}`}
        onKeyDown={onKeyDown}
        data-testid="request-rows"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const r = rowAt(v.index);
            return (
              <div
                key={v.key}
                id={`req-row-${v.index}`}
                role="row"
                aria-rowindex={v.index + 2}
                aria-selected={v.index === active}
                className={`request-row${v.index === active ? ' request-row--active' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: v.size, transform: `translateY(${v.start}px)` }}
                onClick={() => r && navigate(`/requests/${r.ref}`)}
              >
                {r ? <RowCells r={r} today={today} /> : <div role="cell" className="col-ref loading">…</div>}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

/**
 * One row's cells. Memoised on the row object (a fetched page never changes), so scrolling
 * re-renders only the rows that come into view; a plain anchor instead of a router Link, as the
 * row's click already navigates and a Link per row costs its own hooks (benchmarks issue:
 * renderer_list worst frame).
 */
const RowCells = memo(function RowCells({ r, today }: { r: RequestSummary; today: string }) {
  return (
    <>
      <div role="cell" className="col-ref">
        <a href={`#/requests/${encodeURIComponent(r.ref)}`} tabIndex={-1}>
          {r.ref}
        </a>
      </div>
      <div role="cell" className="col-name" title={r.email}>
        <UserText>{r.name}</UserText>
        {r.possibleDuplicateOf && <span className="tag tag--warn">{t.possibleDuplicate}</span>}
      </div>
      <div role="cell" className="col-type">
        {typeLabel(r.types)}
      </div>
      <div role="cell" className="col-status">
        {t.statusLabels[r.status]}
      </div>
      <div role="cell" className="col-received">
        {formatDay(r.received)}
      </div>
      <div role="cell" className="col-due">
        {r.daysLeft === null ? (
          formatDay(r.due)
        ) : (
          <span className={URGENCY_CLASS[r.urgency]}>
            {formatDay(r.due, { today })}
            {r.clockStopped ? ` · ${t.clockStopped}` : ''}
          </span>
        )}
      </div>
    </>
  );
});
