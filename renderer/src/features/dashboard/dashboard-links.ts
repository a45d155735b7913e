// Every number on the dashboard opens the request list filtered to exactly those requests (the
// list reads its filters from the URL query; see the requests list page).
import { AWAITING_STATUSES, type RequestType } from '../../../../shared/model/request';

export const listLinks = {
  open: '/requests?open=1',
  dueSoon: '/requests?dueWithin=7',
  overdue: '/requests?overdue=1',
  awaiting: `/requests?status=${AWAITING_STATUSES.join(',')}`,
  answered: '/requests?status=responded,closed,refused',
  byType: (t: RequestType) => `/requests?type=${t}`,
  request: (ref: string) => `/requests/${encodeURIComponent(ref)}`,
};

/** A record's own page, for lists that mix kinds (retention's due and held records). */
export function recordLink(r: { kind: 'request' | 'disclosure' | 'breach'; id: string }): string {
  return r.kind === 'request' ? listLinks.request(r.id) : `/${r.kind === 'breach' ? 'breaches' : 'disclosures'}/${encodeURIComponent(r.id)}`;
}
