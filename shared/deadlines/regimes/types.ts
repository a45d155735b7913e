/**
 * The shape every regime implements. A regime is data plus citations: the compute step is the
 * same for all of them, so a rule (e.g. how a pause works) lives in the regime, never in an
 * `if (regime === …)` branch of the engine.
 */

export type Regime = 'gdpr' | 'uk-gdpr' | 'ccpa' | 'lgpd' | 'fadp';
export const REGIMES: readonly Regime[] = ['gdpr', 'uk-gdpr', 'ccpa', 'lgpd', 'fadp'];

export type RequestKind = 'standard' | 'opt-out';

export type PauseReason = 'identity' | 'clarification' | 'fee' | 'third-party-authority';

/** How a period is measured from its anchor day (the day of receipt, or of a restart). */
export type Period =
  | { unit: 'months'; count: number } // same date N months later, clamped to month end
  | { unit: 'days'; count: number } // N calendar days after the anchor day
  | { unit: 'business-days'; count: number }; // the Nth working day after the anchor day

/**
 * What a pause does to the clock.
 * - restart: the period runs afresh from the day the requested thing arrives.
 * - suspend: the paused days are added to the end. `inclusive` = both the day asked and the day
 *   answered are excluded (to − from + 1 days); otherwise the answer day counts again
 *   (to − from days).
 */
export type PauseEffect = { kind: 'restart' } | { kind: 'suspend'; inclusive: boolean };

/**
 * How a text is read where it allows more than one reading. The engine computes the dates with
 * every reading's EARLIEST choice (the binding `due`, `extendedDue`, …), then once per reading
 * with its other choice, and lists each later date it gives as an alternative.
 */
export interface ReadingChoice {
  /** Count days a law only assimilates to its holidays (NL Atw Art. 3(2), 3(3)). */
  countAssimilated: boolean;
  /** Saturday is a business day (Cal. Civ. Code §9). */
  saturdayIsWorkingDay: boolean;
  /** Extension counted as further months from the end of the first period (else from receipt). */
  extensionFromFirstPeriod: boolean;
  /** A pause asked later than "without undue delay" still moves the dates. */
  honourLatePauses: boolean;
  /** A last day on a weekend moves to the next working day (else only a holiday moves it). */
  rollOverWeekends: boolean;
}

export const PLAIN_READING: ReadingChoice = {
  countAssimilated: false,
  saturdayIsWorkingDay: false,
  extensionFromFirstPeriod: false,
  honourLatePauses: true,
  rollOverWeekends: true,
};

export const READING_IDS = ['assimilated-days', 'saturday-business-day', 'extension-from-first-period', 'late-pause', 'holiday-only-roll'] as const;
export type ReadingId = (typeof READING_IDS)[number];

export interface Reading {
  id: ReadingId;
  /** The earliest choice (taken) and the other one, each with its source. */
  earliest: Partial<ReadingChoice>;
  earliestSource: string;
  other: Partial<ReadingChoice>;
  otherSource: string;
}

export interface PauseRule {
  /** Allowed reasons and what each one does. Empty: this regime has no stop-the-clock. */
  reasons: Partial<Record<PauseReason, PauseEffect>>;
  /** Reason assumed when a pause is recorded without one (a warning says so). */
  defaultReason: PauseReason | null;
  /** Warn when a pause is asked more than this many days after receipt; null = no check. */
  undueDelayDays: number | null;
  citation: string;
  /** Why this regime has (or lacks) these pause reasons. */
  note: string;
  /** Citation for requests received before the pause rule's current text applied. */
  earlierCitation?: { before: string; citation: string };
}

export interface KindRules {
  /** The legal period (the catalogs word it: "one month", "één maand"). */
  period: Period;
  citation: string;
  /** Whether an end date on a weekend or legal holiday moves to the next working day. */
  rollForward: boolean;
  rollCitation: string;
  /**
   * Fixed extension: the extended deadline is `period` from the same anchor, and the notice must
   * be sent on or before the (unextended) deadline. Null when the law has none.
   */
  extension: { period: Period; citation: string; /** The "further" period after the first one, for that reading. */ further?: Period } | null;
  /**
   * A deferral without a fixed length (Swiss FADP): the notice must be sent within the period,
   * the new date is the controller's. Null when the law has none.
   */
  deferral: { citation: string } | null;
  /** Acknowledgement duty with its own period, or null. */
  acknowledgement: { period: Period; citation: string } | null;
  pause: PauseRule;
  /** Where the texts allow more than one reading (see Reading). */
  readings: readonly Reading[];
  /** Citation for requests received before the current text applied (e.g. UK DUAA 2025). */
  earlierCitation?: { before: string; citation: string };
}

export interface RegimeRules {
  id: Regime;
  name: string;
  /** ISO 3166-1 alpha-2 codes this law applies to (for the holiday calendar). */
  countries: readonly string[];
  defaultCountry: string;
  /** Region (date-holidays subdivision) used when none is given, e.g. GB → 'ENG'. */
  defaultRegion: (country: string) => string | undefined;
  /** Regions that may be chosen (undefined: any subdivision date-holidays knows). */
  allowedRegions?: (country: string) => readonly string[] | undefined;
  kinds: Partial<Record<RequestKind, KindRules>>;
  /** The day the regime began to apply; earlier receipts get a warning. */
  appliesFrom: { date: string; citation: string };
}

export const NO_PAUSES = (citation: string, note: string): PauseRule => ({
  reasons: {},
  defaultReason: null,
  undueDelayDays: null,
  citation,
  note,
});
