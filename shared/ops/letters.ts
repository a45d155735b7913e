// Letters to data subjects: templates (versioned, editable), preview, generation into the
// request's file store, "mark sent" (which the workflow reads), and the request's letter language.

import {
  letterGenerateInput,
  letterMarkSentInput,
  letterPreviewInput,
  letterSetLanguageInput,
  templateResetInput,
  templateSaveInput,
  type GeneratedLetter,
  type LetterPreview,
  type LetterRecord,
  type LetterTemplateInfo,
  type RequestLetters,
} from '../model/letter';
import { requestRefInput } from '../model/request-inputs';
import { empty, op } from './op';

export const letterOps = {
  'letter.templates': op<LetterTemplateInfo[]>()(empty, 'unlocked', 'request.read'),
  'letter.templateSave': op<LetterTemplateInfo>()(templateSaveInput, 'unlocked', 'settings.write'),
  /** Back to the shipped text, as a new version (the edited ones stay in the history). */
  'letter.templateReset': op<LetterTemplateInfo>()(templateResetInput, 'unlocked', 'settings.write'),
  'letter.preview': op<LetterPreview>()(letterPreviewInput, 'unlocked', 'request.read'),
  'letter.generate': op<GeneratedLetter>()(letterGenerateInput, 'unlocked', 'request.write'),
  'letter.forRequest': op<RequestLetters>()(requestRefInput, 'unlocked', 'request.read'),
  'letter.markSent': op<LetterRecord>()(letterMarkSentInput, 'unlocked', 'request.write'),
  'letter.setLanguage': op<RequestLetters>()(letterSetLanguageInput, 'unlocked', 'request.write'),
} as const;

export type LetterOps = typeof letterOps;
