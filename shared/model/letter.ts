// Letters: the operations' inputs and results (templates in shared/letters/).
import { z } from 'zod';
import { dateField, recordIdField } from './fields';
import { jobIdField } from './jobs';
import { SUBJECT_KINDS } from './processing';
import { refField } from './request-inputs';
import { LANGUAGES, type Language } from '../i18n/locales';
import { TEMPLATE_NAMES, type LetterTemplateInfo, type TemplateName } from '../letters/model';
import type { LetterBlock } from '../letters/render';

export const templateNameField = z.enum(TEMPLATE_NAMES, { error: `Choose a template: ${TEMPLATE_NAMES.join(', ')}.` });
export const letterLanguageField = z.enum(LANGUAGES, { error: `Choose one of: ${LANGUAGES.join(', ')}.` });

export const letterGenerateInput = z.object({
  ref: refField,
  template: templateNameField,
  /** Omitted: the request's letter language, else the profile's default. */
  language: letterLanguageField.optional(),
  /**
   * A draft prints every missing item as "MISSING: …" and DRAFT across every page, and is not
   * stored on the request: it is for the DPO to read, never to send.
   */
  draft: z.boolean().default(false),
  /** For the Art. 19 notice: which recipient (its id in the request's Art. 19 listing); default the first. */
  recipient: z.string().trim().max(100).optional(),
  /**
   * The extension notice's reasons (GDPR Art. 12(3)) when the extension is not recorded yet: they
   * print in the letter and are recorded with the extension when the letter is marked sent.
   */
  reasons: z.string().trim().max(5000, 'At most 5,000 characters.').optional(),
  /**
   * What was done (a confirmation letter's {{request.summary}}) when the response is not recorded
   * yet: it prints in the letter and becomes the response's summary when the letter is marked sent.
   */
  summary: z.string().trim().max(20_000, 'At most 20,000 characters.').optional(),
  /**
   * Which category of data subjects (GDPR Art. 30(1)(c)) the requester is, to find the records
   * of processing that cover them for an access response.
   */
  subjectKind: z.enum(SUBJECT_KINDS, { error: `Choose from ${SUBJECT_KINDS.join(', ')}.` }).default('customer'),
  progressId: jobIdField.optional(),
});
export type LetterGenerate = z.output<typeof letterGenerateInput>;

/** Like generate, for the preview: the template text may be an unsaved edit. */
export const letterPreviewInput = letterGenerateInput.omit({ progressId: true }).extend({
  subject: z.string().max(500).optional(),
  body: z.string().max(50_000).optional(),
});

export const templateSaveInput = z.object({
  name: templateNameField,
  language: letterLanguageField,
  subject: z.string().trim().min(1, 'Write the subject line.').max(500, 'At most 500 characters.'),
  body: z.string().trim().min(1, 'Write the letter.').max(50_000, 'At most 50,000 characters.'),
  /** The version the edit started from: a save over a newer one is a CONFLICT. */
  expectedVersion: z.number().int().min(1).optional(),
});

export const templateResetInput = z.object({ name: templateNameField, language: letterLanguageField });

export const letterMarkSentInput = z.object({
  ref: refField,
  letter: recordIdField,
  /** The day it went out (local date); default today. */
  sentOn: dateField().optional(),
});

export const letterSetLanguageInput = z.object({ ref: refField, language: letterLanguageField });

export interface LetterRecord {
  id: number;
  publicId: string;
  template: TemplateName;
  language: Language;
  templateVersion: number;
  pages: number;
  sha256: string;
  fileId: number;
  filePublicId: string;
  filename: string;
  generatedAt: string;
  generatedBy: string;
  sentOn: string | null;
  /** For an access response: the processing activities it drew on. */
  activities: string[];
}

export interface GeneratedLetter {
  /** Null for a draft (not stored). */
  letter: LetterRecord | null;
  pages: number;
  sha256: string;
  template: TemplateName;
  templateVersion: number;
  language: Language;
  missing: string[];
  filename: string;
  base64: string;
}

export interface LetterPreview {
  subject: string;
  blocks: LetterBlock[];
  missing: string[];
  /** Problems with the template text itself (unknown placeholders). */
  problems: Array<{ field: 'subject' | 'body'; message: string }>;
  templateVersion: number;
  language: Language;
}

export interface RequestLetters {
  language: Language;
  /** Whether the language was chosen for this request or comes from the profile's default. */
  languageChosen: boolean;
  /** What the current step calls for, first; then every other template. */
  offered: TemplateName[];
  others: TemplateName[];
  letters: LetterRecord[];
}

export type { LetterTemplateInfo };
