// Letter templates: version 1 is the text shipped with the app (shared/letters/templates-*.ts);
// each save in the app adds a version (never an edit in place), so a letter can say which text it
// was written from and an old letter can be explained by the version it names.
import type { Language } from '../../../shared/i18n/locales';
import { LANGUAGES } from '../../../shared/i18n/locales';
import { TEMPLATE_NAMES, type LetterTemplateInfo, type TemplateName, type TemplateText } from '../../../shared/letters/model';
import { checkTemplate } from '../../../shared/letters/render';
import { TEMPLATES_EN } from '../../../shared/letters/templates-en';
import { TEMPLATES_NL } from '../../../shared/letters/templates-nl';
import type { Db } from '../../store/database';
import { stmt } from '../../store/statements';
import type { TxContext } from '../../store/store';
import { TemplateChangedError, TemplateInvalidError } from './errors';

export const SHIPPED: Readonly<Record<Language, Readonly<Record<TemplateName, TemplateText>>>> = { en: TEMPLATES_EN, nl: TEMPLATES_NL };

interface VersionRow {
  version: number;
  subject: string;
  body: string;
  saved_at: string;
  saved_by: string;
}

export function currentTemplate(db: Db, name: TemplateName, language: Language): LetterTemplateInfo {
  const row = stmt(db, 'SELECT version, subject, body, saved_at, saved_by FROM letter_template_versions WHERE template = ? AND language = ? ORDER BY version DESC LIMIT 1').get(name, language) as
    | VersionRow
    | undefined;
  if (!row) return { name, language, version: 1, edited: false, ...SHIPPED[language][name], savedAt: null, savedBy: null };
  const shipped = SHIPPED[language][name];
  return {
    name,
    language,
    version: row.version,
    edited: row.subject !== shipped.subject || row.body !== shipped.body,
    subject: row.subject,
    body: row.body,
    savedAt: row.saved_at,
    savedBy: row.saved_by,
  };
}

export function allTemplates(db: Db): LetterTemplateInfo[] {
  return TEMPLATE_NAMES.flatMap((name) => LANGUAGES.map((language) => currentTemplate(db, name, language)));
}

/** A new version; refused when its placeholders do not exist or someone saved meanwhile. */
export function saveTemplate(t: TxContext, input: { name: TemplateName; language: Language; subject: string; body: string; expectedVersion?: number }, actor: string): LetterTemplateInfo {
  const problems = checkTemplate(input.subject, input.body);
  if (problems.length) throw new TemplateInvalidError(problems);
  const before = currentTemplate(t.db, input.name, input.language);
  if (input.expectedVersion !== undefined && input.expectedVersion !== before.version) throw new TemplateChangedError(input.name, input.language, before.version);
  const version = before.version + 1;
  stmt(t.db, 'INSERT INTO letter_template_versions (template, language, version, subject, body, saved_at, saved_by) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    input.name,
    input.language,
    version,
    input.subject,
    input.body,
    t.now,
    actor,
  );
  // Template text is the organisation's wording, not about a person: its length and version suffice.
  t.audit({ entityType: 'letter-template', entityId: `${input.name}/${input.language}`, summary: { version, previous: before.version, bodyChars: input.body.length } });
  return currentTemplate(t.db, input.name, input.language);
}
