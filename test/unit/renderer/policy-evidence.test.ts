// Marking a checklist finding's evidence in a line of the policy text: the runs read back as the
// line, each sentence is marked wherever it occurs, overlaps keep the first, and sentences that
// occur nowhere are reported rather than silently dropped.
import { describe, expect, it } from 'vitest';
import { evidenceNotFound, markEvidence } from '../../../renderer/src/features/policy/evidence';

const LINE = 'We keep invoices for 7 years. You may ask for a copy. We keep invoices for 7 years.';

describe('markEvidence', () => {
  it('returns the line as one plain run when there is no evidence', () => {
    expect(markEvidence(LINE, [])).toEqual([{ text: LINE, evidence: null }]);
    expect(markEvidence('', ['x'])).toEqual([{ text: '', evidence: null }]);
  });

  it('marks every occurrence of each sentence, and the runs read back as the line', () => {
    const runs = markEvidence(LINE, ['You may ask for a copy.', 'We keep invoices for 7 years.']);
    expect(runs).toEqual([
      { text: 'We keep invoices for 7 years.', evidence: 1 },
      { text: ' ', evidence: null },
      { text: 'You may ask for a copy.', evidence: 0 },
      { text: ' ', evidence: null },
      { text: 'We keep invoices for 7 years.', evidence: 1 },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(LINE);
  });

  it('keeps the first of two overlapping sentences and never repeats text', () => {
    const runs = markEvidence('Ångström & Zoë ask: “wissen?” Yes.', ['ask: “wissen?”', '“wissen?” Yes.']);
    expect(runs.map((r) => r.text).join('')).toBe('Ångström & Zoë ask: “wissen?” Yes.');
    expect(runs.filter((r) => r.evidence !== null)).toEqual([{ text: 'ask: “wissen?”', evidence: 0 }]);
  });
});

describe('evidenceNotFound', () => {
  it('names the sentences that occur in no line', () => {
    expect(evidenceNotFound(['A line.', 'You may ask for a copy.'], ['You may ask for a copy.', 'Not here.'])).toEqual(['Not here.']);
  });
});
