// What a letter's PDF shows, as plain data (it crosses to the worker that writes the PDF):
// letterhead, addressee, reference and date, the subject line, the body blocks, the closing and
// signature, and the marks of a draft.
import type { Language } from '../../../shared/i18n/locales';
import { LOCALES } from '../../../shared/i18n/locales';
import type { PlaceholderValues, TemplateName } from '../../../shared/letters/model';
import type { LetterBlock, RenderedLetter } from '../../../shared/letters/render';
import { LETTER_WORDS } from '../../../shared/letters/words';
import type { Settings } from '../../../shared/model/settings';
import type { CoveringActivity } from './access-source';

export interface LetterLayout {
  language: Language;
  /** BCP 47 for the PDF's document language. */
  lang: string;
  title: string;
  orgName: string;
  letterhead: string[];
  logo: { mimeType: string; base64: string } | null;
  addressee: string[];
  meta: Array<[string, string]>;
  subject: string;
  blocks: LetterBlock[];
  closing: string;
  signature: string[];
  /** Small print after the signature (the activities an access response drew on). */
  annex: { title: string; lines: string[]; missing: boolean } | null;
  draft: string | null;
  footer: { text: string; page: string; of: string };
  createdAt: string;
  keywords: string;
}

export interface LayoutInput {
  template: TemplateName;
  language: Language;
  settings: Settings;
  values: PlaceholderValues;
  rendered: RenderedLetter;
  draft: boolean;
  activities: CoveringActivity[];
  createdAt: Date;
  templateVersion: number;
}

const str = (v: string | string[] | null | undefined): string => (Array.isArray(v) ? v.join(', ') : (v ?? ''));
const lines = (v: string | null | undefined): string[] => (v ?? '').split(/\n|,\s+/).map((l) => l.trim()).filter(Boolean);

export function layoutOf(i: LayoutInput): LetterLayout {
  const w = LETTER_WORDS[i.language];
  const s = i.settings;
  const v = i.values;
  const missing = (key: keyof typeof w.placeholderNames) => `[${w.missing(w.placeholderNames[key])}]`;
  const orgName = s.organisationName.trim() || missing('org.name');
  const letterhead = [
    ...(s.orgAddress.trim() ? s.orgAddress.split('\n').map((l) => l.trim()).filter(Boolean) : [missing('org.address')]),
    ...(s.orgRegistration.trim() ? [`${w.registration} ${s.orgRegistration.trim()}`] : []),
  ];
  const addressee =
    i.template === 'art19-recipient-notice'
      ? [str(v['recipient.name']) || missing('recipient.name')]
      : [str(v['subject.name']), ...(v['subject.address'] ? lines(str(v['subject.address'])) : v['subject.email'] ? [str(v['subject.email'])] : [])];
  const dpo = s.dpoName.trim() || missing('dpo.name');
  const signature = s.signatureBlock.trim()
    ? s.signatureBlock.split('\n').map((l) => l.trim())
    : [dpo, i.language === 'nl' ? 'Functionaris gegevensbescherming' : 'Data protection officer', orgName];
  if (s.dpoRegistration.trim()) signature.push(`${w.dpoRegistration} ${s.dpoRegistration.trim()}`);
  if (s.dpoEmail.trim()) signature.push(s.dpoEmail.trim());
  const title = `${w.templateTitles[i.template]} — ${str(v['request.ref'])}`;
  return {
    language: i.language,
    lang: LOCALES[i.language],
    title,
    orgName,
    letterhead,
    logo: s.orgLogo,
    addressee,
    meta: [
      [w.ourReference, str(v['request.ref'])],
      [w.date, str(v['letter.date'])],
    ],
    subject: i.rendered.subject,
    blocks: i.rendered.blocks,
    closing: w.closing,
    signature,
    annex:
      i.template === 'access-response'
        ? { title: w.activitiesUsed, lines: i.activities.length ? i.activities.map((a) => `${a.ref} ${a.name}`) : [w.missing(w.placeholderNames['access.activities'])], missing: !i.activities.length }
        : null,
    draft: i.draft ? w.draft : null,
    footer: { text: `${orgName} · ${str(v['request.ref'])} · ${w.templateTitles[i.template]} (v${i.templateVersion})`, page: w.page(0, 0).split(' ')[0]!, of: i.language === 'nl' ? 'van' : 'of' },
    createdAt: i.createdAt.toISOString(),
    keywords: `${i.template}, ${str(v['request.ref'])}`,
  };
}
