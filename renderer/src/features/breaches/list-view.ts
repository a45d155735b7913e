// The breach list's view: its filters in the URL through the shared codec, from the same zod
// schema the core validates (codes only: nothing personal enters the URL).
import { breachFilterSchema } from '../../../../shared/model/breach';
import { UrlFilters } from '../../ui/list-filters/url-filters';

export const breachListFilters = new UrlFilters(breachFilterSchema);

export const BREACH_PAGE_SIZE = 100;
