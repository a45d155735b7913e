import type { OpName } from '../../../../shared/api';

/**
 * What a disclosure change makes out of date: the register's own reads, and the request pages
 * (their Art. 19 recipients and the subject's disclosures come from this register).
 */
export const DISCLOSURE_READS: readonly OpName[] = [
  'disclosure.list',
  'disclosure.get',
  'disclosure.recipients',
  'disclosure.recipient',
  'disclosure.forSubject',
  'disclosure.stats',
  'disclosure.dueReminders',
  'request.get',
];
