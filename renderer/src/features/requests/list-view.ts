// The requests list's view: its filters in the URL (through the shared codec, from the same zod
// schema the core validates) and its columns in the register table.
import { requestFilterSchema } from '../../../../shared/model/request';
import { UrlFilters } from '../../ui/list-filters/url-filters';

/**
 * `type` and `dueWithin` are the parameter names the dashboard's links have always used. The
 * default view is the open requests: what a DPO works on. The search text stays out of the URL.
 */
export const requestListFilters = new UrlFilters(requestFilterSchema, {
  params: { types: 'type', dueWithinDays: 'dueWithin' },
  defaults: { open: true },
  local: ['q'],
});
