import { CORRECTIONS_VERSION } from './data/corrections';

/**
 * Version of the deadline rules (regimes, counting method, holiday corrections). Every computed
 * deadline carries it, and a stored deadline records the version that produced it, so a later
 * change of rules never silently rewrites history. Bump it on ANY change to regimes/, compute.ts,
 * calendar.ts or data/. Format: YEAR.MONTH.N.
 */
export const RULES_VERSION = '2026.12.1';

export const RULES_PROVENANCE = `rules ${RULES_VERSION}; holiday corrections ${CORRECTIONS_VERSION}`;
