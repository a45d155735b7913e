// Which letters the request's current step calls for, so the request page offers those first
// ("Send acknowledgement", "Send extension notice"): pure, from the request's state.
import { compareDates } from '../dates/iso';
import type { RequestStatus, RequestType } from '../model/request';
import { TEMPLATE_NAMES, type TemplateName } from './model';

export interface LetterStep {
  status: RequestStatus;
  types: readonly RequestType[];
  today: string;
  /** The deadline engine's last day for the extension notice; null: this regime has none. */
  extensionNoticeBy: string | null;
  extended: boolean;
  verified: boolean;
  /** Templates of letters already generated for this request. */
  generated: readonly TemplateName[];
}

const OPEN: readonly RequestStatus[] = ['received', 'awaiting-identity', 'awaiting-clarification', 'in-progress', 'extended'];

/** The answer letter(s) for what was asked. */
function answers(types: readonly RequestType[]): TemplateName[] {
  const out: TemplateName[] = [];
  if (types.includes('access') || types.includes('portability')) out.push('access-response');
  if (types.includes('rectification')) out.push('rectification-confirmation');
  if (types.includes('erasure')) out.push('erasure-confirmation');
  if (types.includes('restriction')) out.push('restriction-confirmation');
  if (types.some((t) => t === 'objection' || t === 'marketing-optout' || t === 'consent-withdrawal')) out.push('objection-confirmation');
  return out;
}

/**
 * The extension is offered only while the notice can still lawfully go out: GDPR Art. 12(3) wants
 * it within one month of receipt, and the deadline engine says by which day.
 */
export function extensionLawful(s: Pick<LetterStep, 'status' | 'today' | 'extensionNoticeBy' | 'extended'>): boolean {
  return !s.extended && (s.status === 'received' || s.status === 'in-progress') && s.extensionNoticeBy !== null && compareDates(s.today, s.extensionNoticeBy) <= 0;
}

export function offeredLetters(s: LetterStep): { offered: TemplateName[]; others: TemplateName[] } {
  const offered: TemplateName[] = [];
  const open = OPEN.includes(s.status);
  if (open && !s.generated.includes('acknowledgement')) offered.push('acknowledgement');
  // Asking for ID or a clarification pauses the clock when the letter is marked sent (Art. 12(6), Recital 63).
  if (s.status === 'awaiting-identity' || ((s.status === 'received' || s.status === 'in-progress') && !s.verified && !s.generated.includes('identity-request'))) offered.push('identity-request');
  if (s.status === 'awaiting-clarification') offered.push('clarification-request');
  if (extensionLawful(s)) offered.push('extension-notice');
  if (s.status === 'in-progress' || s.status === 'extended' || s.status === 'responded') offered.push(...answers(s.types));
  if (s.status === 'refused') offered.push('refusal');
  if ((s.status === 'responded' || s.status === 'closed') && s.types.some((t) => t === 'rectification' || t === 'erasure' || t === 'restriction')) offered.push('art19-recipient-notice');
  // The extension notice is never offered once it can no longer lawfully be sent.
  const others = TEMPLATE_NAMES.filter((t) => !offered.includes(t) && (t !== 'extension-notice' || extensionLawful(s)));
  return { offered, others };
}
