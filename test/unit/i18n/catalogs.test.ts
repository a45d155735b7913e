// The Dutch catalog must say everything the English one says: the same keys (typecheck checks
// that too, via the Catalog type), every parameter of a message used in both languages, no empty
// text, and no English left untranslated in the Dutch catalog.
import { describe, expect, it } from 'vitest';
import { CATALOGS, en, LANGUAGES, nl } from '../../../shared/i18n';

type Leaf = { path: string; value: unknown };

function leaves(node: unknown, path = ''): Leaf[] {
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [{ path, value: node }];
}

function render(fn: unknown, args: unknown[]): string {
  return (fn as (...a: unknown[]) => string)(...args);
}

/** A parameter is numeric when the English message accepts a number for it without printing "NaN". */
function numericParams(fn: unknown, arity: number): boolean[] {
  return Array.from({ length: arity }, (_, i) => {
    const args: unknown[] = Array.from({ length: arity }, (_, j) => (j === i ? '«probe»' : 'x'));
    try {
      return !render(fn, args).includes('«probe»');
    } catch {
      return true;
    }
  });
}

/**
 * Distinct arguments for a message function: numbers above 1 (the plural branch) and below 1000
 * (no thousands separator, which differs by language), strings that cannot occur in the words.
 */
function sampleArgs(fn: unknown): unknown[] {
  return numericParams(fn, (fn as () => string).length).map((isNum, i) => (isNum ? 101 + i * 111 : `«arg${i}»`));
}

/** Which of the sample arguments appear in the output (by position). */
function argsUsed(fn: unknown, args: unknown[]): number[] {
  const out = render(fn, args);
  return args.flatMap((a, i) => (out.includes(String(a)) ? [i] : []));
}

// Words that are the same in both languages (names, abbreviations, loanwords used in Dutch).
const SAME_IN_BOTH = new Set([
  'appName',
  // A law has one name everywhere; these are the same in Dutch (the GDPR is the AVG).
  'dashboard.regimeLabels.uk-gdpr',
  'dashboard.regimeLabels.ccpa',
  'dashboard.regimeLabels.lgpd',
  'audit.entityTypes.export',
  'settings.languageNames.en',
  'settings.languageNames.nl',
  'audit.details',
  'insights.dashboard.noValue',
  'insights.import.details',
  'requests.status',
  // "Status", "Open" and the hash algorithm's name are Dutch as well.
  'reports.caseFile.fields.status',
  'reports.caseFile.filesColumns.sha256',
  'reports.auditPack.disclosures.secrecyOpen',
  'reports.screen.sha256',
  'reports.screen.columns.sha256',
  'requests.columns.status',
  'requests.channelLabels.email',
  'requests.attachmentKindLabels.document',
  'requests.typeArticles.other',
  'explain.weekend', // "weekend" is Dutch too
  // Names of formats and "e-mail" are the same words in Dutch.
  'policyCodes.noticeChannels.email',
  'policyCodes.formats.markdown',
  'policyCodes.formats.html',
  'policyCodes.formats.pdf',
  'policyCodes.formats.docx',
  // Names of foreign laws stay as their own country writes them.
  'requests.regimeShort.uk-gdpr',
  'requests.regimeShort.ccpa',
  'requests.regimeShort.lgpd',
]);

describe('message catalogs', () => {
  const enLeaves = leaves(en);
  const nlLeaves = leaves(nl);

  it('Dutch has exactly the English keys, each of the same kind (text or message with parameters)', () => {
    expect(nlLeaves.map((l) => l.path)).toEqual(enLeaves.map((l) => l.path));
    const nlByPath = new Map(nlLeaves.map((l) => [l.path, l.value]));
    for (const { path, value } of enLeaves) {
      const other = nlByPath.get(path);
      expect(typeof other, path).toBe(typeof value);
      if (typeof value === 'function') expect((other as (...a: unknown[]) => string).length, path).toBe(value.length);
    }
  });

  it('every message uses the same parameters in both languages', () => {
    const nlByPath = new Map(nlLeaves.map((l) => [l.path, l.value]));
    const functions = enLeaves.filter((l) => typeof l.value === 'function');
    expect(functions.length).toBeGreaterThan(20);
    for (const { path, value } of functions) {
      const args = sampleArgs(value);
      expect(argsUsed(nlByPath.get(path), args), path).toEqual(argsUsed(value, args));
    }
  });

  it('no text is empty, in any language, and messages render to non-empty text', () => {
    for (const language of LANGUAGES)
      for (const { path, value } of leaves(CATALOGS[language])) {
        if (path === 'requests.typeArticles.other') continue; // "other" cites no article, on purpose
        const text = typeof value === 'function' ? render(value, sampleArgs(value)) : value;
        expect(typeof text, `${language} ${path}`).toBe('string');
        expect((text as string).trim(), `${language} ${path}`).not.toBe('');
      }
  });

  it('the Dutch catalog is translated: no English text copied over', () => {
    const enByPath = new Map(enLeaves.map((l) => [l.path, l.value]));
    const copied = nlLeaves
      .filter((l) => typeof l.value === 'string' && !SAME_IN_BOTH.has(l.path) && l.value === enByPath.get(l.path))
      .map((l) => l.path);
    expect(copied).toEqual([]);
  });

  it('Dutch cites the AVG, never the GDPR, and addresses the reader formally (u, not je)', () => {
    const texts = nlLeaves.map((l) => (typeof l.value === 'function' ? render(l.value, sampleArgs(l.value)) : String(l.value)));
    const all = texts.join('\n');
    expect(all).toMatch(/\bAVG\b/);
    // "UK GDPR" is the name of the British law and stays as it is.
    expect(all.replace(/UK GDPR/g, '')).not.toMatch(/\bGDPR\b/);
    expect(all).not.toMatch(/\b(je|jij|jouw)\b/i);
  });

  it('numbers follow the language: thousands separators differ', () => {
    expect(en.requests.total(12345)).toBe('12,345 requests');
    expect(nl.requests.total(12345)).toBe('12.345 verzoeken');
  });
});
