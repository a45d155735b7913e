// The two work queues (open; running, i.e. open with the clock going) as SQL IN lists.
// The partial indexes of migration 0004 serve a query only when its WHERE repeats their IN list
// term for term (https://sqlite.org/partialindex.html, "Queries Using Partial Indexes"): a list
// of bound parameters would not do. So every query takes its list from here, and a test checks
// that the migration holds the same text. The values are the model's own constants, never input.
import { OPEN_STATUSES, RUNNING_STATUSES, type RequestStatus } from '../../../shared/model/request';

export function sqlInList(values: readonly RequestStatus[]): string {
  return `(${values.map((v) => `'${v}'`).join(', ')})`;
}

export const OPEN_IN = sqlInList(OPEN_STATUSES);
export const RUNNING_IN = sqlInList(RUNNING_STATUSES);
