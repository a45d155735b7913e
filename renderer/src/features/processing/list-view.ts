// The processing list's view: its filters in the URL through the shared codec, from the same zod
// schema the core validates (kinds and codes only, nothing personal).
import { processingFilterSchema } from '../../../../shared/model/processing';
import { UrlFilters } from '../../ui/list-filters/url-filters';

export const processingListFilters = new UrlFilters(processingFilterSchema, { params: { subjectKind: 'subjects', reviewDue: 'due' } });

export const PROCESSING_PAGE_SIZE = 100;
