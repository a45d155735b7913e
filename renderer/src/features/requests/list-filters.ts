// The list's filters live in the URL (#/requests?status=…), so every dashboard tile can link to a
// filtered list and the browser's back button works. The free-text search does NOT: it holds
// names and e-mail addresses, and a URL ends up in the browser's history file on disk.
import { CHANNELS, REQUEST_TYPES, STATUSES, type Channel, type RequestStatus, type RequestType } from '../../../../shared/model/request';

export type SortKey = 'due' | 'received' | 'ref' | 'name' | 'status' | 'updated';

export interface ListFilters {
  status?: RequestStatus[];
  open?: boolean;
  overdue?: boolean;
  dueWithinDays?: number;
  types?: RequestType[];
  channel?: Channel[];
  q?: string;
  sort: SortKey;
  dir: 'asc' | 'desc';
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] | undefined {
  if (!value) return undefined;
  const items = value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return items.length ? items : undefined;
}

const SORTS: readonly SortKey[] = ['due', 'received', 'ref', 'name', 'status', 'updated'];

export function filtersFromParams(p: URLSearchParams): ListFilters {
  const dueWithin = Number(p.get('dueWithin'));
  const f: ListFilters = {
    sort: (SORTS as readonly string[]).includes(p.get('sort') ?? '') ? (p.get('sort') as SortKey) : 'due',
    dir: p.get('dir') === 'desc' ? 'desc' : 'asc',
  };
  const status = list(p.get('status'), STATUSES);
  if (status) f.status = status;
  const types = list(p.get('type'), REQUEST_TYPES);
  if (types) f.types = types;
  const channel = list(p.get('channel'), CHANNELS);
  if (channel) f.channel = channel;
  if (p.get('open') === '1') f.open = true;
  if (p.get('overdue') === '1') f.overdue = true;
  if (p.get('dueWithin') && Number.isInteger(dueWithin) && dueWithin >= 0) f.dueWithinDays = dueWithin;
  return f;
}

export function paramsFromFilters(f: ListFilters): URLSearchParams {
  const p = new URLSearchParams();
  if (f.status?.length) p.set('status', f.status.join(','));
  if (f.types?.length) p.set('type', f.types.join(','));
  if (f.channel?.length) p.set('channel', f.channel.join(','));
  if (f.open) p.set('open', '1');
  if (f.overdue) p.set('overdue', '1');
  if (f.dueWithinDays !== undefined) p.set('dueWithin', String(f.dueWithinDays));
  if (f.sort !== 'due') p.set('sort', f.sort);
  if (f.dir !== 'asc') p.set('dir', f.dir);
  return p;
}
