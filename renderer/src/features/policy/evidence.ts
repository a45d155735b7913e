// Where a finding's evidence sits in the revision's text. Evidence sentences are copied verbatim
// from the stored text (shared/policy/checklist.ts), and never span a line break (sentencesOf
// splits at line ends), so each line of a section can be searched on its own.

export interface Run {
  text: string;
  /** Index into the evidence list of the sentence this run shows, or null for plain text. */
  evidence: number | null;
}

/**
 * Splits one line into plain runs and evidence runs. Overlapping matches keep the first found;
 * every occurrence of a sentence is marked (the same sentence twice in a policy is evidence twice).
 */
export function markEvidence(line: string, evidence: readonly string[]): Run[] {
  const hits: Array<{ start: number; end: number; index: number }> = [];
  evidence.forEach((sentence, index) => {
    if (!sentence) return;
    for (let at = line.indexOf(sentence); at >= 0; at = line.indexOf(sentence, at + sentence.length)) hits.push({ start: at, end: at + sentence.length, index });
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Run[] = [];
  let pos = 0;
  for (const h of hits) {
    if (h.start < pos) continue;
    if (h.start > pos) runs.push({ text: line.slice(pos, h.start), evidence: null });
    runs.push({ text: line.slice(h.start, h.end), evidence: h.index });
    pos = h.end;
  }
  if (pos < line.length || runs.length === 0) runs.push({ text: line.slice(pos), evidence: null });
  return runs;
}

/** The evidence sentences that occur nowhere in these lines (shown apart, so none is lost). */
export function evidenceNotFound(lines: readonly string[], evidence: readonly string[]): string[] {
  return evidence.filter((sentence) => !lines.some((l) => l.includes(sentence)));
}
