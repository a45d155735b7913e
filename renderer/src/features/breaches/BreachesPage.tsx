// The breach register's list (GDPR Art. 33(5)): every breach, most recent awareness first, in the
// kit's register table, with its 72-hour clock; filters by period, risk, role, nature and clock
// state; the CSV of what the filters show.
import { useCallback, useMemo } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { BREACH_NATURES, BREACH_ROLES, CLOCK_STATES, RISK_LEVELS, type BREACH_SORTS, type BreachSummary, type breachFilterSchema } from '../../../../shared/model/breach';
import { useOp, useOpMutation } from '../../data/queries';
import { usePagedRows } from '../../data/use-paged-rows';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { EmptyState, ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { downloadBytes } from '../../ui/download';
import { useListFilters } from '../../ui/list-filters/use-list-filters';
import { RegisterTable, type RegisterColumn } from '../../ui/register-table/RegisterTable';
import { BREACH_PAGE_SIZE, breachListFilters } from './list-view';
import { ClockCell } from './labels';
import { useNow } from './use-now';
import { breachClock } from '../../../../shared/breaches/clock';
import '../requests/requests.css';
import './breaches.css';

const t = s.breaches;
type Filters = z.output<typeof breachFilterSchema>;

/** Reference, awareness, title and the clock always show (priority 1): "what, and how long is left". */
const COLUMNS: ReadonlyArray<RegisterColumn<BreachSummary, (typeof BREACH_SORTS)[number]>> = [
  {
    id: 'ref',
    header: () => t.columns.ref,
    sort: 'ref',
    priority: 1,
    min: 112,
    className: 'col-ref',
    cell: (r) => (
      <a href={`#/breaches/${r.id}`} tabIndex={-1}>
        {r.ref}
      </a>
    ),
  },
  { id: 'aware', header: () => t.columns.aware, sort: 'aware', priority: 1, min: 170, cell: (r) => `${formatDay(r.awareAt.local.slice(0, 10))} ${r.awareAt.local.slice(11, 16)}` },
  {
    id: 'title',
    header: () => t.columns.title,
    priority: 1,
    min: 160,
    grow: 2,
    cell: (r) => (
      <span title={r.title}>
        <UserText>{r.title}</UserText>
      </span>
    ),
  },
  { id: 'risk', header: () => t.columns.risk, sort: 'risk', priority: 2, min: 110, cell: (r) => t.risks[r.risk] },
  { id: 'nature', header: () => t.columns.nature, priority: 3, min: 130, grow: 1, cell: (r) => r.natures.map((n) => t.natures[n]).join(', ') },
  { id: 'subjects', header: () => t.columns.subjects, priority: 3, min: 90, cell: (r) => (r.subjectsApprox === null ? t.screens.none : r.subjectsApprox) },
  { id: 'clock', header: () => t.columns.clock, priority: 1, min: 230, grow: 1, cell: (r) => <LiveClockCell row={r} /> },
];

/** The row's clock, recomputed every minute from its instants (the page is not read again for it). */
function LiveClockCell({ row }: { row: BreachSummary }) {
  const now = useNow();
  return <ClockCell clock={breachClock({ awareAt: row.awareAt.at, role: row.role, risk: row.risk, notifiedAt: row.notifiedAt }, now)} now={now} />;
}

export function BreachesPage() {
  const navigate = useNavigate();
  const view = useListFilters(breachListFilters);
  const filters = view.filters;
  const rows = usePagedRows('breach.list', (offset, limit) => ({ ...filters, offset, limit }), BREACH_PAGE_SIZE);
  const onOpen = useCallback((r: BreachSummary) => void navigate(`/breaches/${r.id}`), [navigate]);
  const exportCsv = useOpMutation('breach.exportCsv', { onSuccess: (r) => downloadBytes(r.filename, r.csv, 'text/csv;charset=utf-8') });
  const columns = useMemo(() => COLUMNS, []);

  return (
    <section aria-labelledby="page-title" className="breaches-page page--wide">
      <div className="page-head">
        <h1 id="page-title">{t.listTitle}</h1>
        <div className="page-head__actions">
          <button type="button" onClick={() => exportCsv.mutate({ ...filters })} disabled={exportCsv.isPending}>
            {t.exportCsv}
          </button>
          <Link className="button button--primary" to="/breaches/new">
            {t.newBreach}
          </Link>
        </div>
      </div>
      <FormError message={exportCsv.error?.message} />
      <FilterBar filters={filters} onChange={view.setFilters} filtered={view.filtered} onClear={view.clearFilters} />
      {rows.error && <ErrorPanel error={rows.error.apiError} />}
      {rows.total === null && !rows.error && <Loading />}
      {rows.total === 0 && <EmptyList filtered={view.filtered} />}
      {rows.total !== null && rows.total > 0 && (
        <RegisterTable
          label={t.listTitle}
          hint={`${t.total(rows.total)} · ${t.keyboardHint}`}
          total={rows.total}
          rowAt={rows.rowAt}
          onRange={rows.showRange}
          columns={columns}
          sort={filters}
          onSort={(next) => view.setFilters({ ...filters, ...next })}
          onOpen={onOpen}
          idPrefix="breach"
          testId="breach-rows"
        />
      )}
    </section>
  );
}

function EmptyList({ filtered }: { filtered: boolean }) {
  const any = useOp('breach.list', { limit: 1 }, { enabled: filtered });
  if (filtered && any.isPending) return <Loading />;
  if (!filtered || any.data?.total === 0)
    return (
      <EmptyState title={t.empty}>
        <p>{t.emptyHow}</p>
      </EmptyState>
    );
  return <EmptyState title={t.emptyFiltered} />;
}

function FilterBar({ filters, onChange, filtered, onClear }: { filters: Filters; onChange: (f: Filters) => void; filtered: boolean; onClear: () => void }) {
  const setDate = (key: 'from' | 'to', v: string) => onChange({ ...filters, [key]: /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined });
  const pick = <K extends 'risk' | 'role' | 'nature' | 'clock'>(key: K, v: string) => onChange({ ...filters, [key]: (v || undefined) as Filters[K] });
  return (
    <div className="filter-bar" role="search">
      <Field label={t.filters.from}>{(p) => <input {...p} type="date" value={filters.from ?? ''} onChange={(e) => setDate('from', e.target.value)} />}</Field>
      <Field label={t.filters.to}>{(p) => <input {...p} type="date" value={filters.to ?? ''} onChange={(e) => setDate('to', e.target.value)} />}</Field>
      <Field label={t.filters.risk}>
        {(p) => (
          <select {...p} value={filters.risk ?? ''} onChange={(e) => pick('risk', e.target.value)}>
            <option value="">{t.filters.any}</option>
            <Options values={RISK_LEVELS} label={(k) => t.risks[k]} />
          </select>
        )}
      </Field>
      <Field label={t.filters.role}>
        {(p) => (
          <select {...p} value={filters.role ?? ''} onChange={(e) => pick('role', e.target.value)}>
            <option value="">{t.filters.any}</option>
            <Options values={BREACH_ROLES} label={(k) => t.roles[k]} />
          </select>
        )}
      </Field>
      <Field label={t.filters.nature}>
        {(p) => (
          <select {...p} value={filters.nature ?? ''} onChange={(e) => pick('nature', e.target.value)}>
            <option value="">{t.filters.any}</option>
            <Options values={BREACH_NATURES} label={(k) => t.natures[k]} />
          </select>
        )}
      </Field>
      <Field label={t.filters.clock}>
        {(p) => (
          <select {...p} value={filters.clock ?? ''} onChange={(e) => pick('clock', e.target.value)}>
            <option value="">{t.filters.any}</option>
            <Options values={CLOCK_STATES} label={(k) => t.clockStates[k]} />
          </select>
        )}
      </Field>
      {filtered && (
        <button type="button" className="button button--link" onClick={onClear}>
          {t.filters.clear}
        </button>
      )}
    </div>
  );
}
