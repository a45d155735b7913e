// Transparency statistics: per quarter, what was disclosed to whom on what ground, how many
// subjects it touched and how many were later told. A table (the exact figures), a chart in plain
// SVG, and a CSV export built by the core (formula cells neutralised).
import { useState } from 'react';
import { DISCLOSURE_GROUNDS, RECIPIENT_KINDS, type DisclosureStats, type QuarterStats } from '../../../../shared/model/disclosure';
import { useOp, useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { EmptyState, ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { downloadBytes } from '../../ui/download';
import { DisclosureNav } from './DisclosureNav';
import './disclosures.css';

const t = s.disclosures;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function StatsPage() {
  const v = t.screens;
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const period = { ...(ISO.test(from) ? { from } : {}), ...(ISO.test(to) ? { to } : {}) };
  const stats = useOp('disclosure.stats', period);
  const exportCsv = useOpMutation('disclosure.statsCsv', { onSuccess: (out) => downloadBytes(out.filename, out.csv, 'text/csv;charset=utf-8') });
  const fieldErrors = stats.error?.apiError.fieldErrors ?? {};
  return (
    <section aria-labelledby="page-title" className="stats-page page--wide">
      <div className="page-head">
        <h1 id="page-title">{t.stats.title}</h1>
        <div className="page-head__actions">
          <button type="button" className="button" onClick={() => exportCsv.mutate(period)} disabled={exportCsv.isPending || !stats.data?.quarters.length}>
            {t.stats.exportCsv}
          </button>
        </div>
      </div>
      <DisclosureNav />
      <FormError message={exportCsv.error?.message} />
      <div className="filter-bar" role="search">
        <Field label={t.filters.from} error={fieldErrors.from?.[0]}>
          {(p) => <input {...p} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />}
        </Field>
        <Field label={t.filters.to} error={fieldErrors.to?.[0]}>
          {(p) => <input {...p} type="date" value={to} onChange={(e) => setTo(e.target.value)} />}
        </Field>
      </div>
      {stats.isPending && <Loading />}
      {stats.isError && !fieldErrors.from && !fieldErrors.to && <ErrorPanel error={stats.error.apiError} />}
      {stats.data && stats.data.quarters.length === 0 && (
        <EmptyState title={t.empty}>
          <p>{v.statsEmpty}</p>
        </EmptyState>
      )}
      {stats.data && stats.data.quarters.length > 0 && (
        <>
          <QuarterChart stats={stats.data} />
          <QuarterTable stats={stats.data} />
          <BreakdownTable stats={stats.data} title={t.stats.byRecipientKind} keys={RECIPIENT_KINDS} label={(k) => t.recipientKinds[k]} pick={(q, k) => q.byRecipientKind[k]} />
          <BreakdownTable stats={stats.data} title={t.stats.byGround} keys={DISCLOSURE_GROUNDS} label={(g) => t.grounds[g]} pick={(q, g) => q.byGround[g]} />
        </>
      )}
    </section>
  );
}

function QuarterTable({ stats }: { stats: DisclosureStats }) {
  const rows: Array<[string, Omit<QuarterStats, 'quarter'>]> = [...stats.quarters.map((q) => [q.quarter, q] as [string, QuarterStats]), [t.stats.total, stats.total]];
  return (
    <div className="table-scroll">
      <table className="table" data-testid="stats-table">
        <caption>{t.screens.perQuarter}</caption>
        <thead>
          <tr>
            <th scope="col">{t.stats.quarter}</th>
            <th scope="col">{t.stats.disclosures}</th>
            <th scope="col">{t.stats.inquiries}</th>
            <th scope="col">{t.stats.subjectsAffected}</th>
            <th scope="col">{t.stats.laterTold}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, q]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{q.disclosures}</td>
              <td>{q.inquiries}</td>
              <td>{q.subjectsAffected}</td>
              <td>{q.laterTold}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One row per kind (or ground) that occurs in the period, one column per quarter. */
function BreakdownTable<K extends string>({
  stats,
  title,
  keys,
  label,
  pick,
}: {
  stats: DisclosureStats;
  title: string;
  keys: readonly K[];
  label: (k: K) => string;
  pick: (q: Omit<QuarterStats, 'quarter'>, k: K) => number;
}) {
  const used = keys.filter((k) => pick(stats.total, k) > 0);
  if (used.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{title}</th>
            {stats.quarters.map((q) => (
              <th scope="col" key={q.quarter}>
                {q.quarter}
              </th>
            ))}
            <th scope="col">{t.stats.total}</th>
          </tr>
        </thead>
        <tbody>
          {used.map((k) => (
            <tr key={k}>
              <th scope="row">{label(k)}</th>
              {stats.quarters.map((q) => (
                <td key={q.quarter}>{pick(q, k)}</td>
              ))}
              <td>{pick(stats.total, k)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const CHART_H = 160;
const BAR_W = 36;
const GAP = 18;

/**
 * Disclosures per quarter, the Art. 4(9) inquiries among them darker. Decoration for sighted
 * readers: the same figures are in the table below, so the SVG is one labelled image.
 */
function QuarterChart({ stats }: { stats: DisclosureStats }) {
  const v = t.screens;
  const max = Math.max(1, ...stats.quarters.map((q) => q.disclosures));
  const width = stats.quarters.length * (BAR_W + GAP) + GAP;
  return (
    <figure className="card stats-chart">
      <figcaption>{v.chartTitle}</figcaption>
      <div className="stats-chart__scroll">
        <svg role="img" aria-label={v.chartLabel(stats.total.disclosures, stats.quarters.length)} width={width} height={CHART_H + 40} viewBox={`0 0 ${width} ${CHART_H + 40}`} data-testid="stats-chart">
          <line x1={0} x2={width} y1={CHART_H + 0.5} y2={CHART_H + 0.5} className="stats-chart__axis" />
          {stats.quarters.map((q, i) => {
            const x = GAP + i * (BAR_W + GAP);
            const h = (q.disclosures / max) * (CHART_H - 20);
            const hi = (q.inquiries / max) * (CHART_H - 20);
            return (
              <g key={q.quarter}>
                <title>{v.chartBar(q.quarter, q.disclosures, q.inquiries)}</title>
                <rect x={x} y={CHART_H - h} width={BAR_W} height={h} className="stats-chart__bar" />
                {hi > 0 && <rect x={x} y={CHART_H - hi} width={BAR_W} height={hi} className="stats-chart__bar stats-chart__bar--inquiry" />}
                <text x={x + BAR_W / 2} y={CHART_H - h - 4} textAnchor="middle" className="stats-chart__value">
                  {q.disclosures}
                </text>
                <text x={x + BAR_W / 2} y={CHART_H + 16} textAnchor="middle" className="stats-chart__label">
                  {q.quarter.slice(5)}
                </text>
                {(i === 0 || q.quarter.endsWith('Q1')) && (
                  <text x={x + BAR_W / 2} y={CHART_H + 32} textAnchor="middle" className="stats-chart__label">
                    {q.quarter.slice(0, 4)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <p className="stats-chart__legend">
        <span className="stats-chart__swatch" aria-hidden="true" /> {t.stats.disclosures} <span className="stats-chart__swatch stats-chart__swatch--inquiry" aria-hidden="true" />{' '}
        {t.stats.inquiries}
      </p>
    </figure>
  );
}
