// Settings → Letter templates: edit a template's text per language with a live preview (filled
// with each placeholder's name, so the shape shows), a check that every placeholder exists, and
// save as a new version; letters record the version they were written from.
import { useMemo, useState } from 'react';
import { LANGUAGES, type Language } from '../../../../shared/i18n/locales';
import { PLACEHOLDERS, TEMPLATE_NAMES, type Placeholder, type PlaceholderValues, type TemplateName } from '../../../../shared/letters/model';
import { checkTemplate, renderTemplate } from '../../../../shared/letters/render';
import type { LetterTemplateInfo } from '../../../../shared/model/letter';
import { useOp, useOpMutation } from '../../data/queries';
import { s } from '../../i18n';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import { ErrorPanel, FormError, Loading } from '../../ui/Panels';
import './letters.css';

const w = s.letters.templates;
const NAMES = Object.keys(PLACEHOLDERS) as Placeholder[];
const SAMPLE: PlaceholderValues = Object.fromEntries(NAMES.map((n) => [n, PLACEHOLDERS[n].list ? [`‹${n}›`] : `‹${n}›`]));

export function LetterTemplates() {
  const list = useOp('letter.templates', {});
  const [name, setName] = useState<TemplateName>('acknowledgement');
  const [language, setLanguage] = useState<Language>('en');
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorPanel error={list.error.apiError} onRetry={() => void list.refetch()} />;
  const current = list.data.find((t) => t.name === name && t.language === language)!;
  return (
    <section className="card" aria-labelledby="templates-title">
      <h2 id="templates-title">{w.title}</h2>
      <p className="field__hint">{w.hint}</p>
      <div className="form-row">
        <Field label={w.template}>
          {(p) => (
            <select {...p} value={name} onChange={(e) => setName(e.target.value as TemplateName)}>
              <Options values={TEMPLATE_NAMES} label={(t) => s.letters.templateNames[t]} />
            </select>
          )}
        </Field>
        <Field label={w.language}>
          {(p) => (
            <select {...p} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              <Options values={LANGUAGES} label={(l) => s.settings.languageNames[l]} />
            </select>
          )}
        </Field>
      </div>
      {/* Keyed by template, language and version: switching loads that text into the editor. */}
      <TemplateEditor key={`${name}/${language}/${current.version}`} template={current} />
    </section>
  );
}

function TemplateEditor({ template }: { template: LetterTemplateInfo }) {
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const save = useOpMutation('letter.templateSave', { invalidates: ['letter.templates'] });
  const reset = useOpMutation('letter.templateReset', { invalidates: ['letter.templates'] });
  const problems = useMemo(() => checkTemplate(subject, body), [subject, body]);
  const preview = useMemo(() => renderTemplate(subject, body, SAMPLE, (n) => `‹${n}›`), [subject, body]);
  const fieldError = (f: 'subject' | 'body') => problems.find((p) => p.field === f)?.message ?? save.error?.apiError.fieldErrors?.[f]?.[0];
  return (
    <div className="template-editor">
      <p className="field__hint">{w.version(template.version, template.edited)}</p>
      <Field label={w.subject} error={fieldError('subject')}>
        {(p) => <input {...p} value={subject} onChange={(e) => setSubject(e.target.value)} />}
      </Field>
      <Field label={w.body} error={fieldError('body')}>
        {(p) => <textarea {...p} rows={14} value={body} onChange={(e) => setBody(e.target.value)} className="mono" />}
      </Field>
      <details>
        <summary>{w.placeholders}</summary>
        <p className="field__hint">{NAMES.map((n) => `{{${n}}}`).join(' ')}</p>
      </details>
      <FormError message={save.error && !save.error.apiError.fieldErrors ? save.error.apiError.message : undefined} />
      <div className="actions">
        <button
          type="button"
          className="button--primary"
          disabled={problems.length > 0 || save.isPending}
          onClick={() => save.mutate({ name: template.name, language: template.language, subject, body, expectedVersion: template.version })}
        >
          {w.save}
        </button>
        <button type="button" disabled={!template.edited || reset.isPending} onClick={() => reset.mutate({ name: template.name, language: template.language })}>
          {w.reset}
        </button>
      </div>
      <h3>{w.preview}</h3>
      <article className="letter-preview" aria-label={w.preview} lang={template.language}>
        <p>
          <strong>{preview.subject}</strong>
        </p>
        {preview.blocks.map((b, i) =>
          b.kind === 'heading' ? (
            <h4 key={i}>{b.text}</h4>
          ) : b.kind === 'bullet' ? (
            <p key={i}>• {b.text}</p>
          ) : (
            <p key={i}>{b.text}</p>
          ),
        )}
      </article>
    </div>
  );
}
