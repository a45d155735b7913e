import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { CHANNELS, LIST_PAGE_SIZE, REQUEST_TYPES, STATUSES, type REQUEST_SORTS, type RequestSummary, type requestFilterSchema } from '../../../../shared/model/request';
import { useOp, useOpMutation } from '../../data/queries';
import { usePagedRows } from '../../data/use-paged-rows';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { EmptyState, ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { downloadBytes } from '../../ui/download';
import { UserText } from '../../ui/UserText';
import { useListFilters } from '../../ui/list-filters/use-list-filters';
import { RegisterTable, type RegisterColumn } from '../../ui/register-table/RegisterTable';
import { requestListFilters } from './list-view';
import { typeLabel, URGENCY_CLASS } from './labels';
import { ReminderSummary } from '../reminders/ReminderSummary';
import './requests.css';

const t = s.requests;
type ListFilters = z.output<typeof requestFilterSchema>;

/**
 * Reference, requester, status and deadline always show (priority 1); the channel joins first
 * (it fits at 1024 px), then type and date received as the width allows. Headings are read while
 * rendering, in the chosen language.
 */
function requestColumns(today: string): ReadonlyArray<RegisterColumn<RequestSummary, (typeof REQUEST_SORTS)[number]>> {
  return [
    {
      id: 'ref',
      header: () => t.columns.ref,
      sort: 'ref',
      priority: 1,
      min: 122,
      className: 'col-ref',
      // A plain anchor, not a router Link: the row's click already navigates, and a Link per row
      // costs its own hooks (the list's worst scrolling frame in the benchmarks).
      cell: (r) => (
        <a href={`#/requests/${encodeURIComponent(r.ref)}`} tabIndex={-1}>
          {r.ref}
        </a>
      ),
    },
    {
      id: 'name',
      header: () => t.columns.name,
      // Sorted by the name as typed until the store keeps a family-name sort key.
      sort: 'name',
      priority: 1,
      min: 140,
      grow: 2,
      className: 'col-name',
      cell: (r) => (
        <span title={r.email}>
          <UserText>{r.name}</UserText>
          {r.possibleDuplicateOf && <span className="badge badge--warning">{t.possibleDuplicate}</span>}
        </span>
      ),
    },
    { id: 'type', header: () => t.columns.type, priority: 3, min: 100, grow: 1, cell: (r) => typeLabel(r.types) },
    { id: 'status', header: () => t.columns.status, sort: 'status', priority: 1, min: 140, className: 'col-status', cell: (r) => <span title={t.statusLabels[r.status]}>{t.statusLabels[r.status]}</span> },
    { id: 'channel', header: () => t.columns.channel, priority: 2, min: 82, cell: (r) => <span title={t.channelLabels[r.channel]}>{t.channelLabels[r.channel]}</span> },
    { id: 'received', header: () => t.columns.received, sort: 'received', priority: 3, min: 104, className: 'col-received', cell: (r) => formatDay(r.received) },
    { id: 'due', header: () => t.columns.due, sort: 'due', priority: 1, min: 236, grow: 1, className: 'col-due', cell: (r) => <DueCell r={r} today={today} /> },
  ];
}

function DueCell({ r, today }: { r: RequestSummary; today: string }) {
  if (r.daysLeft === null) return <>{formatDay(r.due)}</>;
  return (
    <span className={URGENCY_CLASS[r.urgency]}>
      {formatDay(r.due, { today })}
      {r.clockStopped ? ` · ${t.clockStopped}` : ''}
    </span>
  );
}

/** The search text survives leaving and returning to the list, in memory only (never the URL). */
let rememberedSearch = '';

export function RequestsPage({ today }: { today: string }) {
  // A new array only when the day changes: the memoised rows keep theirs while scrolling.
  const columns = useMemo(() => requestColumns(today), [today]);
  const navigate = useNavigate();
  const view = useListFilters(requestListFilters);
  const [search, setSearchState] = useState(rememberedSearch);
  const setSearch = (q: string) => {
    rememberedSearch = q;
    setSearchState(q);
  };
  const filters = useMemo<ListFilters>(() => ({ ...view.filters, ...(search ? { q: search } : {}) }), [view.filters, search]);
  const filtered = view.filtered || search !== '';
  const rows = usePagedRows('request.list', (offset, limit) => ({ ...filters, offset, limit }), LIST_PAGE_SIZE);
  const exportCsv = useOpMutation('request.exportCsv', { onSuccess: (out) => downloadBytes(out.filename, out.csv, 'text/csv;charset=utf-8') });
  const onOpen = useCallback((r: RequestSummary) => void navigate(`/requests/${encodeURIComponent(r.ref)}`), [navigate]);

  return (
    <section aria-labelledby="page-title" className="requests-page page--wide">
      <div className="page-head">
        <h1 id="page-title">{t.listTitle}</h1>
        <div className="page-head__actions">
          <Link className="button button--primary" to="/requests/new">
            {t.newRequest}
          </Link>
          <Link className="button" to="/import">
            {t.import}
          </Link>
          <button type="button" className="button" onClick={() => exportCsv.mutate(filters)} disabled={exportCsv.isPending || !rows.total}>
            {exportCsv.isPending ? t.exporting : t.exportCsv}
          </button>
        </div>
      </div>
      <ReminderSummary />
      <FormError message={exportCsv.error?.message} />
      <FilterBar
        filters={filters}
        onChange={view.setFilters}
        search={search}
        onSearch={setSearch}
        filtered={filtered}
        onClear={() => {
          setSearch('');
          view.clearFilters();
        }}
      />
      {rows.error && <ErrorPanel error={rows.error.apiError} />}
      {rows.total === null && !rows.error && <Loading />}
      {rows.total === 0 && <EmptyList filtered={view.filtered || search !== ''} />}
      {rows.total !== null && rows.total > 0 && (
        <RegisterTable
          label={t.listTitle}
          hint={`${t.total(rows.total)} · ${t.keyboardHint}`}
          total={rows.total}
          rowAt={rows.rowAt}
          onRange={rows.showRange}
          columns={columns}
          sort={filters}
          onSort={(next) => view.setFilters({ ...view.filters, ...next })}
          onOpen={onOpen}
          idPrefix="req"
          testId="request-rows"
        />
      )}
    </section>
  );
}

/**
 * Nothing to show: say whether the register is empty (and how to fill it) or the filters hide
 * what it holds. One extra row count, asked only when the list came back empty.
 */
function EmptyList({ filtered }: { filtered: boolean }) {
  const any = useOp('request.list', { limit: 1 });
  if (any.isPending) return <Loading />;
  if (any.data?.total === 0)
    return (
      <EmptyState title={t.emptyRegisterTitle}>
        {/* The two ways in are the buttons above the list; the text names them. */}
        <p>{t.emptyRegisterBody}</p>
      </EmptyState>
    );
  if (!filtered)
    return (
      <EmptyState title={t.emptyOpenTitle}>
        <p>{t.emptyOpenBody}</p>
      </EmptyState>
    );
  return (
    <EmptyState title={t.emptyTitle}>
      <p>{t.emptyFiltered}</p>
    </EmptyState>
  );
}

function FilterBar({
  filters,
  onChange,
  search,
  onSearch,
  filtered,
  onClear,
}: {
  filters: ListFilters;
  onChange: (f: ListFilters) => void;
  search: string;
  onSearch: (q: string) => void;
  filtered: boolean;
  onClear: () => void;
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
                {d === 0 ? t.dueToday : t.days(d)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input type="checkbox" checked={Boolean(filters.overdue)} onChange={(e) => onChange({ ...filters, overdue: e.target.checked || undefined })} /> {t.overdueOnly}
      </label>
      {filtered && (
        <button
          type="button"
          className="button button--link"
          onClick={() => {
            clearTimeout(timer.current);
            setQ('');
            onClear();
          }}
        >
          {t.clearFilters}
        </button>
      )}
    </div>
  );
}

