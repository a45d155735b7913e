// The disclosures register's list: every disclosure, newest first, in the kit's register table,
// filtered by period, kind of recipient, ground, subject and "secret now".
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { z } from 'zod';
import {
  DISCLOSURE_GROUNDS,
  RECIPIENT_KINDS,
  type DISCLOSURE_SORTS,
  type DisclosureSummary,
  type disclosureFilterSchema,
} from '../../../../shared/model/disclosure';
import { useOp } from '../../data/queries';
import { usePagedRows } from '../../data/use-paged-rows';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { EmptyState, ErrorPanel, Loading } from '../../ui/Panels';
import { UserText } from '../../ui/UserText';
import { useListFilters } from '../../ui/list-filters/use-list-filters';
import { RegisterTable, type RegisterColumn } from '../../ui/register-table/RegisterTable';
import { DISCLOSURE_PAGE_SIZE, disclosureListFilters } from './list-view';
import { SecrecyBadge } from './labels';
import { DisclosureNav } from './DisclosureNav';
import { SecrecyReminders } from './SecrecyReminders';
import './disclosures.css';

const t = s.disclosures;
type ListFilters = z.output<typeof disclosureFilterSchema>;

/**
 * Reference, date, recipient and secrecy always show (priority 1): they answer "what went to
 * whom, and may the subject know". Kind and ground join next, data and subjects as width allows.
 */
function disclosureColumns(today: string): ReadonlyArray<RegisterColumn<DisclosureSummary, (typeof DISCLOSURE_SORTS)[number]>> {
  return [
    {
      id: 'ref',
      header: () => t.columns.ref,
      sort: 'ref',
      priority: 1,
      min: 112,
      className: 'col-ref',
      cell: (r) => (
        <a href={`#/disclosures/${r.id}`} tabIndex={-1}>
          {r.ref}
        </a>
      ),
    },
    { id: 'date', header: () => t.columns.date, sort: 'date', priority: 1, min: 128, cell: (r) => formatDay(r.date) },
    {
      id: 'recipient',
      header: () => t.columns.recipient,
      sort: 'recipient',
      priority: 1,
      min: 150,
      grow: 2,
      cell: (r) => (
        <span title={r.recipient.name}>
          <UserText>{r.recipient.name}</UserText>
          {r.recurring && <span className="badge badge--info">{t.screens.recurringBadge}</span>}
        </span>
      ),
    },
    { id: 'kind', header: () => t.columns.kind, priority: 2, min: 120, grow: 1, cell: (r) => <span title={t.recipientKinds[r.recipient.kind]}>{t.recipientKinds[r.recipient.kind]}</span> },
    { id: 'ground', header: () => t.columns.ground, priority: 2, min: 150, grow: 1, cell: (r) => <span title={t.grounds[r.ground]}>{t.grounds[r.ground]}</span> },
    {
      id: 'categories',
      header: () => t.columns.categories,
      priority: 3,
      min: 150,
      grow: 1,
      cell: (r) => {
        const text = r.categories.map((c) => t.categories[c]).join(', ');
        return <span title={text}>{text}</span>;
      },
    },
    { id: 'subjects', header: () => t.columns.subjects, priority: 3, min: 90, cell: (r) => r.subjectsCount },
    { id: 'secrecy', header: () => t.columns.secrecy, priority: 1, min: 190, grow: 1, cell: (r) => <SecrecyBadge d={r} today={today} /> },
  ];
}

/** The subject typed in the filter survives leaving and returning, in memory only (never the URL). */
let rememberedSubject = '';

export function DisclosuresPage({ today }: { today: string }) {
  // A new array only when the day changes: the memoised rows keep theirs while scrolling.
  const columns = useMemo(() => disclosureColumns(today), [today]);
  const navigate = useNavigate();
  const view = useListFilters(disclosureListFilters);
  const [subject, setSubjectState] = useState(rememberedSubject);
  const setSubject = (q: string) => {
    rememberedSubject = q;
    setSubjectState(q);
  };
  // An "@" makes it an e-mail address; anything else is a customer number.
  const filters = useMemo<ListFilters>(
    () => ({ ...view.filters, ...(subject ? (subject.includes('@') ? { subjectEmail: subject } : { customerId: subject }) : {}) }),
    [view.filters, subject],
  );
  const filtered = view.filtered || subject !== '';
  const rows = usePagedRows('disclosure.list', (offset, limit) => ({ ...filters, offset, limit }), DISCLOSURE_PAGE_SIZE);
  const onOpen = useCallback((r: DisclosureSummary) => void navigate(`/disclosures/${r.id}`), [navigate]);

  return (
    <section aria-labelledby="page-title" className="disclosures-page page--wide">
      <div className="page-head">
        <h1 id="page-title">{t.listTitle}</h1>
        <div className="page-head__actions">
          <Link className="button button--primary" to="/disclosures/new">
            {t.newDisclosure}
          </Link>
        </div>
      </div>
      <DisclosureNav />
      <SecrecyReminders />
      <FilterBar
        filters={filters}
        onChange={view.setFilters}
        subject={subject}
        onSubject={setSubject}
        filtered={filtered}
        onClear={() => {
          setSubject('');
          view.clearFilters();
        }}
      />
      {rows.error && <ErrorPanel error={rows.error.apiError} />}
      {rows.total === null && !rows.error && <Loading />}
      {rows.total === 0 && <EmptyList filtered={filtered} />}
      {rows.total !== null && rows.total > 0 && (
        <RegisterTable
          label={t.listTitle}
          hint={`${t.total(rows.total)} · ${t.screens.keyboardHint}`}
          total={rows.total}
          rowAt={rows.rowAt}
          onRange={rows.showRange}
          columns={columns}
          sort={filters}
          onSort={(next) => view.setFilters({ ...view.filters, ...next })}
          onOpen={onOpen}
          idPrefix="disc"
          testId="disclosure-rows"
        />
      )}
    </section>
  );
}

