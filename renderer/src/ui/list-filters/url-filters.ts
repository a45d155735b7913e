// A list's filters live in the URL query (#/requests?status=…&type=…), so every dashboard number
// can link to a filtered list and the back button works. The mapping is read from the list's own
// zod filter schema (the same one the core validates), so a new register gets it for nothing:
//   - an array of enum values is a comma list:        status=received,closed
//   - a boolean is 1 or 0:                            overdue=1
//   - a number or a string is written as is:          dueWithin=7
//   - a field with a schema default (sort, dir) is a setting, always has a value, and is left out
//     of the URL while it has its default value;
//   - an optional field is a filter. When the URL names no filter at all, the list shows its
//     default view (`defaults`, e.g. open requests only); a default the user took away is written
//     as an empty value (open=) so the URL still says "not the default view".
// A value that does not pass its field's schema is dropped alone; the other filters stay.
// Fields named in `local` never enter the URL (free-text search holds names and e-mail
// addresses, and a URL ends up in the browser's history file on disk).
import type { z } from 'zod';

type Kind = 'list' | 'boolean' | 'number' | 'text';

interface FieldInfo {
  key: string;
  param: string;
  kind: Kind;
  /** Has a schema default: a setting (sort, dir), not a filter. */
  setting: boolean;
  schema: z.ZodType;
}

export interface UrlFilterOptions<T> {
  /** URL parameter names that differ from the field names (kept short, and stable once published). */
  params?: Partial<Record<keyof T & string, string>>;
  /** The view shown when the URL names no filter. */
  defaults?: Partial<T>;
  /** Fields kept out of the URL. */
  local?: ReadonlyArray<keyof T & string>;
}

interface ZodDefLike {
  type: string;
  innerType?: ZodLike;
  element?: ZodLike;
}
interface ZodLike {
  _zod: { def: ZodDefLike };
}

function describe(schema: ZodLike): { kind: Kind; setting: boolean } {
  let def = schema._zod.def;
  let setting = false;
  while (def.innerType && ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type)) {
    if (def.type === 'default' || def.type === 'prefault') setting = true;
    def = def.innerType._zod.def;
  }
  const kind: Kind = def.type === 'array' ? 'list' : def.type === 'boolean' ? 'boolean' : def.type === 'number' ? 'number' : 'text';
  return { kind, setting };
}

export class UrlFilters<S extends z.ZodObject, T extends z.output<S> = z.output<S>> {
  private readonly fields: FieldInfo[];
  private readonly defaults: Partial<T>;
  private readonly settingsOnly: T;

  constructor(schema: S, options: UrlFilterOptions<T> = {}) {
    const local = new Set<string>(options.local ?? []);
    const params = (options.params ?? {}) as Record<string, string | undefined>;
    this.fields = Object.entries(schema.shape as Record<string, z.ZodType>)
      .filter(([key]) => !local.has(key))
      .map(([key, field]) => ({ key, param: params[key] ?? key, schema: field, ...describe(field as unknown as ZodLike) }));
    this.defaults = options.defaults ?? {};
    // Every setting at its schema default and no filter: what an empty URL means before `defaults`.
    this.settingsOnly = schema.parse({}) as T;
  }

  /** The filters a URL query stands for. */
  parse(params: URLSearchParams): T {
    const out: Record<string, unknown> = { ...this.settingsOnly };
    let namesAFilter = false;
    for (const f of this.fields) {
      const raw = params.get(f.param);
      if (raw === null) continue;
      if (!f.setting) namesAFilter = true;
      if (raw === '') continue;
      const value = decode(f.kind, raw);
      const parsed = f.schema.safeParse(value);
      if (parsed.success && parsed.data !== undefined) out[f.key] = parsed.data;
      else if (f.kind === 'list' && Array.isArray(value)) {
        // One unknown item (an old link, a typo) drops that item, not the whole list.
        const kept = value.filter((item) => f.schema.safeParse([item]).success);
        if (kept.length) out[f.key] = f.schema.parse(kept);
      }
    }
    if (!namesAFilter) Object.assign(out, this.defaults);
    return out as T;
  }

  /** The URL query for `filters` (the shortest one that parses back to the same filters). */
  serialize(filters: T): URLSearchParams {
    const p = new URLSearchParams();
    const values = filters as Record<string, unknown>;
    const settings = this.settingsOnly as Record<string, unknown>;
    const defaults = this.defaults as Record<string, unknown>;
    const defaultView = this.isDefaultView(filters);
    for (const f of this.fields) {
      const v = values[f.key];
      if (f.setting) {
        if (v !== undefined && !same(v, settings[f.key])) p.set(f.param, encode(v));
      } else if (!defaultView) {
        if (isSet(v)) p.set(f.param, encode(v));
        else if (f.key in defaults) p.set(f.param, '');
      }
    }
    return p;
  }

  /** True when every filter (settings aside) is that of the default view. */
  isDefaultView(filters: T): boolean {
    const values = filters as Record<string, unknown>;
    const defaults = this.defaults as Record<string, unknown>;
    return this.fields.every((f) => f.setting || same(isSet(values[f.key]) ? values[f.key] : undefined, defaults[f.key]));
  }

  /** The default view, keeping the settings (sort order) of `filters`. */
  reset(filters: T): T {
    const values = filters as Record<string, unknown>;
    const out: Record<string, unknown> = { ...this.defaults };
    for (const f of this.fields) if (f.setting) out[f.key] = values[f.key];
    return out as T;
  }
}

/** An empty list or `false` is no filter at all, the same as leaving the field out. */
function isSet(v: unknown): boolean {
  return v !== undefined && v !== false && !(Array.isArray(v) && v.length === 0);
}

function decode(kind: Kind, raw: string): unknown {
  switch (kind) {
    case 'list':
      return raw.split(',').filter(Boolean);
    case 'boolean':
      return raw === '1' ? true : raw === '0' ? false : raw;
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    case 'text':
      return raw;
  }
}

function encode(v: unknown): string {
  if (Array.isArray(v)) return v.join(',');
  if (typeof v === 'boolean') return v ? '1' : '0';
  return String(v);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
