// The values a letter's placeholders take, from the request, the organisation profile and (for an
// access response) the registers, in the letter's language. Null means "no content": the letter
// is refused for it, or a draft marks it MISSING.
import { CATALOGS, type Language } from '../../../shared/i18n';
import { PROFILE_KEYS } from '../../../shared/model/org-profile';
import type { PlaceholderValues, TemplateName } from '../../../shared/letters/model';
import { LETTER_WORDS, letterDate } from '../../../shared/letters/words';
import type { RequestDetail } from '../../../shared/model/request';
import type { Settings } from '../../../shared/model/settings';
import type { SubjectDisclosure } from '../../../shared/model/disclosure';
import type { AccessItem, CoveringActivity } from './access-source';

const text = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);

function profileValue(s: Settings, key: keyof typeof PROFILE_KEYS): string | null {
  const v = s[PROFILE_KEYS[key].field as keyof Settings];
  return typeof v === 'string' ? text(v) : null;
}

export interface LetterSources {
  request: RequestDetail;
  settings: Settings;
  today: string;
  language: Language;
  template: TemplateName;
  recipients: SubjectDisclosure[];
  activities: CoveringActivity[];
  /** The Art. 19 notice's addressee. */
  art19Recipient: string | null;
  /** What was done, typed with the letter while the response is not recorded yet. */
  summary?: string | null;
}

/** Every item a list of activities gives for one field, each once. */
/**
 * One access-response item from every activity that covers the subject; missing (null) when none
 * says anything, or when any of them still has the item to complete: a partial answer would read
 * as the whole one (GDPR Art. 15(1)).
 */
function fromActivities(acts: CoveringActivity[], item: AccessItem): string[] | null {
  if (acts.some((a) => a.toComplete.includes(item))) return null;
  const out = [...new Set(acts.flatMap((a) => a[item].map((s) => s.trim()).filter(Boolean)))];
  return out.length ? out : null;
}

function recipientLine(d: SubjectDisclosure, language: Language): string {
  const c = CATALOGS[language].disclosures;
  const kind = (c.recipientKinds as Record<string, string>)[d.recipient.kind] ?? d.recipient.kind;
  const cats = d.categories.map((k) => (c.categories as Record<string, string>)[k] ?? k).join(', ');
  const where = d.recipient.country ? `, ${d.recipient.country}` : '';
  return `${d.recipient.name} (${kind}${where}) — ${letterDate(d.date, language)}${cats ? `: ${cats}` : ''}`;
}

export function placeholderValues(src: LetterSources): PlaceholderValues {
  const { request: r, settings: s, language } = src;
  const w = LETTER_WORDS[language];
  const d = (iso: string | null | undefined) => (iso ? letterDate(iso, language) : null);
  const types = r.types.map((t) => w.types[t]);
  const acts = src.activities;
  const respondedSummary = [...r.timeline].find((e) => e.event?.code === 'responded');
  const summary = text(src.summary) ?? (respondedSummary?.event?.code === 'responded' ? text(respondedSummary.event.summary) : null);
  const art19Types = r.types.filter((t): t is 'rectification' | 'erasure' | 'restriction' => t === 'rectification' || t === 'erasure' || t === 'restriction');
  const copy = [
    `${w.copyFields.name}: ${r.requester.name}`,
    ...(r.requester.email ? [`${w.copyFields.email}: ${r.requester.email}`] : []),
    ...(r.requester.postalAddress ? [`${w.copyFields.address}: ${r.requester.postalAddress.replace(/\n/g, ', ')}`] : []),
    ...(r.requester.phone ? [`${w.copyFields.phone}: ${r.requester.phone}`] : []),
    ...(r.requester.customerId ? [`${w.copyFields.customerId}: ${r.requester.customerId}`] : []),
    `${w.copyFields.received}: ${letterDate(r.received, language)}`,
  ];
  return {
    'letter.date': letterDate(src.today, language),
    'subject.name': text(r.requester.name),
    'subject.address': text(r.requester.postalAddress),
    'subject.email': text(r.requester.email),
    'request.ref': r.ref,
    'request.received': d(r.received),
    'request.due': d(r.deadline.effectiveDue),
    'request.types': types.length ? types.join(language === 'nl' ? ' en ' : ' and ') : null,
    'request.summary': summary,
    'extension.due': d(r.deadline.extendedDue),
    'extension.reasons': text(r.extension?.reasons),
    'refusal.reasons': text(r.refusal?.reason),
    'org.name': profileValue(s, 'org.name'),
    'org.address': profileValue(s, 'org.address')?.replace(/\n/g, ', ') ?? null,
    'org.registration': profileValue(s, 'org.registration'),
    'dpo.name': profileValue(s, 'dpo.name'),
    'dpo.email': profileValue(s, 'dpo.email'),
    'dpo.phone': profileValue(s, 'dpo.phone'),
    'dpo.registration': profileValue(s, 'dpo.registration'),
    'authority.name': profileValue(s, 'authority.name'),
    'authority.address': profileValue(s, 'authority.address'),
    'authority.website': profileValue(s, 'authority.website'),
    signature: profileValue(s, 'letters.signature'),
    'recipient.name': src.art19Recipient,
    'art19.action': art19Types.length ? art19Types.map((t) => w.art19Action[t]).join(language === 'nl' ? ' en ' : ' and ') : null,
    'access.purposes': fromActivities(acts, 'purposes'),
    'access.categories': fromActivities(acts, 'categories'),
    // "No recipients" is an answer, not a gap: the register is the source of truth for disclosures.
    'access.recipients': src.recipients.length ? src.recipients.map((x) => recipientLine(x, language)) : [w.noRecipients],
    'access.retention': fromActivities(acts, 'retention'),
    'access.source': fromActivities(acts, 'source'),
    'access.automated': fromActivities(acts, 'automated'),
    'access.transfers': fromActivities(acts, 'transfers'),
    'access.copy': copy,
    'access.activities': acts.length ? acts.map((a) => `${a.ref} ${a.name}`) : null,
  };
}
