// The disclosures list's view: its filters in the URL through the shared codec, from the same zod
// schema the core validates. The subject (an e-mail address or customer number) never enters the
// URL: a URL ends up in the browser's history file on disk. A recipient is named by its public
// id, so the directory can link to "everything that went to this recipient".
import { disclosureFilterSchema } from '../../../../shared/model/disclosure';
import { UrlFilters } from '../../ui/list-filters/url-filters';

export const disclosureListFilters = new UrlFilters(disclosureFilterSchema, {
  params: { recipientKind: 'kind', recipientId: 'recipient' },
  local: ['subjectEmail', 'customerId'],
});

export const DISCLOSURE_PAGE_SIZE = 100;
