// A template and its values → the letter's blocks (headings, paragraphs, bullets), which the PDF
// layout prints. Pure, so the editor's live preview and the check run in the renderer too.
import { isPlaceholder, PLACEHOLDERS, type Placeholder, type PlaceholderValues } from './model';

export type LetterBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'bullet'; text: string }
  /** An item the letter needs and the data lacks; only a draft prints it. */
  | { kind: 'missing'; text: string };

export interface RenderedLetter {
  subject: string;
  blocks: LetterBlock[];
  /** Placeholders used whose value is null or empty, in order of first use. */
  missing: Placeholder[];
}

const PLACEHOLDER = /\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}/g;

/** Every placeholder name a text uses (known or not), once each, in order. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export interface TemplateProblem {
  field: 'subject' | 'body';
  message: string;
}

/** What keeps a template from being saved: unknown placeholders, a list placeholder inside a sentence. */
export function checkTemplate(subject: string, body: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  for (const [field, text] of [['subject', subject], ['body', body]] as const) {
    if (!text.trim()) problems.push({ field, message: 'Write the text.' });
    for (const name of placeholdersIn(text)) {
      if (!isPlaceholder(name)) problems.push({ field, message: `{{${name}}} is not a placeholder (known: ${Object.keys(PLACEHOLDERS).join(', ')}).` });
      else if (PLACEHOLDERS[name].list && (field === 'subject' || !new RegExp(`^\\s*\\{\\{\\s*${name.replace(/\./g, '\\.')}\\s*\\}\\}\\s*$`, 'm').test(text)))
        problems.push({ field, message: `{{${name}}} is a list: put it on a line of its own in the body.` });
    }
    if ((text.match(/\{\{/g)?.length ?? 0) !== (text.match(/\}\}/g)?.length ?? 0)) problems.push({ field, message: 'A placeholder is not closed: write {{name}}.' });
  }
  return problems;
}

function isEmpty(v: string | string[] | null | undefined): boolean {
  return v === null || v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === '');
}

/**
 * Fills the template. A missing value leaves a marker `missingLabel(name)` in its place (in a
 * sentence) or a `missing` block (a list), and is reported in `missing`.
 */
export function renderTemplate(subject: string, body: string, values: PlaceholderValues, missingLabel: (name: Placeholder) => string): RenderedLetter {
  const missing: Placeholder[] = [];
  const note = (name: Placeholder) => {
    if (!missing.includes(name)) missing.push(name);
  };
  const inline = (text: string) =>
    text.replace(PLACEHOLDER, (whole, name: string) => {
      if (!isPlaceholder(name)) return whole;
      const v = values[name];
      if (isEmpty(v)) {
        note(name);
        return `[${missingLabel(name)}]`;
      }
      return Array.isArray(v) ? v.join(', ') : v!;
    });
  const blocks: LetterBlock[] = [];
  for (const para of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = para.split('\n').map((l) => l.trimEnd());
    if (!lines.some((l) => l.trim())) continue;
    const only = /^\s*\{\{\s*([a-zA-Z0-9_.]+)\s*\}\}\s*$/.exec(para.trim());
    if (only && isPlaceholder(only[1]!)) {
      const name = only[1] as Placeholder;
      const v = values[name];
      if (isEmpty(v)) {
        note(name);
        blocks.push({ kind: 'missing', text: missingLabel(name) });
      } else if (Array.isArray(v)) for (const item of v) blocks.push({ kind: 'bullet', text: item });
      else for (const p of v!.split(/\n\s*\n/)) blocks.push({ kind: 'paragraph', text: p.trim() });
      continue;
    }
    let text: string[] = [];
    const flush = () => {
      if (text.length) blocks.push({ kind: 'paragraph', text: inline(text.join(' ')) });
      text = [];
    };
    for (const line of lines) {
      if (line.startsWith('## ')) {
        flush();
        blocks.push({ kind: 'heading', text: inline(line.slice(3).trim()) });
      } else if (line.startsWith('- ')) {
        flush();
        blocks.push({ kind: 'bullet', text: inline(line.slice(2).trim()) });
      } else if (line.trim()) text.push(line.trim());
    }
    flush();
  }
  return { subject: inline(subject), blocks, missing };
}

/**
 * The legal provisions a text cites, normalised ("15(1)(a)", "12(3)", "recital 63"), in either
 * language: "Article 15(1)(a)" and "artikel 15 lid 1 onder a" are the same item.
 */
export function articlesCited(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\bArticle (\d+)(?:\((\d+)\))?(?:\(([a-z])\))?/g)) out.add(`${m[1]}${m[2] ? `(${m[2]})` : ''}${m[3] ? `(${m[3]})` : ''}`);
  for (const m of text.matchAll(/\bartikel (\d+)(?: lid (\d+))?(?: onder ([a-z]))?/gi)) out.add(`${m[1]}${m[2] ? `(${m[2]})` : ''}${m[3] ? `(${m[3]})` : ''}`);
  for (const m of text.matchAll(/\b(?:Recital|overweging) (\d+)/gi)) out.add(`recital ${m[1]}`);
  return [...out].sort();
}
