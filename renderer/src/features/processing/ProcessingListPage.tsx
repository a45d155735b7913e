// The record of processing activities (GDPR Art. 30): every activity, controller and processor,
// in the kit's register table, filtered by kind of record, data subjects and "review due". An
// empty record offers the example taken from the privacy policy, loaded only when asked.
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import { RECORD_KINDS, SUBJECT_KINDS, type PROCESSING_SORTS, type ProcessingSummary, type processingFilterSchema } from '../../../../shared/model/processing';
import { useOp, useOpMutation } from '../../data/queries';
import { usePagedRows } from '../../data/use-paged-rows';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { EmptyState, ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { embedUserText } from '../../../../shared/text/bidi';
import { downloadBytes } from '../../ui/download';
import { useListFilters } from '../../ui/list-filters/use-list-filters';
import { RegisterTable, type RegisterColumn } from '../../ui/register-table/RegisterTable';
import { PROCESSING_PAGE_SIZE, processingListFilters } from './list-view';
import { PROCESSING_READS } from './reads';
import { ProcessingRecordButton } from '../reports/ProcessingRecordButton';
import '../requests/requests.css';
import './processing.css';

const t = s.processing;
type ListFilters = z.output<typeof processingFilterSchema>;

/** Reference, name and review always show: "what is done, and is its entry still checked". */
function processingColumns(today: string): ReadonlyArray<RegisterColumn<ProcessingSummary, (typeof PROCESSING_SORTS)[number]>> {
  return [
    {
      id: 'ref',
      header: () => t.columns.ref,
      sort: 'ref',
      priority: 1,
      min: 90,
      className: 'col-ref',
      cell: (r) => (
        <a href={`#/processing/${r.id}`} tabIndex={-1}>
          {r.ref}
        </a>
      ),
    },
    {
      id: 'name',
      header: () => t.columns.name,
      sort: 'name',
      priority: 1,
      min: 200,
      grow: 3,
      cell: (r) => (
        <span title={r.name}>
          <UserText>{r.name}</UserText>
          {r.controllerName && <span className="field__hint"> {t.screens.processorFor(embedUserText(r.controllerName))}</span>}
        </span>
      ),
    },
    {
      id: 'kind',
      header: () => t.columns.kind,
      priority: 2,
      min: 170,
      cell: (r) => (
        <span>
          {t.kindsShort[r.kind]}{' '}
          {r.example && <span className="badge badge--info">{t.screens.exampleBadge}</span>}
        </span>
      ),
    },
    {
      id: 'subjects',
      header: () => t.columns.subjects,
      priority: 3,
      min: 140,
      grow: 1,
      cell: (r) => {
        const text = r.subjectKinds.map((k) => t.subjectKinds[k]).join(', ');
        return <span title={text}>{text}</span>;
      },
    },
    {
      id: 'categories',
      header: () => t.columns.categories,
      priority: 3,
      min: 150,
      grow: 1,
      cell: (r) => {
        const text = r.dataCategories.map((c) => s.disclosures.categories[c]).join(', ');
        return <span title={text}>{text}</span>;
      },
    },
    {
      id: 'reviewed',
      header: () => t.columns.reviewed,
      sort: 'reviewed',
      priority: 1,
      min: 190,
      grow: 1,
      cell: (r) => (
        <span>
          {/* The badge first: a narrow column cuts the end of the cell, never the warning. */}
          {r.reviewDue && <span className="badge badge--warning">{r.lastReviewedOn ? t.screens.reviewDueBadge : t.screens.neverReviewed}</span>}
          {r.lastReviewedOn && ` ${formatDay(r.lastReviewedOn, { today })}`}
        </span>
      ),
    },
  ];
}

export function ProcessingListPage({ today }: { today: string }) {
  const columns = useMemo(() => processingColumns(today), [today]);
  const navigate = useNavigate();
  const view = useListFilters(processingListFilters);
  const filters = view.filters;
  const rows = usePagedRows('processing.list', (offset, limit) => ({ ...filters, offset, limit }), PROCESSING_PAGE_SIZE);
  const onOpen = useCallback((r: ProcessingSummary) => void navigate(`/processing/${r.id}`), [navigate]);
  const [exportDate, setExportDate] = useState(today);
  const exportCsv = useOpMutation('processing.csv', { onSuccess: (out) => downloadBytes(out.filename, out.csv, 'text/csv;charset=utf-8') });

  return (
    <section aria-labelledby="page-title" className="processing-page page--wide">
      <div className="page-head">
        <h1 id="page-title">{t.listTitle}</h1>
        <div className="page-head__actions">
          <Link className="button button--primary" to="/processing/new">
            {t.newActivity}
          </Link>
        </div>
      </div>
      <p className="field__hint">{t.intro}</p>
      {/* What a regulator asks for: the record as it stood on a date (GDPR Art. 30(4)). */}
      <div className="processing-asof">
        <Field label={t.exportAsOf}>{(p) => <input {...p} type="date" value={exportDate} max={today} onChange={(e) => setExportDate(e.target.value)} />}</Field>
        <button
          type="button"
          className="button"
          onClick={() => exportCsv.mutate({ ...(filters.kind ? { kind: filters.kind } : {}), ...(/^\d{4}-\d{2}-\d{2}$/.test(exportDate) ? { date: exportDate } : {}) })}
          disabled={exportCsv.isPending}
        >
          {t.exportCsv}
        </button>
      </div>
      <FormError message={exportCsv.error?.message} />
      <ProcessingRecordButton date={exportDate} />
      <div className="filter-bar" role="search">
        <Field label={t.filters.kind}>
          {(p) => (
            <select {...p} value={filters.kind ?? ''} onChange={(e) => view.setFilters({ ...filters, kind: (e.target.value || undefined) as ListFilters['kind'] })}>
              <option value="">{s.requests.any}</option>
              <Options values={RECORD_KINDS} label={(k) => t.kindsShort[k]} />
            </select>
          )}
        </Field>
        <Field label={t.filters.subjectKind}>
          {(p) => (
            <select {...p} value={filters.subjectKind ?? ''} onChange={(e) => view.setFilters({ ...filters, subjectKind: (e.target.value || undefined) as ListFilters['subjectKind'] })}>
              <option value="">{s.requests.any}</option>
              <Options values={SUBJECT_KINDS} label={(k) => t.subjectKinds[k]} />
            </select>
          )}
        </Field>
        <label className="checkbox">
          <input type="checkbox" checked={Boolean(filters.reviewDue)} onChange={(e) => view.setFilters({ ...filters, reviewDue: e.target.checked || undefined })} /> {t.filters.reviewDue}
        </label>
        {view.filtered && (
          <button type="button" className="button button--link" onClick={view.clearFilters}>
            {s.requests.clearFilters}
          </button>
        )}
      </div>
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
          idPrefix="proc"
          testId="processing-rows"
        />
      )}
    </section>
  );
}

/** An empty record offers the example; filters that hide everything say so. */
function EmptyList({ filtered }: { filtered: boolean }) {
  const any = useOp('processing.list', { limit: 1 }, { enabled: filtered });
  const load = useOpMutation('processing.loadExample', { invalidates: PROCESSING_READS });
  if (filtered && any.isPending) return <Loading />;
  if (filtered && any.data?.total !== 0)
    return (
      <EmptyState title={t.emptyFiltered}>
        <p>{t.emptyFilteredHow}</p>
      </EmptyState>
    );
  return (
    <EmptyState title={t.empty}>
      <p>{t.emptyHow}</p>
      <p className="field__hint">{t.exampleHint}</p>
      <p>
        <button type="button" className="button" onClick={() => load.mutate({})} disabled={load.isPending}>
          {load.isPending ? t.loadingExample : t.loadExample}
        </button>
      </p>
      <FormError message={load.error?.message} />
    </EmptyState>
  );
}
