import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { z } from 'zod';
import { UrlFilters } from './url-filters';

/**
 * A list's filters, read from and written to the URL query through the list's zod filter schema
 * (see url-filters.ts for the mapping). `codec` is built once per list, at module level.
 */
export function useListFilters<S extends z.ZodObject, T extends z.output<S>>(codec: UrlFilters<S, T>) {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  // Parsed once per distinct query, so the object is stable across renders (query keys, memo).
  const filters = useMemo(() => codec.parse(new URLSearchParams(query)), [codec, query]);
  const setFilters = (next: T) => setParams(codec.serialize(next), { replace: true });
  return {
    filters,
    setFilters,
    /** Anything other than the default view is shown (the "clear filters" button, the empty text). */
    filtered: !codec.isDefaultView(filters),
    clearFilters: () => setFilters(codec.reset(filters)),
  };
}
