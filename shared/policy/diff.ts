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
  const change = !a ? 'added' : !b ? 'removed' : moved ? 'moved' : d.changed ? 'changed' : 'unchanged';
  return { change, textChanged: d.changed, key: (a ?? b)!.key, titleA: a?.title ?? null, titleB: b?.title ?? null, positionA, positionB, inline: d.inline, left: d.left, right: d.right };
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
