import type { OpName } from '../../../../shared/api';

/** What a change to the record makes out of date: the register's reads and the dashboard card. */
export const PROCESSING_READS: readonly OpName[] = ['processing.list', 'processing.get', 'processing.asOf', 'processing.covering', 'processing.reviewDue'];
