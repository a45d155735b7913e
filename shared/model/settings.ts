import { z } from 'zod';

// IANA zone names; validated against Intl so a typo cannot silently fall back to UTC.
const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Not a known time zone (use a name like Europe/Amsterdam).' },
);

export const settingsSchema = z.object({
  organisationName: z.string().trim().max(200).default(''),
  /** Receipt dates are calendar dates in this zone, never UTC dates (DESIGN.md "Dates"). */
  timeZone: timeZone.default('Europe/Amsterdam'),
  defaultRegime: z.enum(['gdpr', 'uk-gdpr', 'ccpa', 'lgpd', 'fadp']).default('gdpr'),
  defaultCountry: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter country code such as NL.')
    .default('NL'),
  /** Internal answer target in calendar days, shown beside the legal deadline. */
  internalTargetDays: z.number().int().min(1, 'At least 1 day.').max(90, 'At most 90 days.').default(28),
  autoLockMinutes: z.number().int().min(1, 'At least 1 minute.').max(240, 'At most 240 minutes.').default(10),
  autoBackup: z.boolean().default(true),
  backupRetention: z.number().int().min(1, 'Keep at least 1 backup.').max(365, 'At most 365 backups.').default(14),
  /** Legal-holiday corrections (Settings → Calendar); company closures are not legal holidays. */
  addedHolidays: z.array(z.object({ date: z.string(), name: z.string().max(100) })).default([]),
  removedHolidays: z.array(z.string()).default([]),
  companyClosures: z.array(z.object({ date: z.string(), name: z.string().max(100) })).default([]),
});

export type Settings = z.output<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Partial update: only the fields sent are changed. */
export const settingsPatchSchema = settingsSchema.partial();
export type SettingsPatch = z.input<typeof settingsPatchSchema>;
