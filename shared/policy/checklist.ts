// Runs the Art. 13/14 checklist rules (rules.ts) over a policy's text. Pure: the same function
// scores an import, a stored revision and `dpo policy check`, and can run in the renderer.
import type { CheckStatus, ChecklistCounts, ChecklistItem } from '../model/policy';
import { CHECKLIST_RULES, type ChecklistRule, type LanguagePatterns } from './rules';
import { sentencesOf } from './sections';

/** At most this many sentences per finding: enough to show, few enough to read. */
export const MAX_EVIDENCE = 3;

export interface AutoFinding {
  item: ChecklistItem;
  article: string;
  status: CheckStatus;
  evidence: string[];
}

const compiled = new Map<string, RegExp>();
function re(source: string): RegExp {
  let r = compiled.get(source);
  if (!r) compiled.set(source, (r = new RegExp(source, 'iu')));
  return r;
}

const anyOf = (patterns: readonly string[] | undefined, s: string) => !!patterns?.some((p) => re(p).test(s));

function judge(rule: ChecklistRule, sentences: string[]): AutoFinding {
  const strong: string[] = [];
  const weak: string[] = [];
  const langs: LanguagePatterns[] = [rule.en, rule.nl];
  for (const s of sentences) {
    let isStrong = false;
    let isWeak = false;
    for (const l of langs) {
      if (anyOf(l.terms, s)) {
        if (!l.needs || anyOf(l.needs, s)) isStrong = true;
        else isWeak = true;
      } else if (anyOf(l.weak, s)) isWeak = true;
    }
    if (isStrong) strong.push(s);
    else if (isWeak) weak.push(s);
  }
  // Never `present` without the sentence that shows it.
  if (strong.length) return { item: rule.item, article: rule.article, status: 'present', evidence: strong.slice(0, MAX_EVIDENCE) };
  if (weak.length) return { item: rule.item, article: rule.article, status: 'unclear', evidence: weak.slice(0, MAX_EVIDENCE) };
  return { item: rule.item, article: rule.article, status: 'missing', evidence: [] };
}

export function runChecklist(text: string): AutoFinding[] {
  const sentences = sentencesOf(text);
  return CHECKLIST_RULES.map((rule) => judge(rule, sentences));
}

export function countStatuses(findings: ReadonlyArray<{ status: CheckStatus }>): ChecklistCounts {
  const counts: ChecklistCounts = { present: 0, missing: 0, unclear: 0 };
  for (const f of findings) counts[f.status]++;
  return counts;
}

/** Does the text mention any of these patterns (any language)? */
export function mentionsAny(text: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => re(p).test(text));
}

/** Whether `quote` occurs in the text, ignoring differences of case and spacing. */
export function quotedIn(text: string, quote: string): boolean {
  const squash = (s: string) => s.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
  return squash(text).includes(squash(quote));
}
