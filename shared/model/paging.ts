// One paged-list input and one page shape for every list of every register. Offset lists (the
// request register, sorted many ways) say where a page starts; cursor lists (the audit trail,
// newest first while events keep arriving) hand back where the next page starts, so a page never
// repeats or skips rows that were added meanwhile.
import { z } from 'zod';

export interface PagingOptions {
  /** Cursor paging: `cursor` (exclusive) instead of `offset`. */
  cursor?: boolean;
  defaultLimit?: number;
  maxLimit?: number;
}

/** A list's input: its filter fields plus `limit` and either `offset` or `cursor`. */
export function pagedListInput<S extends z.ZodRawShape>(filter: z.ZodObject<S>, options: PagingOptions = {}) {
  const limit = z
    .number()
    .int()
    .min(1)
    .max(options.maxLimit ?? 1000)
    .default(options.defaultLimit ?? 100);
  return filter.extend({
    limit,
    offset: z.number().int().min(0).default(0),
    /** Cursor lists: rows strictly after this position (from the previous page's `nextCursor`). */
    cursor: z.number().int().positive().optional(),
  });
}

export interface Page<T> {
  rows: T[];
  /** Rows that match the filter, over all pages. */
  total: number;
  limit: number;
  /** Offset lists: where this page starts. */
  offset: number;
  /** Cursor lists: pass back as `cursor` for the next page; null when there is none. */
  nextCursor: number | null;
}
