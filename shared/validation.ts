import type { z } from 'zod';
import type { FieldErrors } from './errors';

/** Turns a zod error into field-level messages keyed by dot-joined path (`_` for the whole form). */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
