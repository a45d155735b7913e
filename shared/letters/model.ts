// Letters to data subjects (and the Art. 19 notice to a recipient): the templates' names, the
// placeholders a template may use, and what each letter needs from the organisation profile.
// Templates are data (shipped in templates-en.ts / templates-nl.ts, edited copies in the
// database, versioned); this module is pure so the editor can check a template as it is typed.
import type { Language } from '../i18n/locales';

export const TEMPLATE_NAMES = [
  'acknowledgement',
  'identity-request',
  'clarification-request',
  'extension-notice',
  'access-response',
  'erasure-confirmation',
  'rectification-confirmation',
  'restriction-confirmation',
  'objection-confirmation',
  'refusal',
  'art19-recipient-notice',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** One template in one language: the subject line and the body in the markup of render.ts. */
export interface TemplateText {
  subject: string;
  body: string;
}

export type ShippedTemplates = Readonly<Record<TemplateName, TemplateText>>;

/**
 * Placeholders a template may use. `list` ones expand to bullet lines and stand on a line of
 * their own. `access` ones are the Art. 15 items: when one has no content the letter is refused
 * (or, as a draft, prints "MISSING: …").
 */
export const PLACEHOLDERS = {
  'letter.date': { list: false },
  'subject.name': { list: false },
  'subject.address': { list: false },
  'subject.email': { list: false },
  'request.ref': { list: false },
  'request.received': { list: false },
  'request.due': { list: false },
  'request.types': { list: false },
  'request.summary': { list: false },
  'extension.due': { list: false },
  'extension.reasons': { list: false },
  'refusal.reasons': { list: false },
  'org.name': { list: false },
  'org.address': { list: false },
  'org.registration': { list: false },
  'dpo.name': { list: false },
  'dpo.email': { list: false },
  'dpo.phone': { list: false },
  'dpo.registration': { list: false },
  'authority.name': { list: false },
  'authority.address': { list: false },
  'authority.website': { list: false },
  signature: { list: false },
  'recipient.name': { list: false },
  'art19.action': { list: false },
  'access.purposes': { list: true },
  'access.categories': { list: true },
  'access.recipients': { list: true },
  'access.retention': { list: true },
  'access.source': { list: true },
  'access.automated': { list: true },
  'access.transfers': { list: true },
  'access.copy': { list: true },
  'access.activities': { list: true },
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

export function isPlaceholder(name: string): name is Placeholder {
  return Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);
}

/** Values to fill in: text, lines for a list, or null when the data has nothing (→ missing). */
export type PlaceholderValues = Partial<Record<Placeholder, string | string[] | null>>;

/**
 * The profile fields (settings keys of `dpo settings set`) every letter prints in its letterhead
 * and signature, and those a letter adds: a letter that tells the subject of their right to
 * complain names the authority (GDPR Art. 12(4), 15(1)(f), 77).
 */
export const PROFILE_NEEDED_BY_ALL = ['org.name', 'org.address', 'dpo.name', 'dpo.email'] as const;
const NAMES_AUTHORITY: readonly TemplateName[] = ['extension-notice', 'access-response', 'refusal', 'erasure-confirmation', 'rectification-confirmation', 'restriction-confirmation', 'objection-confirmation'];
export function profileNeeded(t: TemplateName): string[] {
  return [...PROFILE_NEEDED_BY_ALL, ...(NAMES_AUTHORITY.includes(t) ? ['authority.name', 'authority.website'] : [])];
}

export interface LetterTemplateInfo {
  name: TemplateName;
  language: Language;
  /** 1 = as shipped; each save in the app adds one. */
  version: number;
  edited: boolean;
  subject: string;
  body: string;
  savedAt: string | null;
  savedBy: string | null;
}

/** What a generated letter is in the contract (and `dpo report letter --json`). */
export interface LetterResult {
  /** The file as stored on the request (its public id), or the path the CLI wrote. */
  file: string;
  pages: number;
  sha256: string;
  template: TemplateName;
  templateVersion: number;
  /** Art. 15 items or profile fields without content (only a draft is generated with any). */
  missing: string[];
}
