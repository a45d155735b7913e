import type { OpName } from '../../../../shared/api';

/** What a breach change makes out of date: the register's reads and the dashboard's alerts. */
export const BREACH_READS: readonly OpName[] = ['breach.list', 'breach.get', 'breach.alerts', 'breach.asOf'];
