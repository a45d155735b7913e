// Requests received per month, stacked by type: plain HTML/CSS bars (no chart library for one
// chart). Every segment is a link to the list filtered by that type; the figures are also
// available as a table for screen readers and for reading exact numbers.
import { Link } from 'react-router';
import { REQUEST_TYPES, type DashboardData, type RequestType } from '../../../../shared/model/request';
import { formatMonth, s } from '../../i18n';
import { listLinks } from './dashboard-links';

const t = s.insights.dashboard;

function monthName(month: string, withYear: boolean): string {
  return formatMonth(month, { withYear });
}

export function MonthlyChart({ perMonth }: { perMonth: DashboardData['perMonth'] }) {
  const types = REQUEST_TYPES.filter((ty) => perMonth.some((m) => (m.byType[ty] ?? 0) > 0));
  // A bar's height is the number of requests received. A request with two types counts once in
  // `total` but in two types, so the segments share the bar in proportion to the type counts
  // (their exact numbers are in each segment's label and in the table).
  const stackOf = (m: DashboardData['perMonth'][number]) => types.reduce((n, ty) => n + (m.byType[ty] ?? 0), 0);
  const max = Math.max(1, ...perMonth.map((m) => m.total));
  return (
    <section className="card" aria-labelledby="chart-title">
      <h2 id="chart-title">{t.chartTitle}</h2>
      {types.length === 0 ? (
        <p className="field__hint">{t.chartEmpty}</p>
      ) : (
        <>
          <ul className="insights-legend" aria-label={t.legendLabel}>
            {types.map((ty) => (
              <li key={ty}>
                <Link to={listLinks.byType(ty)}>
                  <span className={`insights-swatch insights-type--${ty}`} aria-hidden="true" />
                  {s.requests.typeLabels[ty]}
                </Link>
              </li>
            ))}
          </ul>
          <div className="insights-chart" data-testid="monthly-chart">
            {perMonth.map((m, i) => {
              const showYear = i === 0 || m.month.endsWith('-01');
              const full = monthName(m.month, true);
              return (
                <div className="insights-chart__col" key={m.month}>
                  <div className="insights-chart__plot">
                    <span className="insights-chart__total" aria-label={t.chartTotal(full, m.total)}>
                      {m.total}
                    </span>
                    {types.map((ty) => {
                      const n = m.byType[ty] ?? 0;
                      if (n === 0) return null;
                      const share = n / Math.max(1, stackOf(m));
                      return (
                        <Link
                          key={ty}
                          to={listLinks.byType(ty)}
                          className={`insights-chart__seg insights-type--${ty}`}
                          style={{ height: `${(m.total / max) * share * 85}%` }}
                          aria-label={t.chartBar(full, n, s.requests.typeLabels[ty])}
                          title={t.chartBar(full, n, s.requests.typeLabels[ty])}
                        />
                      );
                    })}
                  </div>
                  <span className="insights-chart__month" aria-hidden="true">
                    {monthName(m.month, false)}
                    <span className="insights-chart__year">{showYear ? m.month.slice(0, 4) : '\u00a0'}</span>
                  </span>
                </div>
              );
            })}
          </div>
          <p className="field__hint">{t.chartLinkNote}</p>
          <details className="insights-chart__table">
            <summary>{t.chartTableSummary}</summary>
            <ChartTable perMonth={perMonth} types={types} />
          </details>
        </>
      )}
    </section>
  );
}

function ChartTable({ perMonth, types }: { perMonth: DashboardData['perMonth']; types: RequestType[] }) {
  return (
    <div className="insights-scroll">
      <table className="table">
        <caption>{t.chartTableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.month}</th>
            {types.map((ty) => (
              <th scope="col" key={ty}>
                {s.requests.typeLabels[ty]}
              </th>
            ))}
            <th scope="col">{t.total}</th>
          </tr>
        </thead>
        <tbody>
          {perMonth.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthName(m.month, true)}</th>
              {types.map((ty) => (
                <td key={ty}>{m.byType[ty] ?? 0}</td>
              ))}
              <td>{m.total}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
