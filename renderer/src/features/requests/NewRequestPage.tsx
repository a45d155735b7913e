import { useEffect, useMemo, useState } from 'react';
import { useForm, useWatch, type FieldPath } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate } from 'react-router';
import { CHANNELS, RELATIONS, REQUEST_TYPES, requestCreateInput, DUPLICATE_WINDOW_DAYS, type RequestCreateInput, type RequestSummary } from '../../../../shared/model/request';
import type { Settings } from '../../../../shared/model/settings';
import { computeDeadline, REGIMES, type DeadlineResult } from '../../../../shared/deadlines';
import { daysBetween, isValidIsoDate } from '../../../../shared/dates';
import { REQUEST_READS, useOp, useOpMutation } from '../../data/queries';
import { formatDay, s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { DeadlineSummary } from '../dashboard/DeadlineCalculator';
import './requests.css';
import { submitOnCtrlEnter } from '../../ui/form-keys';

const t = s.requests;
const f = t.form;

const FIELDS: Array<FieldPath<RequestCreateInput>> = [
  'types',
  'requester.name',
  'requester.email',
  'requester.postalAddress',
  'requester.phone',
  'requester.customerId',
  'requester.relation',
  'requester.onBehalfOf',
  'channel',
  'mailbox',
  'receivedDate',
  'receivedTime',
  'regime',
  'country',
  'description',
];

export function NewRequestPage({ settings, today }: { settings: Settings; today: string }) {
  const create = useOpMutation('request.create', { invalidates: REQUEST_READS });
  const navigate = useNavigate();
  const { register, handleSubmit, setError, formState, control } = useForm<RequestCreateInput>({
    resolver: zodResolver(requestCreateInput),
    defaultValues: {
      types: [],
      requester: { name: '', email: '', postalAddress: '', phone: '', customerId: '', relation: 'self', onBehalfOf: '' },
      channel: 'email',
      mailbox: '',
      receivedDate: today,
      // Empty unless the DPO gives it: a back-dated request or a letter has no known time.
      receivedTime: '',
      regime: settings.defaultRegime,
      country: settings.defaultCountry,
      description: '',
    },
  });
  const e = formState.errors;
  const [relation, channel, receivedDate, regime, country, email, customerId] = useWatch({
    control,
    name: ['requester.relation', 'channel', 'receivedDate', 'regime', 'country', 'requester.email', 'requester.customerId'],
  });

  const preview = useMemo((): DeadlineResult | null => {
    if (!receivedDate || !isValidIsoDate(receivedDate)) return null;
    try {
      return computeDeadline({
        regime: regime ?? settings.defaultRegime,
        received: receivedDate,
        asOf: today,
        internalTargetDays: settings.internalTargetDays,
        calendar: { addedHolidays: settings.addedHolidays, removedHolidays: settings.removedHolidays },
        companyClosures: settings.companyClosures,
        ...((regime ?? settings.defaultRegime) === 'gdpr' && country ? { country } : {}),
      });
    } catch {
      return null;
    }
  }, [receivedDate, regime, country, today, settings]);

  const duplicates = useDuplicateCheck(email ?? '', customerId ?? '', receivedDate ?? today);

  const onSubmit = handleSubmit(async ({ country: chosenCountry, ...values }) => {
    try {
      // The country picks the GDPR holiday calendar; other regimes have their own (GB, US-CA, …).
      const created = await create.mutateAsync({ ...values, ...(values.regime === 'gdpr' ? { country: chosenCountry } : {}) });
      navigate(`/requests/${created.ref}`);
    } catch (err) {
      applyServerError(err, setError, FIELDS);
    }
  });

  return (
    <section aria-labelledby="page-title">
      <p>
        <Link to="/requests">← {t.detail.back}</Link>
      </p>
      <h1 id="page-title">{f.title}</h1>
      <form
        onSubmit={onSubmit}
        noValidate
        className="request-form"
        onKeyDown={submitOnCtrlEnter(onSubmit)}
      >
        <div className="request-form__main">
          <fieldset className="card">
            <legend>{f.types}</legend>
            <p className="field__hint">{f.typesHint}</p>
            <div className="checkbox-grid">
              {REQUEST_TYPES.map((ty) => (
                <label key={ty} className="checkbox">
                  <input type="checkbox" value={ty} {...register('types')} /> {t.typeLabels[ty]}
                  {t.typeArticles[ty] && <span className="field__hint"> ({t.typeArticles[ty]})</span>}
                </label>
              ))}
            </div>
            {e.types && (
              <p className="field__error" role="alert">
                {e.types.message ?? e.types.root?.message}
              </p>
            )}
          </fieldset>

          <fieldset className="card">
            <legend>{f.requester}</legend>
            <div className="form-row">
              <Field label={f.name} error={e.requester?.name?.message}>
                {(p) => <input {...p} autoFocus {...register('requester.name')} />}
              </Field>
              <Field label={f.email} error={e.requester?.email?.message}>
                {(p) => <input {...p} type="email" {...register('requester.email')} />}
              </Field>
            </div>
            <div className="form-row">
              <Field label={f.customerId} error={e.requester?.customerId?.message}>
                {(p) => <input {...p} {...register('requester.customerId')} />}
              </Field>
              <Field label={f.phone} error={e.requester?.phone?.message}>
                {(p) => <input {...p} type="tel" {...register('requester.phone')} />}
              </Field>
            </div>
            <Field label={f.postalAddress} error={e.requester?.postalAddress?.message}>
              {(p) => <textarea {...p} rows={2} {...register('requester.postalAddress')} />}
            </Field>
            <div className="form-row">
              <Field label={f.relation} error={e.requester?.relation?.message}>
                {(p) => (
                  <select {...p} {...register('requester.relation')}>
                    <Options values={RELATIONS} label={(r) => t.relationLabels[r]} />
                  </select>
                )}
              </Field>
              {relation !== 'self' && (
                <Field label={f.onBehalfOf} error={e.requester?.onBehalfOf?.message}>
                  {(p) => <input {...p} {...register('requester.onBehalfOf')} />}
                </Field>
              )}
            </div>
            {duplicates.length > 0 && (
              <div className="banner banner--warning" role="status" data-testid="duplicate-warning">
                <strong>{f.duplicateTitle}:</strong>{' '}
                {duplicates.map((d, i) => (
                  <span key={d.ref}>
                    {i > 0 && ', '}
                    <Link to={`/requests/${d.ref}`}>{d.ref}</Link> ({formatDay(d.received)}, {t.statusLabels[d.status]})
                  </span>
                ))}
              </div>
            )}
          </fieldset>

          <fieldset className="card">
            <legend>{f.request}</legend>
            <div className="form-row">
              <Field label={f.channel} error={e.channel?.message}>
                {(p) => (
                  <select {...p} {...register('channel')}>
                    <Options values={CHANNELS} label={(c) => t.channelLabels[c]} />
                  </select>
                )}
              </Field>
              {channel === 'email' && (
                <Field label={f.mailbox} hint={f.mailboxHint} error={e.mailbox?.message}>
                  {(p) => <input {...p} {...register('mailbox')} />}
                </Field>
              )}
            </div>
            <div className="form-row">
              <Field label={f.receivedDate} hint={f.receivedHint(settings.timeZone)} error={e.receivedDate?.message}>
                {(p) => <input {...p} type="date" {...register('receivedDate')} />}
              </Field>
              <Field label={f.receivedTime} error={e.receivedTime?.message}>
                {(p) => <input {...p} type="time" {...register('receivedTime')} />}
              </Field>
              <Field label={f.regime} error={e.regime?.message}>
                {(p) => (
                  <select {...p} {...register('regime')}>
                    <Options values={REGIMES} label={(r) => s.dashboard.regimeLabels[r]} />
                  </select>
                )}
              </Field>
              {regime === 'gdpr' && (
                <Field label={f.country} error={e.country?.message}>
                  {(p) => <input {...p} maxLength={2} size={4} {...register('country')} />}
                </Field>
              )}
            </div>
            <Field label={f.description} error={e.description?.message}>
              {(p) => <textarea {...p} rows={5} {...register('description')} />}
            </Field>
          </fieldset>
          <FormError message={e.root?.server?.message} />
          <div className="actions">
            <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? f.submitting : f.submit}
            </button>
            <span className="field__hint">{f.submitHint}</span>
          </div>
        </div>
        <aside className="card request-form__preview" aria-labelledby="preview-title">
          <h2 id="preview-title">{f.previewTitle}</h2>
          {preview ? <DeadlineSummary result={preview} today={today} /> : <p className="field__hint">{f.previewPending}</p>}
        </aside>
      </form>
    </section>
  );
}

/** Earlier requests from the same e-mail or customer number within 30 days (warned, not refused). */
function useDuplicateCheck(email: string, customerId: string, received: string): RequestSummary[] {
  const typed = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim()) ? email.trim() : customerId.trim().length >= 3 ? customerId.trim() : '';
  // Asked 300 ms after typing stops, not per keystroke.
  const [probe, setProbe] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setProbe(typed), 300);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useOp('request.list', { q: probe, limit: 20 }, { enabled: probe !== '' && probe === typed });
  if (!probe || probe !== typed || !found.data) return [];
  return found.data.rows.filter(
    (r) =>
      (r.email.toLowerCase() === probe.toLowerCase() || (r.customerId ?? '') === probe) &&
      isValidIsoDate(received) &&
      Math.abs(daysBetween(r.received, received)) <= DUPLICATE_WINDOW_DAYS,
  );
}
