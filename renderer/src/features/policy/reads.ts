import type { OpName } from '../../../../shared/api';

/** What a policy change makes out of date: the timeline, the revisions, diffs and the practices check. */
export const POLICY_READS: readonly OpName[] = ['policy.list', 'policy.get', 'policy.diff', 'policy.practices'];
