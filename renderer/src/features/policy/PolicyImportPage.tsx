// Importing a policy revision: pasted text or a file (text, Markdown, HTML, PDF, Word), its
// metadata, and the change classification. One form over the shared schema (react-hook-form +
// the ops' zod schema); field-level errors from the form and from the core; after the import the
// revision opens, with its checklist. The same form edits a stored revision's metadata (the
// notice is often sent after the text was recorded); its text is never edited.
import { useState } from 'react';
import { get, useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, useNavigate, useParams } from 'react-router';
import { CHANGE_CLASSES, MATERIAL_CHANGES, NOTICE_CHANNELS, POLICY_FORMATS, policyAddInput, policyUpdateInput, type PolicyRevisionDetail } from '../../../../shared/model/policy';
import { useOpMutation, useOp } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { FileField } from '../../ui/FileField';
import { Options } from '../../ui/Options';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import { applyServerError } from '../../ui/form-errors';
import { fileToBase64 } from '../../ui/download';
import { emptyImport, toAddInput, toUpdateInput, valuesOf, type ImportValues } from './import-values';
import { POLICY_READS } from './reads';
import '../requests/requests.css';
import './policy.css';
import { submitOnCtrlEnter } from '../../ui/form-keys';

/** Paths the core may name in its field errors; anything else goes to the form-level message. */
const SERVER_FIELDS = ['source.text', 'source.base64', 'source.filename', 'source.format', 'label', 'effectiveDate', 'publishedOn', 'approvedBy', 'change.class', 'change.material', 'notice.on', 'notice.how', 'notice.note'];

const errorAt = (e: FieldErrors<ImportValues>, path: string): string | undefined => (get(e, path) as { message?: string } | undefined)?.message;

export function PolicyImportPage({ today }: { today: string }) {
  return <RevisionForm initial={emptyImport(today)} />;
}

export function EditPolicyRevisionPage() {
  const { id = '' } = useParams();
  const loaded = useOp('policy.get', { id });
  if (loaded.isPending) return <Loading />;
  if (loaded.isError) return <ErrorPanel error={loaded.error.apiError} onRetry={() => void loaded.refetch()} />;
  return <RevisionForm key={`${loaded.data.id}:${loaded.data.version}`} initial={valuesOf(loaded.data)} editing={loaded.data} />;
}

