// Privacy policy revisions (main/services/policy/; contract notes in its CONTRACT.md).
import {
  policyAddInput,
  policyCheckInput,
  policyDiffInput,
  policyFileInput,
  policyIdInput,
  policyOverrideInput,
  policyUpdateInput,
  type PolicyCheckResult,
  type PolicyDiff,
  type PolicyPractices,
  type PolicyRevisionDetail,
  type PolicyRevisionSummary,
} from '../model/policy';
import type { FileContent } from '../model/files';
import { empty, op } from './op';

export const policyOps = {
  'policy.add': op<PolicyRevisionDetail>()(policyAddInput, 'unlocked', 'policy.write'),
  'policy.update': op<PolicyRevisionDetail>()(policyUpdateInput, 'unlocked', 'policy.write'),
  'policy.get': op<PolicyRevisionDetail>()(policyIdInput, 'unlocked', 'policy.read'),
  /** The timeline, oldest first: a policy has tens of revisions, not thousands, so no paging. */
  'policy.list': op<PolicyRevisionSummary[]>()(empty, 'unlocked', 'policy.read'),
  'policy.diff': op<PolicyDiff>()(policyDiffInput, 'unlocked', 'policy.read'),
  'policy.override': op<PolicyRevisionDetail>()(policyOverrideInput, 'unlocked', 'policy.write'),
  'policy.practices': op<PolicyPractices>()(empty, 'unlocked', 'policy.read'),
  /** Runs the current rules again over a stored revision (after the rules were tuned); overrides stay. */
  'policy.recheck': op<PolicyRevisionDetail>()(policyIdInput, 'unlocked', 'policy.write'),
  'policy.fileGet': op<FileContent>()(policyFileInput, 'unlocked', 'policy.read'),
  // Pure: reads the text it is given and stores nothing, so it works while locked.
  'policy.check': op<PolicyCheckResult>()(policyCheckInput, 'public', 'policy.check'),
} as const;
