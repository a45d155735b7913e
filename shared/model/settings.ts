import { z } from 'zod';
import { countryCodeField, dateField, regimeField } from './fields';
import { DEFAULT_RETENTION, retentionRulesSchema } from './retention';
import { regionsOf } from '../deadlines/regions';
import { readingOverrideSchema } from '../deadlines/schema';
import { DEFAULT_LANGUAGE, DEFAULT_LOCALE, LANGUAGES } from '../i18n/locales';
import { DEFAULT_ORG_PROFILE, orgProfileFields } from './org-profile';

const isoDateSchema = dateField();

// IANA zone names; validated against Intl so a typo cannot silently fall back to UTC.
const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat(DEFAULT_LOCALE, { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Not a known time zone (use a name like Europe/Amsterdam).' },
);

const namedDay = z.object({ date: isoDateSchema, name: z.string().trim().min(1, 'Give the day a name.').max(100, 'At most 100 characters.') });

/**
 * The fields, WITHOUT defaults. Defaults live only in DEFAULT_SETTINGS: a partial update must
 * change only the fields it sends (zod's .partial() would otherwise fill in every default and
 * reset settings the user never touched).
 */
export const settingsFields = z.object({
  organisationName: z.string().trim().max(200, 'At most 200 characters.'),
  /** Language of the UI, the timeline and the explanations (shared/i18n catalogs). */
  language: z.enum(LANGUAGES, { error: `Choose one of: ${LANGUAGES.join(', ')}.` }),
  /** Receipt dates are calendar dates in this zone, never UTC dates (DESIGN.md "Dates"). */
  timeZone,
  defaultRegime: regimeField,
  defaultCountry: countryCodeField,
  /** Internal answer target in calendar days, shown beside the legal deadline. */
  internalTargetDays: z.number({ error: 'Enter a number of days.' }).int().min(1, 'At least 1 day.').max(90, 'At most 90 days.'),
  autoLockMinutes: z.number({ error: 'Enter a number of minutes.' }).int().min(1, 'At least 1 minute.').max(240, 'At most 240 minutes.'),
  autoBackup: z.boolean(),
  backupRetention: z.number({ error: 'Enter a number of backups.' }).int().min(1, 'Keep at least 1 backup.').max(365, 'At most 365 backups.'),
  /**
   * How many days before a material policy change takes effect customers must have been told
   * (WP29/EDPB transparency guidelines WP260 rev.01 para. 29-31: "well in advance").
   */
  policyNoticeDays: z.number({ error: 'Enter a number of days.' }).int().min(0, 'At least 0 days.').max(365, 'At most 365 days.'),
  /**
   * A processing activity not reviewed for this many months shows on the dashboard: the record
   * must stay accurate (GDPR Art. 30(1), Art. 5(2) accountability; Art. 24(1) "reviewed and updated").
   */
  processingReviewMonths: z.number({ error: 'Enter a number of months.' }).int().min(1, 'At least 1 month.').max(60, 'At most 60 months.'),
  /** Legal-holiday corrections (Settings → Calendar); company closures are not legal holidays. */
  addedHolidays: z.array(namedDay),
  removedHolidays: z.array(isoDateSchema),
  companyClosures: z.array(namedDay),
  /** Retention rule per record kind (shared/model/retention.ts), with its legal reasoning. */
  retention: retentionRulesSchema,
  /**
   * The organisation's region per country for regional holidays (e.g. { GB: 'SCT', DE: 'BY' }).
   * Without one only the holidays common to the whole country move a deadline.
   */
  holidayRegions: z
    .record(countryCodeField, z.string().trim().toUpperCase().regex(/^[A-Z0-9]{1,3}$/, 'Use a region code such as ENG, SCT, BY or ZH.'))
    .superRefine((regions, ctx) => {
      for (const [country, region] of Object.entries(regions)) {
        const allowed = regionsOf(country);
        if (!allowed.includes(region))
          ctx.addIssue({ code: 'custom', path: [country], message: `"${region}" is not a region of ${country} (allowed: ${allowed.join(', ') || 'none'}).` });
      }
    }),
  /**
   * Readings of the law the DPO takes instead of the earliest defensible one, each with the reason
   * (recorded in the audit trail with the change). Every output then names the earlier date given up.
   */
  readingOverrides: z.array(readingOverrideSchema),
  /** The organisation profile letters are written from (shared/model/org-profile.ts). */
  ...orgProfileFields,
});

export type Settings = z.output<typeof settingsFields>;

export const DEFAULT_SETTINGS: Settings = {
  organisationName: '',
  language: DEFAULT_LANGUAGE,
  timeZone: 'Europe/Amsterdam',
  defaultRegime: 'gdpr',
  defaultCountry: 'NL',
  internalTargetDays: 28,
  autoLockMinutes: 10,
  autoBackup: true,
  backupRetention: 14,
  policyNoticeDays: 30,
  processingReviewMonths: 12,
  addedHolidays: [],
  removedHolidays: [],
  companyClosures: [],
  retention: DEFAULT_RETENTION,
  holidayRegions: {},
  readingOverrides: [],
  ...DEFAULT_ORG_PROFILE,
};

/** Partial update: only the fields sent are changed. */
export const settingsPatchSchema = settingsFields.partial();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;
