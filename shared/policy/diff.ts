// Word-level differences between two revisions, section by section, with the `diff` library
// (Myers' algorithm): sections are paired by key (title without numbering), a section whose key
// appears at another place in the order is "moved", and each pair's text is diffed word by word.
// The result carries both views a screen shows: one inline run, and left/right columns. Spaces
// are tokens too (diffWordsWithSpace): plain diffWords takes the spacing of the equal runs from one
// side only, so a column would not read back as the revision's own text.
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { DiffPart, PolicyDiff, PolicySection, SectionDiff } from '../model/policy';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function textDiff(a: string, b: string): Pick<SectionDiff, 'inline' | 'left' | 'right'> & { changed: boolean } {
  const inline: DiffPart[] = diffWordsWithSpace(a, b).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', text: c.value }));
  return {
    inline,
    left: inline.filter((p) => p.op !== 'insert'),
    right: inline.filter((p) => p.op !== 'delete'),
    changed: inline.some((p) => p.op !== 'equal'),
  };
}

function pair(a: PolicySection | null, b: PolicySection | null, positionA: number | null, positionB: number | null, moved: boolean): SectionDiff {
  const d = textDiff(a?.text ?? '', b?.text ?? '');
  // A reworded heading is a change even over the same text (renumbering alone keeps the key).
  const renamed = !!a && !!b && a.key !== b.key;
  const change = !a ? 'added' : !b ? 'removed' : moved ? 'moved' : d.changed || renamed ? 'changed' : 'unchanged';
  return { change, textChanged: d.changed, key: (a ?? b)!.key, titleA: a?.title ?? null, titleB: b?.title ?? null, positionA, positionB, inline: d.inline, left: d.left, right: d.right };
}

/** Share of the words two texts have in common (0..1), by the same word diff. */
function similarity(a: string, b: string): number {
  const all = Math.max(words(a), words(b));
  if (!all) return 0;
  const same = diffWordsWithSpace(a, b).filter((c) => !c.added && !c.removed).reduce((n, c) => n + words(c.value), 0);
  return same / all;
}

/** A section whose heading was reworded keeps most of its words: above this share it is one section. */
export const RENAMED_SIMILARITY = 0.6;

/**
 * A removed and an added section with mostly the same text are one section under a new heading
 * ("How long we keep data" → "Retention"): shown once, where it now stands, as changed (or moved),
 * so the reader sees the few words that differ instead of the whole text deleted and inserted.
 */
function pairRenamed(out: SectionDiff[], a: PolicySection[], b: PolicySection[]): void {
  for (const removed of out.filter((s) => s.change === 'removed')) {
    const from = removed.positionA!;
    let best: { s: SectionDiff; score: number } | null = null;
    for (const added of out.filter((s) => s.change === 'added')) {
      const score = similarity(a[from]!.text, b[added.positionB!]!.text);
      if (score >= RENAMED_SIMILARITY && (!best || score > best.score)) best = { s: added, score };
    }
    if (!best) continue;
    const to = best.s.positionB!;
    // Out of order with respect to the sections around it when its neighbours' order differs.
    const before = out.filter((s) => s.positionA !== null && s.positionB !== null && s.positionB < to);
    const moved = before.some((s) => s.positionA! > from);
    const merged = pair(a[from]!, b[to]!, from, to, moved);
    out.splice(out.indexOf(best.s), 1, merged);
    out.splice(out.indexOf(removed), 1);
  }
}

export function diffSections(a: PolicySection[], b: PolicySection[]): Pick<PolicyDiff, 'sections' | 'totals'> {
  const aKeys = a.map((s) => s.key);
  const bKeys = b.map((s) => s.key);
  const aIndex = new Map(aKeys.map((k, i) => [k, i]));
  const bIndex = new Map(bKeys.map((k, i) => [k, i]));
  const out: SectionDiff[] = [];
  let ia = 0;
  let ib = 0;
  for (const chunk of diffArrays(aKeys, bKeys)) {
    for (const key of chunk.value) {
      if (chunk.removed) {
        // Present in both but out of order: shown once, where it now stands.
        if (!bIndex.has(key)) out.push(pair(a[ia]!, null, ia, null, false));
        ia++;
      } else if (chunk.added) {
        const from = aIndex.get(key);
        out.push(from === undefined ? pair(null, b[ib]!, null, ib, false) : pair(a[from]!, b[ib]!, from, ib, true));
        ib++;
      } else {
        out.push(pair(a[ia]!, b[ib]!, ia, ib, false));
        ia++;
        ib++;
      }
    }
  }
  pairRenamed(out, a, b);
  const totals = { wordsInserted: 0, wordsDeleted: 0, sectionsAdded: 0, sectionsRemoved: 0, sectionsMoved: 0, sectionsChanged: 0 };
  for (const s of out) {
    for (const p of s.inline) {
      if (p.op === 'insert') totals.wordsInserted += words(p.text);
      if (p.op === 'delete') totals.wordsDeleted += words(p.text);
    }
    if (s.change === 'added') totals.sectionsAdded++;
    if (s.change === 'removed') totals.sectionsRemoved++;
    if (s.change === 'moved') totals.sectionsMoved++;
    if (s.change === 'changed' || (s.change === 'moved' && s.textChanged)) totals.sectionsChanged++;
  }
  return { sections: out, totals };
}
