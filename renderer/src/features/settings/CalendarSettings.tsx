// Settings → Calendar: company closure days, extra legal holidays and legal holidays that do not
// apply. Each list is saved as a whole when a day is added or removed; every invalid field of the
// new day is shown at once, next to it.
import { useState } from 'react';
import { settingsFields, type Settings } from '../../../../shared/model/settings';
import { formatDay, s } from '../../i18n';
import { BridgeCallError } from '../../bridge/BridgeContext';
import { useOpMutation } from '../../data/queries';
import { Field } from '../../ui/Field';
import { FormError } from '../../ui/Panels';

const t = s.settings.calendar;
type NamedList = 'companyClosures' | 'addedHolidays';

export function CalendarSettings({ settings }: { settings: Settings }) {
  return (
    <section className="card" aria-labelledby="calendar-title" data-testid="calendar-settings">
      <h2 id="calendar-title">{t.title}</h2>
      <p className="field__hint">{t.hint}</p>
      <NamedDays list="companyClosures" title={t.closures} settings={settings} />
      <NamedDays list="addedHolidays" title={t.added} settings={settings} />
      <RemovedHolidays settings={settings} />
    </section>
  );
}

/** Saves one list; the settings every screen reads are fetched again. */
function useSettingsUpdate() {
  return useOpMutation('settings.update', { invalidates: ['settings.get'] });
}

type Errors = Partial<Record<'date' | 'name' | 'form', string>>;

/** Field errors of a list item ("companyClosures.3.date") as the add form's own fields. */
function errorsOf(err: unknown, list: string): Errors {
  if (!(err instanceof BridgeCallError)) return { form: s.common.unexpected };
  const out: Errors = {};
  for (const [path, messages] of Object.entries(err.apiError.fieldErrors ?? {})) {
    const field = path.split('.').at(-1);
    if (path.startsWith(list) && (field === 'date' || field === 'name')) out[field] = messages[0];
  }
  return Object.keys(out).length ? out : { form: err.apiError.message };
}

function NamedDays({ list, title, settings }: { list: NamedList; title: string; settings: Settings }) {
  const update = useSettingsUpdate();
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const days = settings[list];
  const save = async (next: Settings[NamedList]) => {
    try {
      await update.mutateAsync({ [list]: next });
      return true;
    } catch (err) {
      setErrors(errorsOf(err, list));
      return false;
    }
  };
  const add = async () => {
    // Checked here first with the contract's own schema: both fields' problems at once.
    const checked = settingsFields.shape[list].element.safeParse({ date, name });
    if (!checked.success) {
      const out: Errors = {};
      for (const issue of checked.error.issues) {
        const field = issue.path[0];
        if ((field === 'date' || field === 'name') && !out[field]) out[field] = issue.message;
      }
      setErrors(out);
      return;
    }
    setErrors({});
    if (await save([...days.filter((d) => d.date !== checked.data.date), checked.data].sort((a, b) => a.date.localeCompare(b.date)))) {
      setDate('');
      setName('');
    }
  };
  const headingId = `${list}-title`;
  return (
    <div className="calendar-list">
      <h3 id={headingId}>{title}</h3>
      {days.length === 0 ? (
        <p className="field__hint">{t.none}</p>
      ) : (
        <ul aria-labelledby={headingId}>
          {days.map((d) => (
            <li key={d.date}>
              {formatDay(d.date)} — {d.name}{' '}
              <button type="button" className="button--quiet" onClick={() => void save(days.filter((x) => x.date !== d.date))}>
                {t.remove(`${formatDay(d.date)} ${d.name}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form-row"
        noValidate
        aria-label={`${title}: ${t.add}`}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Field label={t.date} error={errors.date}>
          {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label={t.name} error={errors.name}>
          {(p) => <input {...p} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit">{t.add}</button>
        </div>
      </form>
      <FormError message={errors.form} />
    </div>
  );
}

function RemovedHolidays({ settings }: { settings: Settings }) {
  const update = useSettingsUpdate();
  const [date, setDate] = useState('');
  const [error, setError] = useState<string>();
  const days = settings.removedHolidays;
  const save = async (next: string[]) => {
    try {
      await update.mutateAsync({ removedHolidays: next });
      return true;
    } catch (err) {
      setError(errorsOf(err, 'removedHolidays').form ?? (err as Error).message);
      return false;
    }
  };
  const add = async () => {
    const checked = settingsFields.shape.removedHolidays.element.safeParse(date);
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    if (await save([...new Set([...days, checked.data])].sort())) setDate('');
  };
  return (
    <div className="calendar-list">
      <h3 id="removedHolidays-title">{t.removed}</h3>
      {days.length === 0 ? (
        <p className="field__hint">{t.none}</p>
      ) : (
        <ul aria-labelledby="removedHolidays-title">
          {days.map((d) => (
            <li key={d}>
              {formatDay(d)}{' '}
              <button type="button" className="button--quiet" onClick={() => void save(days.filter((x) => x !== d))}>
                {t.remove(formatDay(d))}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="form-row"
        noValidate
        aria-label={`${t.removed}: ${t.add}`}
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <Field label={t.date} error={error}>
          {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit">{t.add}</button>
        </div>
      </form>
    </div>
  );
}
