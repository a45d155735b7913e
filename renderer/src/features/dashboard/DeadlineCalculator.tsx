// Live deadline preview: the shared deadline engine runs right here in the renderer, so the date
// updates as the DPO types; the core computes the same thing when a request is saved.
import { useMemo, useState } from 'react';
import { computeDeadline, REGIMES, type DeadlineResult } from '../../../../shared/deadlines';
import { todayInZone } from '../../../../shared/dates';
import { explainDeadline, formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import type { Settings } from '../../../../shared/model/settings';

/**
 * Computes as a saved request would: the organisation's internal target, holiday changes and
 * closure days from Settings, so the calculator and the register never disagree.
 */
export function DeadlineCalculator({ settings }: { settings: Settings }) {
  const today = todayInZone(settings.timeZone);
  const [regime, setRegime] = useState<(typeof REGIMES)[number]>(settings.defaultRegime);
  const [country, setCountry] = useState(settings.defaultCountry);
  const [received, setReceived] = useState(today);
  const outcome = useMemo((): { result: DeadlineResult } | { error: string; field: string } => {
    try {
      return {
        result: computeDeadline({
          regime,
          received,
          asOf: today,
          internalTargetDays: settings.internalTargetDays,
          calendar: { addedHolidays: settings.addedHolidays, removedHolidays: settings.removedHolidays },
          companyClosures: settings.companyClosures,
          ...(regime === 'gdpr' && country ? { country } : {}),
        }),
      };
    } catch (err) {
      const issues = (err as { issues?: Array<{ path: string; message: string }> }).issues;
      const first = issues?.[0];
      return { error: first?.message ?? (err as Error).message, field: first?.path ?? '' };
    }
  }, [regime, country, received, today, settings]);

  return (
    <section className="card" aria-labelledby="calc-title">
      <h2 id="calc-title">{s.dashboard.calculatorTitle}</h2>
      <div className="form-row">
        <Field label={s.dashboard.regime}>
          {(p) => (
            <select {...p} value={regime} onChange={(e) => setRegime(e.target.value as typeof regime)}>
              {REGIMES.map((r) => (
                <option key={r} value={r}>
                  {s.dashboard.regimeLabels[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {regime === 'gdpr' && (
          <Field label={s.dashboard.country} error={'field' in outcome && outcome.field === 'country' ? outcome.error : undefined}>
            {(p) => <input {...p} value={country} maxLength={2} size={4} onChange={(e) => setCountry(e.target.value.toUpperCase())} />}
          </Field>
        )}
        <Field label={s.dashboard.received} error={'field' in outcome && outcome.field !== 'country' ? outcome.error : undefined}>
          {(p) => <input {...p} type="date" value={received} onChange={(e) => setReceived(e.target.value)} />}
        </Field>
      </div>
      {'result' in outcome && <DeadlineSummary result={outcome.result} today={today} />}
    </section>
  );
}

export function DeadlineSummary({ result, today }: { result: DeadlineResult; today: string }) {
  return (
    <div className="deadline-summary">
      <dl>
        <dt>{s.dashboard.due}</dt>
        <dd className="deadline-summary__due" data-testid="deadline-due">
          {formatDay(result.due, { today })}
        </dd>
        <dt>{s.dashboard.internalTarget}</dt>
        <dd>{formatDay(result.internalTarget, { today })}</dd>
        {result.acknowledgeBy && (
          <>
            <dt>{s.dashboard.acknowledgeBy}</dt>
            <dd>{formatDay(result.acknowledgeBy, { today })}</dd>
          </>
        )}
        <dt>{s.dashboard.extended}</dt>
        <dd>
          {result.extendedDue
            ? `${formatDay(result.extendedDue, { today })} — ${s.dashboard.extensionNoticeBy} ${formatDay(result.extensionNoticeBy ?? result.due)}`
            : s.dashboard.noExtension}
        </dd>
      </dl>
      <details>
        <summary>{s.dashboard.howComputed}</summary>
        <ol className="explanation">
          {explainDeadline(result.explanationLines).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
        <p className="field__hint">
          {s.dashboard.rulesVersion} {result.rulesVersion}
        </p>
      </details>
    </div>
  );
}
