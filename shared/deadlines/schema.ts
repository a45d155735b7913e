/**
 * Input schema of the deadline engine. Every error is field-level and names the bad value, so
 * a form can show it next to the field and the CLI can print it as one line.
 */
import { z } from 'zod';
import { WorkbenchError } from '../errors';
import { compareDates, isValidIsoDate } from '../dates/iso';
import { dateField } from '../model/fields';
import { supportedRegions } from './calendar';
import { READING_IDS, REGIME_RULES, REGIMES, type PauseReason, type Regime, type RequestKind } from './regimes';

/** A local calendar date `YYYY-MM-DD` that exists and that the workbench can hold. */
export const isoDateSchema = dateField();

const regimeSchema = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((v, ctx) => {
    if (!(REGIMES as readonly string[]).includes(v))
      ctx.addIssue({ code: 'custom', message: `"${v}" is not one of ${REGIMES.join(', ')}` });
  })
  .transform((v) => v as Regime);

const upperCode = z.string().trim().toUpperCase();

const pauseSchema = z.object({
  from: isoDateSchema,
  /** null: still waiting for the answer (the clock is stopped as of `asOf`). */
  to: isoDateSchema.nullable(),
  reason: z.string().trim().toLowerCase().optional(),
});

const calendarOverridesSchema = z.object({
  addedHolidays: z.array(z.object({ date: isoDateSchema, name: z.string().trim().min(1) })).optional(),
  removedHolidays: z.array(isoDateSchema).optional(),
});

const companyClosureSchema = z.object({ date: isoDateSchema, name: z.string().trim().min(1) });

/** The DPO's choice of a later reading, with the reason that is recorded (Settings). */
export const readingOverrideSchema = z.object({
  reading: z.enum(READING_IDS, { error: `Choose one of: ${READING_IDS.join(', ')}.` }),
  reason: z.string().trim().min(1, 'Say why; the reason is recorded.').max(500, 'At most 500 characters.'),
});

const baseSchema = z.object({
  regime: regimeSchema,
  /** ISO 3166-1 alpha-2; default by regime (gdpr NL, uk-gdpr GB, ccpa US, lgpd BR, fadp CH). */
  country: upperCode.optional(),
  /** Subdivision for regional holidays (GB: ENG/WLS/SCT/NIR; US: CA; a Swiss canton, …). */
  region: upperCode.optional(),
  received: isoDateSchema,
  /** Today's date; needed only to count an open pause. Keeps computeDeadline pure. */
  asOf: isoDateSchema.optional(),
  pauses: z.array(pauseSchema).optional(),
  extensionNoticeSentOn: isoDateSchema.nullable().optional(),
  /**
   * A notice already on record (not being recorded now): if it is late under these rules it does
   * not extend anything and a warning says so, instead of refusing the whole computation.
   */
  noticeOnRecord: z.boolean().optional(),
  kind: z.enum(['standard', 'opt-out']).optional(),
  internalTargetDays: z
    .number()
    .int('must be a whole number of days')
    .min(0, 'must be 0 or more')
    .max(366, 'must be at most 366')
    .optional(),
  calendar: calendarOverridesSchema.optional(),
  /** Days the organisation is closed: they move the internal target, never the legal deadline. */
  companyClosures: z.array(companyClosureSchema).optional(),
  /** Readings the DPO takes instead of the earliest (a reading a regime does not have is ignored). */
  readingOverrides: z.array(readingOverrideSchema).optional(),
});

type BaseQuery = z.output<typeof baseSchema>;

/** a < b, false when either is not a real date (that error is reported on its own field). */
function before(a: string, b: string): boolean {
  return isValidIsoDate(a) && isValidIsoDate(b) && compareDates(a, b) < 0;
}