function RevisionForm({ initial, editing }: { initial: ImportValues; editing?: PolicyRevisionDetail }) {
  const t = s.policy;
  const navigate = useNavigate();
  const settings = useOp('settings.get', {});
  const add = useOpMutation('policy.add', { invalidates: POLICY_READS });
  const update = useOpMutation('policy.update', { invalidates: POLICY_READS });
  const [file, setFile] = useState<File | null>(null);
  // Validation needs to know a file was chosen, not its bytes: those are read once, on import.
  const resolver: Resolver<ImportValues> = async (values, context, options) => {
    const input = editing ? toUpdateInput(values, editing) : toAddInput(values, file ? { name: file.name, base64: 'x' } : null);
    const judged = await (zodResolver(editing ? policyUpdateInput : policyAddInput) as unknown as Resolver<ImportValues>)(input as unknown as ImportValues, context, options);
    return Object.keys(judged.errors).length > 0 ? judged : { values, errors: {} };
  };
  const { register, handleSubmit, setError, formState, control } = useForm<ImportValues>({ resolver, defaultValues: initial });
  const [mode, changeClass] = useWatch({ control, name: ['mode', 'change.class'] });
  const e = formState.errors;
  const err = (path: string) => errorAt(e, path);
  const sourceError = err('source.text') ?? err('source.base64') ?? err('source.filename');

  const onSubmit = handleSubmit(async (values) => {
    try {
      if (editing) {
        const done = await update.mutateAsync(toUpdateInput(values, editing));
        navigate(`/policies/${done.id}`);
        return;
      }
      const chosen = values.mode === 'file' && file ? { name: file.name, base64: await fileToBase64(file) } : null;
      const done = await add.mutateAsync(toAddInput(values, chosen));
      navigate(`/policies/${done.id}`);
    } catch (ex) {
      applyServerError(ex, setError, SERVER_FIELDS);
    }
  });

  return (
    <section aria-labelledby="page-title" className="policy-form-page">
      <p>
        <Link to={editing ? `/policies/${editing.id}` : '/policies'}>← {editing ? t.revisionTitle(editing.number, editing.label) : t.back}</Link>
      </p>
      <h1 id="page-title">{editing ? t.form.editTitle(t.revisionTitle(editing.number, editing.label)) : t.form.title}</h1>
      <form
        onSubmit={onSubmit}
        noValidate
        className="policy-form"
        aria-labelledby="page-title"
        onKeyDown={submitOnCtrlEnter(onSubmit)}
      >
        {!editing && (
        <fieldset className="card">
          <legend>{t.fields.source}</legend>
          <fieldset className="policy-choice">
            <legend>{t.form.sourceMode}</legend>
            <label className="checkbox">
              <input type="radio" value="paste" {...register('mode')} /> {t.form.paste}
            </label>
            <label className="checkbox">
              <input type="radio" value="file" {...register('mode')} /> {t.form.chooseFile}
            </label>
          </fieldset>
          {mode === 'paste' ? (
            <Field label={t.fields.text} hint={t.form.textHint} error={sourceError}>
              {(p) => <textarea {...p} rows={14} className="policy-paste" {...register('source.text')} />}
            </Field>
          ) : (
            <FileField label={t.fields.file} hint={t.form.fileHint} error={sourceError} accept=".txt,.md,.markdown,.htm,.html,.pdf,.docx,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" tooBig={t.form.fileTooBig} onFiles={(chosen) => setFile(chosen[0] ?? null)} />
          )}
          <Field label={t.fields.format} error={err('source.format')}>
            {(p) => (
              <select {...p} {...register('source.format')}>
                <option value="">{t.form.formatAuto}</option>
                <Options values={POLICY_FORMATS} label={(f) => s.policyCodes.formats[f]} />
              </select>
            )}
          </Field>
        </fieldset>
        )}

        <fieldset className="card">
          <legend>{t.form.metadataTitle}</legend>
          <div className="form-row">
            <Field label={t.fields.label} hint={t.form.labelHint} error={err('label')}>
              {(p) => <input {...p} {...register('label')} />}
            </Field>
            <Field label={t.fields.effectiveDate} error={err('effectiveDate')}>
              {(p) => <input {...p} type="date" {...register('effectiveDate')} />}
            </Field>
            <Field label={t.fields.publishedOn} error={err('publishedOn')}>
              {(p) => <input {...p} type="date" {...register('publishedOn')} />}
            </Field>
          </div>
          <Field label={t.fields.approvedBy} error={err('approvedBy')}>
            {(p) => <input {...p} {...register('approvedBy')} />}
          </Field>
          <Field label={t.fields.changeClass} error={err('change.class')}>
            {(p) => (
              <select {...p} {...register('change.class')}>
                <option value="">{t.form.noChange}</option>
                <Options values={CHANGE_CLASSES} label={(c) => s.policyCodes.changeClasses[c]} />
              </select>
            )}
          </Field>
          {changeClass === 'material' && (
            <fieldset className="policy-choice" aria-describedby={err('change.material') ? 'material-error' : undefined}>
              <legend>{t.fields.material}</legend>
              <div className="checkbox-grid">
                {MATERIAL_CHANGES.map((m) => (
                  <label key={m} className="checkbox">
                    <input type="checkbox" value={m} {...register('change.material')} /> {s.policyCodes.materialChanges[m]}
                  </label>
                ))}
              </div>
              {err('change.material') && (
                <p className="field__error" id="material-error" role="alert">
                  {err('change.material')}
                </p>
              )}
            </fieldset>
          )}
        </fieldset>

        <fieldset className="card">
          <legend>{t.form.noticeTitle}</legend>
          {settings.data && <p className="field__hint policy-notice-hint">{t.form.noticeHint(settings.data.policyNoticeDays)}</p>}
          <Field label={t.fields.noticeOn} error={err('notice.on')}>
            {(p) => <input {...p} type="date" {...register('notice.on')} />}
          </Field>
          <fieldset className="policy-choice">
            <legend>{t.fields.noticeHow}</legend>
            <div className="checkbox-grid">
              {NOTICE_CHANNELS.map((c) => (
                <label key={c} className="checkbox">
                  <input type="checkbox" value={c} {...register('notice.how')} /> {s.policyCodes.noticeChannels[c]}
                </label>
              ))}
            </div>
          </fieldset>
          <Field label={t.fields.noticeNote} error={err('notice.note')}>
            {(p) => <textarea {...p} rows={2} {...register('notice.note')} />}
          </Field>
        </fieldset>

        <FormError message={e.root?.server?.message} />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? (editing ? s.common.saving : t.form.saving) : editing ? t.form.saveEdit : t.form.save}
          </button>
          <span className="field__hint">{editing ? t.form.submitEditHint : t.form.submitHint}</span>
        </div>
      </form>
    </section>
  );
}
