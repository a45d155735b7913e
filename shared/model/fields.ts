// The field schemas every register uses, each defined once: a date, optional text, a note, an
// e-mail address, a person's name, a country code, a regime, a count. Messages are written for
// the form that shows them next to the field and for the CLI that prints them as one line.
import { z } from 'zod';
import { isSupportedIsoDate, isValidIsoDate, unsupportedDateMessage } from '../dates/iso';
import { REGIMES, type Regime } from '../deadlines/regimes/types';

export { REGIMES, type Regime };

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A local calendar date YYYY-MM-DD that exists and that the workbench can hold
 * (MIN_SUPPORTED_DATE..MAX_SUPPORTED_DATE in dates/iso.ts). With `what`
 * ("the date received") the messages are sentences for a form; without, they are the terse
 * clauses the deadline engine prefixes with the field name ('received: "2026-02-30" is not a real date').
 */
export function dateField(what?: string) {
  const end = what ? '.' : '';
  return z
    .string({ error: what ? `Enter ${what} as YYYY-MM-DD.` : 'must be a date in YYYY-MM-DD form' })
    .trim()
    .superRefine((v, ctx) => {
      let message: string | null = null;
      if (!ISO_SHAPE.test(v)) message = what ? `Enter ${what} as YYYY-MM-DD ("${v.slice(0, 20)}" is not).` : `"${v.slice(0, 40)}" is not a date in YYYY-MM-DD form`;
      else if (!isValidIsoDate(v)) message = `"${v}" is not a real date${end}`;
      // References carry a four-digit year and the deadline engine adds months to a date: year
      // 0001 made a reference the app's own checks refused, 9999 an internal RangeError.
      else if (!isSupportedIsoDate(v)) message = unsupportedDateMessage(v);
      if (message) ctx.addIssue({ code: 'custom', message });
    });
}

/** Trimmed text; empty becomes null (not stored as ""). */
export const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** A free-text note on any record (timeline notes, reasons given with an action). */
export const noteField = optionalText(20_000, 'The note has at most 20,000 characters.');

export const emailField = (missing = 'Enter the e-mail address.') =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(320, 'An e-mail address has at most 320 characters.')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'That is not a valid e-mail address (name@example.com).');

/** A person's name in any script: only trimmed and NFC-normalised, never transliterated. */
export const personNameField = (missing = 'Enter the name.') =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(200, 'A name has at most 200 characters.')
    .transform((v) => v.normalize('NFC'));

/** ISO 3166-1 alpha-2, upper-cased (nl → NL). */
export const countryCodeField = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as NL.');

export const regimeField = z.enum(REGIMES as [Regime, ...Regime[]], { error: `Choose a regime (${REGIMES.join(', ')}).` });

/** A whole number of things (records, people affected); never negative. */
export const countField = z.number({ error: 'Enter a whole number.' }).int('Enter a whole number.').min(0, 'Must be 0 or more.');

/**
 * An absolute path on the caller's machine (POSIX `/…` or Windows `C:\…`, `\\server\…`), for the
 * operations only a local caller may use (OperationSpec.localFiles). Relative paths are resolved by
 * the caller, which knows its working folder; the core never guesses one.
 */
export const absolutePathField = (missing = 'Name a file.') =>
  z
    .string({ error: missing })
    .min(1, missing)
    .max(4096, 'A path has at most 4,096 characters.')
    .refine((v) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(v), 'Give the full path of the file.')
    .refine((v) => !v.includes('\0'), 'A path cannot contain a NUL character.');

/** A public id as the store makes them (a UUID, version 7), lower case. */
export const PUBLIC_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A public id, case-insensitive on the way in. */
export const publicIdField = z.string().trim().toLowerCase().regex(PUBLIC_ID_PATTERN, 'That is not a record id (a UUID such as 0190f5c4-…).');

/** A record named by its internal number (as published before public ids) or by its public id. */
export const recordIdField = z.union([z.number().int().positive(), publicIdField], { error: 'Give the number or the id (UUID) of the record.' });
