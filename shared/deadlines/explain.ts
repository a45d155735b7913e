/**
 * The working of a deadline as data: codes and parameters, no words. The words are in the
 * catalogs (shared/i18n, `explain`), so the same computation reads "received Sat 31 Jan 2026 ·
 * one month → Sat 28 Feb 2026 · weekend → Mon 2 Mar 2026" in English and "ontvangen za 31 jan
 * 2026 · één maand → za 28 feb 2026 · weekend → ma 2 mrt 2026" in Dutch.
 */
import type { IsoDate } from '../dates/iso';
import type { PauseReason, Period, ReadingId } from './regimes/types';

/** Why a day is not a working day. Holiday and closure names are data (the calendar's or the DPO's own). */
export type DayOffReason = { kind: 'weekend' } | { kind: 'holiday'; name: string } | { kind: 'closure'; name: string };

export type StepLabel =
  /** The legal period from the anchor: "one month", "45 calendar days". */
  | { kind: 'period'; period: Period }
  /** A further period counted from the end of the first: "two further months". */
  | { kind: 'further'; period: Period }
  /** A restart-type pause moved the anchor: "identity proof received" / "… awaited, assumed". */
  | { kind: 'restart'; reason: PauseReason; assumed: boolean }
  /** Suspended days added at the end: "+3 paused days". */
  | { kind: 'paused-days'; days: number }
  /** Rolled forward over these days off: "weekend, Easter Monday". */
  | { kind: 'rolled'; reasons: DayOffReason[] }
  /** The internal target's own period: "28 days +3 paused". */
  | { kind: 'target-days'; days: number; paused: number }
  /** The internal target never lies after the legal deadline. */
  | { kind: 'capped' }
  /** The internal target moved earlier over these days off. */
  | { kind: 'moved-earlier'; reasons: DayOffReason[] };

export interface Step {
  label: StepLabel;
  date: IsoDate;
}

/** A computation shown as a chain of steps from the day of receipt. */
export interface Chain {
  start: IsoDate;
  steps: Step[];
}

/** The dates an alternative reading can give. */
export type AlternativeField = 'due' | 'extendedDue' | 'extensionNoticeBy' | 'acknowledgeBy';

/** A reading's id, or `pause-reason:<reason>` for the reason read into a pause recorded without one. */
export type ReadingKey = ReadingId | `pause-reason:${PauseReason}`;

/** How a pause changed the clock, for its explanation line. */
export type PauseEffectCode = 'restart' | 'suspend' | 'suspend-inclusive';

/** One line of the working. `citation` and holiday names are passed through as they are. */
export type ExplainLine =
  | { code: 'due'; chain: Chain }
  | { code: 'month-end'; day: number; month: number; year: number; end: IsoDate }
  | { code: 'received-day-off'; reasons: DayOffReason[] }
  | { code: 'pause'; reason: PauseReason; from: IsoDate; to: IsoDate; open: boolean; effect: PauseEffectCode; days: number; citation: string }
  | { code: 'clock-stopped' }
  | { code: 'extension'; chain: Chain }
  | { code: 'extension-sent'; sent: IsoDate; by: IsoDate }
  | { code: 'extension-needs-notice'; by: IsoDate; citation: string }
  | { code: 'deferral'; by: IsoDate; citation: string }
  | { code: 'no-extension' }
  | { code: 'acknowledge'; chain: Chain; citation: string }
  | { code: 'internal-target'; chain: Chain }
  /** Which reading the dates take and its source ('pause-reason': the reason read into a bare pause). */
  | { code: 'reading'; reading: ReadingId | 'pause-reason'; pauseReason: PauseReason | null; source: string }
  /** A later date another reading gives. */
  | { code: 'alternative'; field: AlternativeField; date: IsoDate; reading: ReadingKey; source: string }
  | { code: 'rules'; version: string; citation: string; rollForward: boolean; rollCitation: string; calendar: string };

/** Warnings as codes with their parameters; `message` (English) is rendered from them. */
export type WarningParams =
  | { code: 'PAUSE_REASON_ASSUMED'; from: IsoDate; reason: PauseReason }
  | { code: 'PAUSE_AFTER_DEADLINE'; reason: PauseReason; from: IsoDate; due: IsoDate }
  | { code: 'PAUSE_UNDUE_DELAY'; reason: PauseReason; days: number; from: IsoDate; /** true: the pause does not move the dates */ ignored: boolean }
  | { code: 'EXTENSION_NOTICE_LATE'; sent: IsoDate; by: IsoDate; citation: string }
  | { code: 'BEFORE_REGIME_APPLIED'; received: IsoDate; from: IsoDate; regime: string; citation: string }
  /** The DPO chose a later reading in Settings: the earliest defensible date is named here. */
  | { code: 'READING_OVERRIDDEN'; reading: ReadingId; reason: string; field: AlternativeField; earliest: IsoDate }
  | { code: 'CLOCK_STOPPED'; reason: PauseReason; from: IsoDate; assumedTo: IsoDate }
  | { code: 'DEFERRED'; sent: IsoDate; citation: string }
  | { code: 'DUE_ON_COMPANY_CLOSURE'; date: IsoDate; name: string };
