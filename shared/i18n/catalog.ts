/**
 * The catalog type: the English catalog's shape with every string widened, so another language
 * must supply every key (a missing or extra key fails typecheck) but may use its own words.
 */
import type { en } from './en';

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => unknown
    ? (...args: A) => string
    : T extends object
      ? { -readonly [K in keyof T]: Widen<T[K]> }
      : T;

export type Catalog = Widen<typeof en>;