function crossCheck(q: BaseQuery, ctx: z.RefinementCtx): void {
  // zod 4 runs object refinements even when a field already failed: only cross-check what parsed.
  if (!Object.prototype.hasOwnProperty.call(REGIME_RULES, q.regime)) return;
  const rules = REGIME_RULES[q.regime];
  const kind: RequestKind = q.kind ?? 'standard';
  const kindRules = rules.kinds[kind];
  if (!kindRules) {
    ctx.addIssue({ code: 'custom', path: ['kind'], message: `"${kind}" is not a request kind of ${q.regime} (allowed: ${Object.keys(rules.kinds).join(', ')})` });
    return;
  }

  // Greece is "EL" in EU usage but "GR" in ISO 3166; accept both.
  const country = q.country === 'EL' ? 'GR' : (q.country ?? rules.defaultCountry);
  if (!/^[A-Z]{2}$/.test(country)) {
    ctx.addIssue({ code: 'custom', path: ['country'], message: `"${q.country}" is not an ISO 3166-1 alpha-2 country code` });
  } else if (!rules.countries.includes(country)) {
    ctx.addIssue({
      code: 'custom',
      path: ['country'],
      message: `"${country}" is not supported for ${q.regime} (supported: ${rules.countries.join(', ')})`,
    });
  } else if (q.region !== undefined) {
    const allowed = rules.allowedRegions?.(country) ?? Object.keys(supportedRegions(country));
    if (!allowed.includes(q.region))
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: `"${q.region}" is not a region of ${country} for ${q.regime} (allowed: ${allowed.join(', ') || 'none'})`,
      });
  }

  if (q.asOf !== undefined && before(q.asOf, q.received))
    ctx.addIssue({ code: 'custom', path: ['asOf'], message: `asOf ${q.asOf} is before the request was received on ${q.received}` });

  const pauses = q.pauses ?? [];
  const allowedReasons = Object.keys(kindRules.pause.reasons);
  if (pauses.length > 0 && allowedReasons.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['pauses'],
      message: `${q.regime} has no pause ("stop the clock") rule (${kindRules.pause.citation}); remove the pause`,
    });
  } else {
    let open = 0;
    pauses.forEach((p, i) => {
      if (p.reason !== undefined && !allowedReasons.includes(p.reason))
        ctx.addIssue({
          code: 'custom',
          path: ['pauses', i, 'reason'],
          message: `"${p.reason}" is not a pause reason for ${q.regime} (allowed: ${allowedReasons.join(', ')})`,
        });
      if (before(p.from, q.received))
        ctx.addIssue({
          code: 'custom',
          path: ['pauses', i, 'from'],
          message: `pause starts ${p.from} before the request was received on ${q.received}`,
        });
      if (p.to !== null && before(p.to, p.from))
        ctx.addIssue({ code: 'custom', path: ['pauses', i], message: `pause ends ${p.to} before it starts ${p.from}` });
      if (p.to === null) {
        open++;
        if (q.asOf === undefined)
          ctx.addIssue({ code: 'custom', path: ['pauses', i, 'to'], message: `pause from ${p.from} is still open, so asOf (today's date) is required` });
        else if (before(q.asOf, p.from))
          ctx.addIssue({ code: 'custom', path: ['asOf'], message: `asOf ${q.asOf} is before the open pause started on ${p.from}` });
      }
    });
    if (open > 1) ctx.addIssue({ code: 'custom', path: ['pauses'], message: `${open} pauses are open; at most one can be` });
  }

  const sent = q.extensionNoticeSentOn;
  if (sent !== undefined && sent !== null) {
    if (!kindRules.extension && !kindRules.deferral)
      ctx.addIssue({
        code: 'custom',
        path: ['extensionNoticeSentOn'],
        message: `${q.regime}${kind === 'standard' ? '' : ` ${kind}`} requests cannot be extended (${kindRules.citation})`,
      });
    else if (before(sent, q.received))
      ctx.addIssue({ code: 'custom', path: ['extensionNoticeSentOn'], message: `extension notice ${sent} is before the request was received on ${q.received}` });
  }
}

export const deadlineQuerySchema = baseSchema.superRefine(crossCheck).transform((q) => {
  const rules = REGIME_RULES[q.regime];
  const country = q.country === 'EL' ? 'GR' : (q.country ?? rules.defaultCountry);
  return {
    regime: q.regime,
    country,
    region: q.region ?? rules.defaultRegion(country),
    received: q.received,
    asOf: q.asOf,
    pauses: (q.pauses ?? []).map((p) => ({ from: p.from, to: p.to, reason: p.reason as PauseReason | undefined })),
    extensionNoticeSentOn: q.extensionNoticeSentOn ?? null,
    noticeOnRecord: q.noticeOnRecord ?? false,
    kind: (q.kind ?? 'standard') as RequestKind,
    internalTargetDays: q.internalTargetDays ?? 28,
    calendar: q.calendar ?? {},
    companyClosures: q.companyClosures ?? [],
    readingOverrides: q.readingOverrides ?? [],
  };
});

export type DeadlineQueryInput = z.input<typeof deadlineQuerySchema>;
export type DeadlineQuery = z.output<typeof deadlineQuerySchema>;

export interface FieldIssue {
  /** Dotted path, e.g. "pauses.0.reason"; "" for the whole query. */
  path: string;
  message: string;
}

/** Thrown for invalid input. `message` is one line per issue, "path: message". */
export class DeadlineQueryError extends WorkbenchError {
  constructor(readonly issues: FieldIssue[]) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of issues) (fieldErrors[i.path || '_'] ??= []).push(i.message);
    super('VALIDATION', issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n'), fieldErrors);
  }
}

export function issuesFromZod(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Validates and normalises a query; throws DeadlineQueryError with field-level issues. */
export function parseDeadlineQuery(input: unknown): DeadlineQuery {
  const r = deadlineQuerySchema.safeParse(input);
  if (!r.success) throw new DeadlineQueryError(issuesFromZod(r.error));
  return r.data;
}
