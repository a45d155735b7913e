// Settings → Organisation profile: what every letter prints (letterhead, the DPO, the supervisory
// authority named for complaints, the signature), the default letter language and the logo.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { LANGUAGES } from '../../../../shared/i18n';
import { LOGO_TYPES, MAX_LOGO_BYTES, logoTypeOf } from '../../../../shared/model/org-profile';
import { settingsFields, type Settings } from '../../../../shared/model/settings';
import { useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { fileToBase64 } from '../../ui/download';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { FormError } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';

// The organisation's name is edited with the general settings above; letters print it too.
const formSchema = settingsFields.pick({
  orgAddress: true,
  orgRegistration: true,
  dpoName: true,
  dpoEmail: true,
  dpoPhone: true,
  dpoRegistration: true,
  authorityName: true,
  authorityAddress: true,
  authorityWebsite: true,
  signatureBlock: true,
  letterLanguage: true,
});
type Values = z.input<typeof formSchema>;
const FIELDS = Object.keys(formSchema.shape);
const p = s.letters.profile;

type TextField = Exclude<keyof Values, 'letterLanguage'>;
const LINES: Array<[TextField, string, number?]> = [
  ['orgAddress', p.orgAddress, 3],
  ['orgRegistration', p.orgRegistration],
  ['dpoName', p.dpoName],
  ['dpoEmail', p.dpoEmail],
  ['dpoPhone', p.dpoPhone],
  ['dpoRegistration', p.dpoRegistration],
  ['authorityName', p.authorityName],
  ['authorityAddress', p.authorityAddress, 2],
  ['authorityWebsite', p.authorityWebsite],
  ['signatureBlock', p.signatureBlock, 3],
];

export function OrgProfileSettings({ settings }: { settings: Settings }) {
  const save = useOpMutation('settings.update', { invalidates: ['settings.get'] });
  const logo = useOpMutation('settings.update', { invalidates: ['settings.get'] });
  const [logoError, setLogoError] = useState<string | undefined>();
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
  const onLogo = async (file: File | undefined) => {
    setLogoError(undefined);
    if (!file) return;
    // Checked here for a quick answer; the core checks the bytes again.
    const bytes = new Uint8Array(await file.slice(0, 16).arrayBuffer());
    const type = logoTypeOf(bytes);
    if (!type || file.size > MAX_LOGO_BYTES) return setLogoError(p.logo);
    try {
      await logo.mutateAsync({ orgLogo: { mimeType: type, base64: await fileToBase64(file) } });
    } catch (err) {
      setLogoError((err as { apiError?: { message: string } }).apiError?.message ?? p.logo);
    }
  };
  return (
    <form onSubmit={onSubmit} noValidate className="card" aria-labelledby="org-profile-title">
      <h2 id="org-profile-title">{p.title}</h2>
      <p className="field__hint">{p.hint}</p>
      {LINES.map(([name, label, rows]) => (
        <Field key={name} label={label} error={e[name]?.message}>
          {(props) => (rows ? <textarea {...props} rows={rows} {...register(name)} /> : <input {...props} {...register(name)} />)}
        </Field>
      ))}
      <Field label={p.letterLanguage} error={e.letterLanguage?.message}>
        {(props) => (
          <select {...props} {...register('letterLanguage')}>
            <Options values={LANGUAGES} label={(l) => s.settings.languageNames[l]} />
          </select>
        )}
      </Field>
      <FormError message={e.root?.server?.message} />
      <div className="actions">
        <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? s.common.saving : p.save}
        </button>
        {save.isSuccess && (
          <span role="status" className="saved-note">
            {s.common.saved}
          </span>
        )}
      </div>
      <Field label={p.logo} error={logoError} hint={settings.orgLogo ? p.logoSet(Math.ceil((settings.orgLogo.base64.length * 3) / 4 / 1024)) : p.logoNone}>
        {(props) => <input {...props} type="file" accept={LOGO_TYPES.join(',')} onChange={(ev) => void onLogo(ev.target.files?.[0])} />}
      </Field>
      {settings.orgLogo && (
        <button type="button" onClick={() => logo.mutate({ orgLogo: null })}>
          {p.logoRemove}
        </button>
      )}
    </form>
  );
}
