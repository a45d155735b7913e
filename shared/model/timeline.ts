// What happened to a request, as a code with its parameters. The words are in the catalogs
// (shared/i18n, `timeline`), so each reader sees the timeline in their own language. Free text
// the DPO typed (reasons, summaries, notes) is a parameter and shown as typed.
import type { IsoDate } from '../dates/iso';
import type { AttachmentKind, Channel, PauseFor, RefusalGround, VerificationMethod } from './request';

export type TimelineEvent =
  | { code: 'created'; source: string; channel: Channel; mailbox: string | null; due: IsoDate }
  | { code: 'work-started'; note: string | null }
  | { code: 'identity-verified'; method: VerificationMethod; by: string; note: string | null }
  | { code: 'paused'; reason: PauseFor; note: string | null }
  | { code: 'resumed'; note: string | null }
  | { code: 'extended'; reasons: string; note: string | null }
  | { code: 'responded'; summary: string; note: string | null }
  | { code: 'closed'; art19Recipients: number; note: string | null }
  | { code: 'refused'; ground: RefusalGround; reason: string; note: string | null }
  | { code: 'withdrawn'; note: string | null }
  | { code: 'marked-duplicate'; originalRef: string; note: string | null }
  /** A CSV line brought in a request that was already further along (its history stays outside). */
  | { code: 'imported-state'; status: 'in-progress' | 'responded' | 'closed'; respondedOn: IsoDate | null; closedOn: IsoDate | null }
  | { code: 'attachment-added'; filename: string; kind: AttachmentKind; bytes: number; deleteAfterVerification: boolean; note: string | null }
  | { code: 'attachment-deleted'; filename: string; reason: string }
  /** A generated letter went out on `on` (the entry's date); the workflow step it records follows. */
  | { code: 'letter-sent'; template: string; filename: string }
  /** The deadline rules changed and the binding date of an open request moved with them. */
  | { code: 'deadline-recomputed'; oldDue: IsoDate; newDue: IsoDate; oldRules: string; newRules: string }
  /** The new rules could not recompute this request (e.g. its extension notice is now late); its dates stay. */
  | { code: 'deadline-recompute-failed'; newRules: string; problem: string };

