// Why a letter or a template edit was refused, each naming what to fix.
import { WorkbenchError } from '../../../shared/errors';

/** The organisation profile lacks what the letter prints: named by its settings key. */
export class ProfileIncompleteError extends WorkbenchError {
  constructor(keys: string[]) {
    super(
      'VALIDATION',
      `The organisation profile is missing ${keys.join(', ')}; fill ${keys.length === 1 ? 'it' : 'them'} in under Settings → Organisation profile (or dpo settings set ${keys[0]}=…) before generating this letter.`,
      Object.fromEntries(keys.map((k) => [k, ['Needed for letters.']])),
    );
  }
}

/** Items the letter must contain have no content (an access response without purposes). */
export class LetterItemsMissingError extends WorkbenchError {
  constructor(items: string[]) {
    super('VALIDATION', `The letter cannot be complete; missing: ${items.join('; ')}. Fill these in, or generate a draft to see the gaps.`, { missing: items });
  }
}

export class TemplateInvalidError extends WorkbenchError {
  constructor(problems: Array<{ field: 'subject' | 'body'; message: string }>) {
    const fields: Record<string, string[]> = {};
    for (const p of problems) (fields[p.field] ??= []).push(p.message);
    super('VALIDATION', problems[0]!.message, fields);
  }
}

export class TemplateChangedError extends WorkbenchError {
  constructor(name: string, language: string, current: number) {
    super('CONFLICT', `The ${language} template "${name}" was changed meanwhile (now version ${current}); reload it and edit again.`);
  }
}

export class LetterNotFoundError extends WorkbenchError {
  constructor(ref: string, letter: string | number) {
    super('NOT_FOUND', `Letter ${letter} of request ${ref} was not found.`);
  }
}

/** Sending this letter would record a step the request cannot take now (e.g. a late extension). */
export class LetterStepRefusedError extends WorkbenchError {
  constructor(message: string) {
    super('ILLEGAL_TRANSITION', message);
  }
}
