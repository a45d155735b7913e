import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { REGIMES } from '../../../../shared/deadlines';
import { LANGUAGES } from '../../../../shared/i18n';
import { settingsFields, type Settings } from '../../../../shared/model/settings';
import { useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';

const formSchema = settingsFields.pick({
  language: true,
  organisationName: true,
  timeZone: true,
  defaultRegime: true,
  defaultCountry: true,
  internalTargetDays: true,
  autoLockMinutes: true,
  autoBackup: true,
  backupRetention: true,
  policyNoticeDays: true,
});
type Values = z.input<typeof formSchema>;
const FIELDS = Object.keys(formSchema.shape);

export function GeneralSettingsForm({ settings }: { settings: Settings }) {
  // Every screen's settings (time zone, language) come from the one cached read this invalidates.
  const save = useOpMutation('settings.update', { invalidates: ['settings.get'] });
  const { register, handleSubmit, setError, formState, reset } = useForm<Values>({ resolver: zodResolver(formSchema), defaultValues: settings });
  const e = formState.errors;
  const onSubmit = handleSubmit(async (values) => {
    save.reset();
    try {
      reset(await save.mutateAsync(values));
    } catch (err) {
      applyServerError(err, setError, FIELDS);
    }
  });
  return (
    <form onSubmit={onSubmit} noValidate className="card">
      <h2>{s.settings.general}</h2>
      <Field label={s.settings.language} hint={s.settings.languageHint} error={e.language?.message}>
        {(p) => (
          <select {...p} {...register('language')}>
            <Options values={LANGUAGES} label={(l) => s.settings.languageNames[l]} />
          </select>
        )}
      </Field>
      <Field label={s.settings.organisationName} error={e.organisationName?.message}>
        {(p) => <input {...p} {...register('organisationName')} />}
      </Field>
      <div className="form-row">
        <Field label={s.settings.timeZone} hint={s.settings.timeZoneHint} error={e.timeZone?.message}>
          {(p) => <input {...p} {...register('timeZone')} />}
        </Field>
        <Field label={s.settings.defaultRegime} error={e.defaultRegime?.message}>
          {(p) => (
            <select {...p} {...register('defaultRegime')}>
              <Options values={REGIMES} label={(r) => s.dashboard.regimeLabels[r]} />
            </select>
          )}
        </Field>
        <Field label={s.settings.defaultCountry} error={e.defaultCountry?.message}>
          {(p) => <input {...p} maxLength={2} size={4} {...register('defaultCountry')} />}
        </Field>
      </div>
      <div className="form-row">
        <Field label={s.settings.internalTargetDays} error={e.internalTargetDays?.message}>
          {(p) => <input {...p} type="number" {...register('internalTargetDays', { valueAsNumber: true })} />}
        </Field>
        <Field label={s.settings.autoLockMinutes} error={e.autoLockMinutes?.message}>
          {(p) => <input {...p} type="number" {...register('autoLockMinutes', { valueAsNumber: true })} />}
        </Field>
        <Field label={s.settings.backupRetention} error={e.backupRetention?.message}>
          {(p) => <input {...p} type="number" {...register('backupRetention', { valueAsNumber: true })} />}
        </Field>
      </div>
      <Field label={s.settings.policyNoticeDays} hint={s.settings.policyNoticeDaysHint} error={e.policyNoticeDays?.message}>
        {(p) => <input {...p} type="number" {...register('policyNoticeDays', { valueAsNumber: true })} />}
      </Field>
      <label className="checkbox">
        <input type="checkbox" {...register('autoBackup')} /> {s.settings.autoBackup}
      </label>
      <FormError message={e.root?.server?.message} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? s.common.saving : s.common.save}
        </button>
        {save.isSuccess && (
          <span role="status" className="saved-note">
            {s.common.saved}
          </span>
        )}
      </div>
    </form>
  );
}
