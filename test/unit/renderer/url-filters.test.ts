import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { CHANNELS, REQUEST_SORTS, REQUEST_TYPES, STATUSES, requestFilterSchema } from '../../../shared/model/request';
import { UrlFilters } from '../../../renderer/src/ui/list-filters/url-filters';

type Filters = z.output<typeof requestFilterSchema>;

// The requests list's own codec settings: short published parameter names, open requests by default.
const codec = new UrlFilters(requestFilterSchema, { params: { types: 'type', dueWithinDays: 'dueWithin' }, defaults: { open: true }, local: ['q'] });
const parse = (query: string) => codec.parse(new URLSearchParams(query));
const subset = <T>(all: readonly T[]) => fc.subarray([...all], { minLength: 1 }).map((a) => a);

const filtersArb: fc.Arbitrary<Filters> = fc.record(
  {
    status: subset(STATUSES),
    open: fc.constant(true),
    types: subset(REQUEST_TYPES),
    channel: subset(CHANNELS),
    overdue: fc.constant(true),
    dueWithinDays: fc.integer({ min: 0, max: 366 }),
    sort: fc.constantFrom(...REQUEST_SORTS),
    dir: fc.constantFrom('asc' as const, 'desc' as const),
  },
  { requiredKeys: ['sort', 'dir'] },
);

describe('list filters in the URL, read from the zod filter schema', () => {
  it('round-trips every valid filter combination (URL → filters → URL → filters)', () => {
    fc.assert(
      fc.property(filtersArb, (f) => {
        const query = codec.serialize(f);
        expect(codec.parse(query)).toEqual(f);
        expect(codec.serialize(codec.parse(query)).toString()).toBe(query.toString());
      }),
      { numRuns: 300 },
    );
  });

  it('an empty URL is the default view: open requests, sorted by due date', () => {
    expect(parse('')).toEqual({ open: true, sort: 'due', dir: 'asc' });
    expect(codec.serialize(parse('')).toString()).toBe('');
    expect(codec.isDefaultView(parse('sort=name'))).toBe(true);
    expect(parse('sort=name&dir=desc')).toEqual({ open: true, sort: 'name', dir: 'desc' });
  });

  it('a link naming any filter shows exactly that filter, not mixed with the default view', () => {
    // The dashboard's "answered" tile: closed requests must not be intersected with "open".
    expect(parse('status=responded,closed,refused')).toEqual({ status: ['responded', 'closed', 'refused'], sort: 'due', dir: 'asc' });
    expect(parse('type=access&dueWithin=7')).toEqual({ types: ['access'], dueWithinDays: 7, sort: 'due', dir: 'asc' });
  });

  it('taking the default filter away is kept in the URL as an empty value', () => {
    const all: Filters = { sort: 'due', dir: 'asc' };
    expect(codec.serialize(all).toString()).toBe('open=');
    expect(parse('open=')).toEqual(all);
    expect(codec.isDefaultView(all)).toBe(false);
    expect(codec.reset({ ...all, sort: 'ref', overdue: true })).toEqual({ open: true, sort: 'ref', dir: 'asc' });
  });

  it('drops what the schema refuses, one value at a time, and keeps the rest', () => {
    expect(parse('status=received,bogus&dueWithin=9999&sort=nonsense&overdue=1')).toEqual({ status: ['received'], overdue: true, sort: 'due', dir: 'asc' });
    expect(parse('dueWithin=abc')).toEqual({ sort: 'due', dir: 'asc' });
  });

  it('never puts the free-text search in the URL (names and e-mail addresses end up in history files)', () => {
    expect(codec.serialize({ q: 'jan@example.nl', sort: 'due', dir: 'asc' } as Filters).toString()).toBe('open=');
    expect(parse('q=jan%40example.nl')).toEqual({ open: true, sort: 'due', dir: 'asc' });
  });
});
