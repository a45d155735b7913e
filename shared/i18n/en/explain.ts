// Words for the deadline engine's working and warnings (English). Dates arrive already written
// in the reader's locale; citations and holiday names arrive as they are recorded.
import type { AlternativeField } from '../../deadlines/explain';
import type { PauseReason, ReadingId } from '../../deadlines/regimes/types';

const MONTH_COUNT = ['zero', 'one', 'two', 'three'];

export const explain = {
  /** Citations are recorded in English with the rules; English shows them as they are. */
  citation: (recorded: string) => recorded,
  received: 'received',
  period: {
    months: (n: number) => `${MONTH_COUNT[n] ?? n} ${n === 1 ? 'month' : 'months'}`,
    days: (n: number) => `${n} calendar ${n === 1 ? 'day' : 'days'}, counted from the next day`,
    businessDays: (n: number) => `${n} business ${n === 1 ? 'day' : 'days'}, counted from the next day`,
    further: (n: number) => `${MONTH_COUNT[n] ?? n} further ${n === 1 ? 'month' : 'months'}`,
  },
  weekend: 'weekend',
  companyClosed: (name: string) => `company closed (${name})`,
  pauseAsked: {
    identity: 'identity proof',
    clarification: 'clarification',
    fee: 'fee',
    'third-party-authority': "third party's authority",
  } satisfies Record<PauseReason, string>,
  pauseArrived: {
    identity: 'identity proof received',
    clarification: 'clarification received',
    fee: 'fee paid',
    'third-party-authority': 'authority received',
  } satisfies Record<PauseReason, string>,
  awaitedAssumed: (asked: string) => `${asked} awaited, assumed`,
  pausedDays: (n: number) => `+${n} ${n === 1 ? 'paused day' : 'paused days'}`,
  targetDays: (n: number, paused: number) => `${n} ${n === 1 ? 'day' : 'days'}${paused ? ` +${paused} paused` : ''}`,
  capped: 'capped at the legal deadline',
  movedEarlier: (reasons: string) => `${reasons}, moved earlier`,
  monthEnd: (day: number, monthName: string, year: number, end: string) =>
    `There is no ${day} ${monthName} ${year}: a period in months then ends on the last day of that month, ${end} (Reg. 1182/71 Art. 3(2)(c))`,
  receivedDayOff: (reasons: string) =>
    `Received on a non-working day (${reasons}): the start does not move; the day of receipt itself is not counted, and Saturdays, Sundays and holidays within the period count`,
  pauseAnswered: (on: string) => `answered ${on}`,
  pauseOpen: (countedTo: string) => `still open, counted to ${countedTo}`,
  pauseRestart: (asked: string, from: string, answered: string, citation: string) =>
    `Pause (${asked}): asked ${from}, ${answered}; the period starts again from that day (${citation})`,
  pauseSuspend: (asked: string, from: string, answered: string, days: number, citation: string) =>
    `Pause (${asked}): asked ${from}, ${answered}; ${days} ${days === 1 ? 'day' : 'days'} do not count (from the day asked up to the day answered) (${citation})`,
  pauseSuspendInclusive: (asked: string, from: string, answered: string, days: number, citation: string) =>
    `Pause (${asked}): asked ${from}, ${answered}; ${days} ${days === 1 ? 'day' : 'days'} do not count (the day asked and the day answered both excluded) (${citation})`,
  clockStopped: 'The clock is stopped: a pause is still open, so these dates are provisional',
  extension: (chain: string) => `Extension: ${chain}`,
  extensionSent: (sent: string, by: string) => `Extension notice sent ${sent}, in time (by ${by}): the extended deadline binds`,
  extensionNeedsNotice: (by: string, citation: string) => `An extension needs a notice with reasons sent by ${by} (${citation})`,
  deferral: (by: string, citation: string) => `If the answer will be late, tell the person by ${by} and say by when (${citation})`,
  noExtension: 'No extension is possible for this request',
  acknowledge: (chain: string, citation: string) => `Acknowledge: ${chain} (${citation})`,
  internalTarget: (chain: string) => `Internal target: ${chain}`,
  rules: (version: string, citation: string, roll: string, calendar: string) => `Rules ${version}: ${citation}; ${roll}; holidays: ${calendar} legal calendar`,
  rollForward: (citation: string) => `roll-forward: ${citation}`,
  fields: {
    due: 'due date',
    extendedDue: 'extended due date',
    extensionNoticeBy: 'extension notice date',
    acknowledgeBy: 'acknowledgement date',
  } satisfies Record<AlternativeField, string>,
  /** Each reading the engine takes (the earliest), then the other reading's words. */
  readings: {
    'assimilated-days': {
      taken: 'days a law only assimilates to its holidays (Good Friday, royal-decree days) are not counted as public holidays',
      other: 'days a law assimilates to its holidays counted as public holidays',
    },
    'saturday-business-day': {
      taken: 'Saturday is a business day; only Sundays and state holidays are not',
      other: 'business days Monday to Friday',
    },
    'extension-from-first-period': {
      taken: 'the two further months run from the end of the first month',
      other: 'three months from receipt',
    },
    'late-pause': {
      taken: 'a pause asked with undue delay does not move the date',
      other: 'the pause asked late counted',
    },
    'holiday-only-roll': {
      taken: 'only a last day on a holiday moves to the next working day, not one on a weekend',
      other: 'a last day on a weekend also moves',
    },
  } satisfies Record<ReadingId, { taken: string; other: string }>,
  pauseReadingTaken: (reason: string) => `a pause recorded without a reason is read as "${reason}", the reason that gives the earliest date`,
  pauseReadingOther: (reason: string) => `the pause read as "${reason}"`,
  /** Beneath a binding date on screen: the later date another reading gives. */
  laterReading: (date: string, reading: string, source: string) => `A later reading gives ${date}: ${reading} (${source})`,
  laterReadings: 'Later readings',
  readingTaken: (reading: string, source: string) => `Reading taken: ${reading} (${source})`,
  alternative: (date: string, field: string, reading: string, source: string) => `A later reading gives ${date} as the ${field}: ${reading} (${source})`,
  warnings: {
    reasonAssumed: (from: string, reason: string) => `pause from ${from} has no reason; read as "${reason}", the reason that gives the earliest date`,
    afterDeadline: (asked: string, from: string, due: string) => `pause for ${asked} asked on ${from}, after the deadline of ${due}: ignored`,
    undueDelay: (asked: string, days: number, from: string, ignored: boolean) =>
      `${asked} was asked ${days} ${days === 1 ? 'day' : 'days'} after receipt (${from}): not "without undue delay"; ${ignored ? 'the pause does not move the due date (EDPB Guidelines 01/2022)' : 'a regulator may not accept this pause'}`,
    noticeLate: (sent: string, by: string, citation: string) =>
      `the extension notice sent on ${sent} is after ${by}, the latest date for it on the earliest reading (${citation}): it extends nothing`,
    readingOverridden: (reading: string, reason: string, field: string, earliest: string) =>
      `Settings take a later reading (${reading}; reason recorded: ${reason}): the earliest defensible ${field} is ${earliest}`,
    beforeRegime: (received: string, regime: string, from: string, citation: string) =>
      `received ${received}, before the ${regime} applied (${from}, ${citation}): these dates follow a law that did not yet apply`,
    clockStopped: (from: string, asked: string, assumedTo: string) =>
      `clock stopped since ${from} waiting for ${asked}; dates assume it arrives on ${assumedTo} and move later each day it does not`,
    deferred: (sent: string, citation: string) => `deferral notice sent on ${sent}: the information is due by the date given in that notice (${citation})`,
    closure: (date: string, name: string) => `the office is closed on ${date} (${name}); the legal deadline does not move, so respond before it`,
  },
} as const;
