// Every number on the dashboard opens the request list filtered to exactly those requests (the
// list reads its filters from the URL query; see the requests list page).
import { AWAITING_STATUSES, REQUEST_TYPES, type RequestType } from '../../../../shared/model/request';
import { s } from '../../i18n';

export const listLinks = {
  open: '/requests?open=1',
  dueSoon: '/requests?dueWithin=7',
  overdue: '/requests?overdue=1',
  awaiting: `/requests?status=${AWAITING_STATUSES.join(',')}`,
  answered: '/requests?status=responded,closed,refused',
  byType: (t: RequestType) => `/requests?type=${t}`,
  request: (ref: string) => `/requests/${encodeURIComponent(ref)}`,
};

/** "access+erasure" (the summary form) → "Access, Erasure" in the chosen language. */
export function typeLabels(type: string): string {
  return type
    .split('+')
    .map((t) => ((REQUEST_TYPES as readonly string[]).includes(t) ? s.requests.typeLabels[t as RequestType] : t))
    .join(', ');
}