/** Empty register (say how to fill it) or filters that hide everything: one extra count to tell. */
function EmptyList({ filtered }: { filtered: boolean }) {
  const any = useOp('disclosure.list', { limit: 1 }, { enabled: filtered });
  if (filtered && any.isPending) return <Loading />;
  if (!filtered || any.data?.total === 0)
    return (
      <EmptyState title={t.empty}>
        <p>{t.screens.emptyHow}</p>
      </EmptyState>
    );
  return (
    <EmptyState title={t.emptyFiltered}>
      <p>{t.screens.emptyFilteredHow}</p>
    </EmptyState>
  );
}

/** The recipient the list is narrowed to (from the directory), named so the filter is visible. */
function RecipientFilter({ id }: { id: string }) {
  const recipients = useOp('disclosure.recipients', {});
  const name = recipients.data?.find((r) => r.id === id)?.name;
  return (
    <p className="disclosure-recipient-filter" data-testid="recipient-filter">
      {t.fields.recipient}: <UserText>{name ?? '…'}</UserText>
    </p>
  );
}

function FilterBar({
  filters,
  onChange,
  subject,
  onSubject,
  filtered,
  onClear,
}: {
  filters: ListFilters;
  onChange: (f: ListFilters) => void;
  subject: string;
  onSubject: (q: string) => void;
  filtered: boolean;
  onClear: () => void;
}) {
  const [q, setQ] = useState(subject);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  // The core checks the dates; a half-typed one is not sent.
  const setDate = (key: 'from' | 'to', v: string) => onChange({ ...filters, [key]: /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined });
  const { subjectEmail: _e, customerId: _c, ...urlFilters } = filters;
  return (
    <div className="filter-bar" role="search">
      <Field label={t.filters.subject}>
        {(p) => (
          <input
            {...p}
            type="search"
            value={q}
            onChange={(e) => {
              const v = e.target.value;
              setQ(v);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => onSubject(v.trim()), 300);
            }}
          />
        )}
      </Field>
      <Field label={t.filters.from}>{(p) => <input {...p} type="date" value={filters.from ?? ''} onChange={(e) => setDate('from', e.target.value)} />}</Field>
      <Field label={t.filters.to}>{(p) => <input {...p} type="date" value={filters.to ?? ''} onChange={(e) => setDate('to', e.target.value)} />}</Field>
      <Field label={t.filters.recipientKind}>
        {(p) => (
          <select {...p} value={filters.recipientKind ?? ''} onChange={(e) => onChange({ ...urlFilters, recipientKind: (e.target.value || undefined) as ListFilters['recipientKind'] })}>
            <option value="">{s.requests.any}</option>
            <Options values={RECIPIENT_KINDS} label={(k) => t.recipientKinds[k]} />
          </select>
        )}
      </Field>
      <Field label={t.filters.ground}>
        {(p) => (
          <select {...p} value={filters.ground ?? ''} onChange={(e) => onChange({ ...urlFilters, ground: (e.target.value || undefined) as ListFilters['ground'] })}>
            <option value="">{s.requests.any}</option>
            <Options values={DISCLOSURE_GROUNDS} label={(g) => t.grounds[g]} />
          </select>
        )}
      </Field>
      {filters.recipientId && <RecipientFilter id={filters.recipientId} />}
      <label className="checkbox">
        <input type="checkbox" checked={Boolean(filters.secret)} onChange={(e) => onChange({ ...urlFilters, secret: e.target.checked || undefined })} /> {t.filters.secretOnly}
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={Boolean(filters.inquiry)} onChange={(e) => onChange({ ...urlFilters, inquiry: e.target.checked || undefined })} /> {t.filters.inquiryOnly}
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
          {s.requests.clearFilters}
        </button>
      )}
    </div>
  );
}
