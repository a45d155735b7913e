// A policy's normalised text and its sections. The normalised text is what revisions are diffed
// and checked on, so it must not depend on how the text arrived: line ends, runs of spaces,
// non-breaking spaces and Unicode composition are made uniform here.
import type { PolicySection } from '../model/policy';

export function normaliseText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F\t]/g, ' ')
    .replace(/[\u200B\uFEFF]/g, '')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .reduce(unwrap, [] as string[])
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Hard-wrapped lines (PDF lines, plain text wrapped at 72) are one sentence: a line that does not
 * end a sentence and is no heading, followed by one that starts in lower case, continues it.
 */
function unwrap(lines: string[], line: string): string[] {
  const prev = lines[lines.length - 1];
  if (prev && /^\p{Ll}/u.test(line) && !/[.!?:;]$/.test(prev) && !headingOf(prev)) lines[lines.length - 1] = `${prev} ${line}`;
  else lines.push(line);
  return lines;
}

const MARKDOWN = /^(#{1,6})\s+(.+?)\s*#*$/;
// "3. Your rights", "4.2 Retention", "5) Cookies": short, starts with a capital, no full stop.
const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)[.)]?\s+(\p{Lu}.{0,99})$/u;

function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && line.length <= 80 && letters === letters.toLocaleUpperCase() && letters !== letters.toLocaleLowerCase();
}

/** A heading line: its level and title, or null for body text. */
export function headingOf(line: string): { level: number; title: string } | null {
  const md = MARKDOWN.exec(line);
  if (md) return { level: md[1]!.length, title: md[2]! };
  const num = NUMBERED.exec(line);
  if (num && !/[.:;,]$/.test(line)) return { level: num[1]!.split('.').length, title: line };
  if (isAllCaps(line) && !/[.:;,]$/.test(line)) return { level: 1, title: line };
  return null;
}

/** The key a section keeps across revisions: its title without numbering, case or punctuation. */
export function sectionKey(title: string): string {
  return title
    .replace(/^#+\s*/, '')
    .replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Splits normalised text at its headings; text before the first heading is a section titled ''. */
export function splitSections(text: string): PolicySection[] {
  const sections: PolicySection[] = [];
  let current: PolicySection = { key: '', title: '', level: 0, text: '' };
  const body: string[] = [];
  const flush = () => {
    current.text = body.join('\n').trim();
    if (current.title || current.text) sections.push(current);
    body.length = 0;
  };
  for (const line of text.split('\n')) {
    const h = line ? headingOf(line) : null;
    if (!h) {
      body.push(line);
      continue;
    }
    flush();
    current = { key: sectionKey(h.title), title: h.title, level: h.level, text: '' };
  }
  flush();
  // Two sections with the same title ("General" twice) keep distinct keys, in order.
  const seen = new Map<string, number>();
  for (const s of sections) {
    const n = (seen.get(s.key) ?? 0) + 1;
    seen.set(s.key, n);
    if (n > 1) s.key = `${s.key}#${n}`;
  }
  return sections;
}

/**
 * Sentences of a text, for evidence: split at line ends and after . ! ? followed by a space.
 * Headings are not sentences: a title promises a topic, only the text under it can deliver it.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => line && !headingOf(line))
    .flatMap((line) => line.split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'“‘(])/u))
    .map((s) => s.replace(/^[-*•]\s+/, '').trim())
    .filter((s) => /\p{L}/u.test(s));
}
