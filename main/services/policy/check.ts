// Reading a policy and scoring it, with no store: what an import stores and what `policy.check`
// answers (it works while the vault is locked).
import type { PolicyCheckResult, PolicySource } from '../../../shared/model/policy';
import { countStatuses, runChecklist } from '../../../shared/policy/checklist';
import { normaliseText, splitSections } from '../../../shared/policy/sections';
import { extractPolicy } from './extract';
import { PolicyInputError, sourceField } from './errors';
import type { Imported } from './record';

export const MAX_POLICY_CHARS = 2_000_000;

export async function readPolicy(source: PolicySource): Promise<Imported> {
  const extracted = await extractPolicy(source);
  const text = normaliseText(extracted.raw);
  // The same bound as pasted text (policySourceInput): a policy, not a book.
  if (text.length > MAX_POLICY_CHARS) throw new PolicyInputError({ [sourceField(source)]: [`The text is ${text.length.toLocaleString('en')} characters; a policy has at most ${MAX_POLICY_CHARS.toLocaleString('en')}.`] });
  if (!/\p{L}/u.test(text))
    throw new PolicyInputError({ [sourceField(source)]: [extracted.format === 'pdf' ? 'No text could be read from this PDF (a scanned image?); import a text version.' : 'The policy has no text.'] });
  return { extracted, text, checklist: runChecklist(text) };
}

export async function checkPolicy(source: PolicySource): Promise<PolicyCheckResult> {
  const { extracted, text, checklist } = await readPolicy(source);
  return {
    format: extracted.format,
    sections: splitSections(text),
    checklist: checklist.map((f) => ({ ...f, auto: { status: f.status, evidence: f.evidence }, override: null })),
    counts: countStatuses(checklist),
  };
}
