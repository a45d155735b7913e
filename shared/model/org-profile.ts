// The organisation profile: who writes the letters to data subjects. Its fields live in the
// settings (one row per key, so a partial update changes only what it sends); this module holds
// their schemas, the CLI's dotted keys for them, and the checks letters make before they render.
import { z } from 'zod';
import { LANGUAGES } from '../i18n/locales';

/** A logo on letterhead: small enough to sit in a settings row, checked by its magic bytes. */
export const MAX_LOGO_BYTES = 512 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_MAGIC = [0xff, 0xd8, 0xff];

/** The image type its first bytes say, or null: a renamed file is caught here, not in the PDF. */
export function logoTypeOf(bytes: Uint8Array): (typeof LOGO_TYPES)[number] | null {
  const starts = (magic: number[]) => magic.every((b, i) => bytes[i] === b);
  if (starts(PNG_MAGIC)) return 'image/png';
  if (starts(JPEG_MAGIC)) return 'image/jpeg';
  return null;
}

/**
 * Why this PNG cannot go on a letter, or null. The PDF is written in one synchronous pass, and
 * pdfkit decodes PNGs with an alpha channel, transparency or interlacing asynchronously: those
 * would leave the PDF unfinished, so they are refused here with how to fix the file.
 */
export function pngProblem(bytes: Uint8Array): string | null {
  if (bytes.length < 33) return 'The PNG file is cut short.';
  const colorType = bytes[25];
  const interlace = bytes[28];
  if (colorType === 4 || colorType === 6) return 'The PNG has an alpha channel (transparency); save it without transparency, or as JPEG.';
  if (interlace !== 0) return 'The PNG is interlaced; save it without interlacing, or as JPEG.';
  // A tRNS chunk anywhere makes a palette or RGB image transparent too.
  for (let i = 8; i + 8 <= bytes.length; ) {
    const len = ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
    const type = String.fromCharCode(bytes[i + 4]!, bytes[i + 5]!, bytes[i + 6]!, bytes[i + 7]!);
    if (type === 'tRNS') return 'The PNG has a transparent colour; save it without transparency, or as JPEG.';
    if (type === 'IDAT' || type === 'IEND') break;
    i += 12 + len;
  }
  return null;
}

const B64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decodeB64(b64: string): Uint8Array | null {
  if (b64.length % 4 !== 0 || !B64.test(b64)) return null;
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export const logoSchema = z
  .object({ mimeType: z.enum(LOGO_TYPES, { error: 'The logo must be a PNG or JPEG image.' }), base64: z.string().trim() })
  .superRefine((logo, ctx) => {
    const bytes = decodeB64(logo.base64.replace(/\s+/g, ''));
    if (!bytes || bytes.length === 0) return void ctx.addIssue({ code: 'custom', message: 'The logo is not a readable image file.' });
    if (bytes.length > MAX_LOGO_BYTES) return void ctx.addIssue({ code: 'custom', message: `The logo is ${Math.ceil(bytes.length / 1024)} KB; at most ${MAX_LOGO_BYTES / 1024} KB.` });
    const actual = logoTypeOf(bytes);
    if (!actual) ctx.addIssue({ code: 'custom', message: 'The logo must be a PNG or JPEG image (its contents are neither).' });
    else if (actual !== logo.mimeType) ctx.addIssue({ code: 'custom', path: ['mimeType'], message: `The file is a ${actual === 'image/png' ? 'PNG' : 'JPEG'} image, not ${logo.mimeType}.` });
    else if (actual === 'image/png') {
      const problem = pngProblem(bytes);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }
  });
export type OrgLogo = z.output<typeof logoSchema>;

const text = (max: number) => z.string().trim().max(max, `At most ${max} characters.`);
const emailOrEmpty = z
  .string()
  .trim()
  .max(320, 'An e-mail address has at most 320 characters.')
  .regex(/^$|^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'That is not a valid e-mail address (name@example.com).');
const websiteOrEmpty = text(300).regex(/^$|^(https?:\/\/)?[^\s/]+\.[^\s]+$/, 'That is not a web address (www.example.nl).');

/** The profile's settings fields, without defaults (settings.ts keeps the defaults). */
export const orgProfileFields = {
  orgAddress: text(500),
  /** Chamber of Commerce number (KvK) or the local equivalent. */
  orgRegistration: text(50),
  dpoName: text(200),
  dpoEmail: emailOrEmpty,
  dpoPhone: text(50),
  /** The DPO's registration number with the Dutch AP ("FG-nummer"), where there is one. */
  dpoRegistration: text(50),
  authorityName: text(200),
  authorityAddress: text(500),
  authorityWebsite: websiteOrEmpty,
  /** Printed under the letter's closing: name, role, anything the organisation adds. */
  signatureBlock: text(1000),
  /** The language of letters to a subject whose request names none. */
  letterLanguage: z.enum(LANGUAGES, { error: `Choose one of: ${LANGUAGES.join(', ')}.` }),
  orgLogo: logoSchema.nullable(),
};

/**
 * The supervisory authority letters name for complaints (GDPR Art. 77; Art. 12(4) for refusals):
 * for Dutch organisations the Autoriteit Persoonsgegevens, until the DPO sets another.
 */
export const DEFAULT_ORG_PROFILE = {
  orgAddress: '',
  orgRegistration: '',
  dpoName: '',
  dpoEmail: '',
  dpoPhone: '',
  dpoRegistration: '',
  authorityName: 'Autoriteit Persoonsgegevens',
  authorityAddress: 'Postbus 93374, 2509 AJ Den Haag',
  authorityWebsite: 'www.autoriteitpersoonsgegevens.nl',
  signatureBlock: '',
  letterLanguage: 'en' as const,
  orgLogo: null,
};

/**
 * The CLI's keys (`dpo settings set org.name=…`), each onto one settings field. The keys are a
 * published interface: add, never rename.
 */
export const PROFILE_KEYS = {
  'org.name': { field: 'organisationName', help: 'legal name of the organisation' },
  'org.address': { field: 'orgAddress', help: 'postal address (use \\n or ", " between lines)' },
  'org.registration': { field: 'orgRegistration', help: 'registration number (KvK)' },
  'org.logo': { field: 'orgLogo', help: 'logo: path to a PNG or JPEG file (at most 512 KB); empty removes it' },
  'dpo.name': { field: 'dpoName', help: 'name of the data protection officer' },
  'dpo.email': { field: 'dpoEmail', help: "the DPO's e-mail address" },
  'dpo.phone': { field: 'dpoPhone', help: "the DPO's telephone number" },
  'dpo.registration': { field: 'dpoRegistration', help: "the DPO's registration number with the authority (FG-nummer)" },
  'authority.name': { field: 'authorityName', help: 'supervisory authority named for complaints' },
  'authority.address': { field: 'authorityAddress', help: "the authority's postal address" },
  'authority.website': { field: 'authorityWebsite', help: "the authority's website" },
  'letters.language': { field: 'letterLanguage', help: `default letter language (${LANGUAGES.join(', ')})` },
  'letters.signature': { field: 'signatureBlock', help: 'signature block under every letter' },
  'default.regime': { field: 'defaultRegime', help: 'default regime of new requests' },
  'default.country': { field: 'defaultCountry', help: 'default country of new requests' },
} as const;
export type ProfileKey = keyof typeof PROFILE_KEYS;
export type ProfileField = (typeof PROFILE_KEYS)[ProfileKey]['field'];

export function keyOfField(field: string): ProfileKey | null {
  for (const [k, v] of Object.entries(PROFILE_KEYS)) if (v.field === field) return k as ProfileKey;
  return null;
}
