/**
 * DPO Workbench deadline engine. Pure TypeScript (no Node, Electron or DOM): runs in the main
 * process, the CLI and the renderer alike.
 */
export { computeDeadline, rollForward, addBusinessDays } from './compute';
export type { DeadlineAlternative, DeadlineResult, DeadlineWarning } from './compute';
export {
  deadlineQuerySchema,
  isoDateSchema,
  parseDeadlineQuery,
  issuesFromZod,
  DeadlineQueryError,
  readingOverrideSchema,
} from './schema';
export type { DeadlineQuery, DeadlineQueryInput, FieldIssue } from './schema';
export { ExtensionTooLateError } from './errors';
export type { AlternativeField, Chain, DayOffReason, ExplainLine, PauseEffectCode, ReadingKey, Step, StepLabel, WarningParams } from './explain';
export {
  isLegalHoliday,
  legalHolidayOn,
  listLegalHolidays,
  isWorkingDay,
  nonWorkingReason,
  dayOffReason,
  supportedRegions,
} from './calendar';
export type { CalendarOverrides, CompanyClosure, HolidaySource, LegalCalendar, LegalHoliday } from './calendar';
export { REGIMES, REGIME_RULES, PAUSE_REASONS, GDPR_COUNTRIES } from './regimes';
export type { Regime, RequestKind, PauseReason, Period, PauseEffect, PauseRule, KindRules, RegimeRules, Reading, ReadingId, ReadingChoice } from './regimes';
export { RULES_VERSION } from './version';
export { regionsOf } from './regions';
export { HOLIDAY_CORRECTIONS, CORRECTIONS_VERSION, CHECKED_AGAINST_DATE_HOLIDAYS } from './data/corrections';
export type { HolidayCorrection } from './data/corrections';
