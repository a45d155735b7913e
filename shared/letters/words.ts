// The words a letter prints around its template text, in the letter's language (which may differ
// from the DPO's screen language): letterhead labels, the closing, the draft marks, the names of
// the Art. 15 items when they are missing, and request types as a sentence names them.
import type { Language } from '../i18n/locales';
import type { RequestType } from '../model/request';
import type { Placeholder, TemplateName } from './model';

export interface LetterWords {
  ourReference: string;
  date: string;
  registration: string;
  dpoRegistration: string;
  closing: string;
  draft: string;
  page: (n: number, of: number) => string;
  missing: (what: string) => string;
  placeholderNames: Record<Placeholder, string>;
  types: Record<RequestType, string>;
  art19Action: { rectification: string; erasure: string; restriction: string };
  templateTitles: Record<TemplateName, string>;
  noRecipients: string;
  activitiesUsed: string;
  copyIntro: string;
  copyFields: { name: string; email: string; address: string; phone: string; customerId: string; received: string };
  sources: { subject: string; generated: string; 'third-party': string; public: string };
  automatedNone: string;
  noTransfers: string;
}

const templateTitlesEn: Record<TemplateName, string> = {
  acknowledgement: 'Acknowledgement',
  'identity-request': 'Identity request',
  'clarification-request': 'Clarification request',
  'extension-notice': 'Extension notice',
  'access-response': 'Access response',
  'erasure-confirmation': 'Erasure confirmation',
  'rectification-confirmation': 'Rectification confirmation',
  'restriction-confirmation': 'Restriction confirmation',
  'objection-confirmation': 'Objection and opt-out confirmation',
  refusal: 'Refusal',
  'art19-recipient-notice': 'Art. 19 notice to a recipient',
};

export const LETTER_WORDS: Readonly<Record<Language, LetterWords>> = {
  en: {
    ourReference: 'Our reference',
    date: 'Date',
    registration: 'Chamber of Commerce no.',
    dpoRegistration: 'DPO registration no.',
    closing: 'Yours sincerely,',
    draft: 'DRAFT',
    page: (n, of) => `Page ${n} of ${of}`,
    missing: (what) => `MISSING: ${what}`,
    placeholderNames: {
      'letter.date': 'the date of the letter',
      'subject.name': "the subject's name",
      'subject.address': "the subject's postal address",
      'subject.email': "the subject's e-mail address",
      'request.ref': 'the request reference',
      'request.received': 'the date the request was received',
      'request.due': 'the deadline',
      'request.types': 'what was requested',
      'request.summary': 'what was done (the response summary)',
      'extension.due': 'the extended deadline',
      'extension.reasons': 'the reasons for the extension',
      'refusal.reasons': 'the reasons for the refusal',
      'org.name': 'the organisation name (org.name)',
      'org.address': 'the organisation address (org.address)',
      'org.registration': 'the registration number (org.registration)',
      'dpo.name': "the DPO's name (dpo.name)",
      'dpo.email': "the DPO's e-mail address (dpo.email)",
      'dpo.phone': "the DPO's telephone number (dpo.phone)",
      'dpo.registration': "the DPO's registration number (dpo.registration)",
      'authority.name': 'the supervisory authority (authority.name)',
      'authority.address': "the authority's address (authority.address)",
      'authority.website': "the authority's website (authority.website)",
      signature: 'the signature block (letters.signature)',
      'recipient.name': 'the recipient',
      'art19.action': 'what was done to the data',
      'access.purposes': 'the purposes of the processing (Art. 15(1)(a))',
      'access.categories': 'the categories of personal data (Art. 15(1)(b))',
      'access.recipients': 'the recipients (Art. 15(1)(c))',
      'access.retention': 'the retention period (Art. 15(1)(d))',
      'access.source': 'the source of the data (Art. 15(1)(g))',
      'access.automated': 'automated decision-making (Art. 15(1)(h))',
      'access.transfers': 'transfer safeguards (Art. 15(2))',
      'access.copy': 'the copy of the data (Art. 15(3))',
      'access.activities': 'the processing activities used',
    },
    types: {
      access: 'access to your personal data',
      rectification: 'correction of your personal data',
      erasure: 'erasure of your personal data',
      restriction: 'restriction of processing',
      portability: 'a copy of your data to take elsewhere',
      objection: 'an objection to processing',
      'marketing-optout': 'an end to direct marketing',
      'consent-withdrawal': 'withdrawal of your consent',
      'automated-decision': 'human review of an automated decision',
      other: 'a request about your personal data',
    },
    art19Action: { rectification: 'corrected', erasure: 'erased', restriction: 'restricted the processing of' },
    templateTitles: templateTitlesEn,
    noRecipients: 'We have not disclosed your personal data to any recipient.',
    activitiesUsed: 'Processing activities this answer is based on',
    copyIntro: 'The personal data we hold about you in this request:',
    copyFields: { name: 'Name', email: 'E-mail address', address: 'Postal address', phone: 'Telephone', customerId: 'Customer number', received: 'Request received' },
    sources: { subject: 'from you', generated: 'created by us while providing our services', 'third-party': 'from other parties', public: 'from public sources' },
    automatedNone: 'We do not take decisions about you based solely on automated processing, including profiling (Article 22 of the GDPR).',
    noTransfers: 'We do not transfer your personal data to countries outside the European Economic Area.',
  },
  nl: {
    ourReference: 'Ons kenmerk',
    date: 'Datum',
    registration: 'KvK-nummer',
    dpoRegistration: 'FG-nummer',
    closing: 'Met vriendelijke groet,',
    draft: 'CONCEPT',
    page: (n, of) => `Pagina ${n} van ${of}`,
    missing: (what) => `ONTBREEKT: ${what}`,
    placeholderNames: {
      'letter.date': 'de datum van de brief',
      'subject.name': 'de naam van de betrokkene',
      'subject.address': 'het postadres van de betrokkene',
      'subject.email': 'het e-mailadres van de betrokkene',
      'request.ref': 'het kenmerk van het verzoek',
      'request.received': 'de datum van ontvangst',
      'request.due': 'de uiterste datum',
      'request.types': 'wat is gevraagd',
      'request.summary': 'wat er is gedaan (de samenvatting van het antwoord)',
      'extension.due': 'de verlengde termijn',
      'extension.reasons': 'de redenen voor de verlenging',
      'refusal.reasons': 'de redenen voor de weigering',
      'org.name': 'de naam van de organisatie (org.name)',
      'org.address': 'het adres van de organisatie (org.address)',
      'org.registration': 'het KvK-nummer (org.registration)',
      'dpo.name': 'de naam van de FG (dpo.name)',
      'dpo.email': 'het e-mailadres van de FG (dpo.email)',
      'dpo.phone': 'het telefoonnummer van de FG (dpo.phone)',
      'dpo.registration': 'het FG-nummer (dpo.registration)',
      'authority.name': 'de toezichthouder (authority.name)',
      'authority.address': 'het adres van de toezichthouder (authority.address)',
      'authority.website': 'de website van de toezichthouder (authority.website)',
      signature: 'de ondertekening (letters.signature)',
      'recipient.name': 'de ontvanger',
      'art19.action': 'wat er met de gegevens is gedaan',
      'access.purposes': 'de verwerkingsdoeleinden (art. 15 lid 1 onder a AVG)',
      'access.categories': 'de categorieën persoonsgegevens (art. 15 lid 1 onder b AVG)',
      'access.recipients': 'de ontvangers (art. 15 lid 1 onder c AVG)',
      'access.retention': 'de bewaartermijn (art. 15 lid 1 onder d AVG)',
      'access.source': 'de bron van de gegevens (art. 15 lid 1 onder g AVG)',
      'access.automated': 'geautomatiseerde besluitvorming (art. 15 lid 1 onder h AVG)',
      'access.transfers': 'waarborgen bij doorgifte (art. 15 lid 2 AVG)',
      'access.copy': 'de kopie van de gegevens (art. 15 lid 3 AVG)',
      'access.activities': 'de gebruikte verwerkingsactiviteiten',
    },
    types: {
      access: 'inzage in uw persoonsgegevens',
      rectification: 'correctie van uw persoonsgegevens',
      erasure: 'het wissen van uw persoonsgegevens',
      restriction: 'beperking van de verwerking',
      portability: 'een kopie van uw gegevens om mee te nemen',
      objection: 'bezwaar tegen de verwerking',
      'marketing-optout': 'het stoppen van direct marketing',
      'consent-withdrawal': 'het intrekken van uw toestemming',
      'automated-decision': 'menselijke beoordeling van een geautomatiseerd besluit',
      other: 'een verzoek over uw persoonsgegevens',
    },
    art19Action: { rectification: 'gecorrigeerd', erasure: 'gewist', restriction: 'de verwerking beperkt van' },
    templateTitles: {
      acknowledgement: 'Ontvangstbevestiging',
      'identity-request': 'Verzoek om identificatie',
      'clarification-request': 'Verzoek om verduidelijking',
      'extension-notice': 'Verlengingsbericht',
      'access-response': 'Antwoord op inzageverzoek',
      'erasure-confirmation': 'Bevestiging van wissing',
      'rectification-confirmation': 'Bevestiging van correctie',
      'restriction-confirmation': 'Bevestiging van beperking',
      'objection-confirmation': 'Bevestiging van bezwaar of afmelding',
      refusal: 'Weigering',
      'art19-recipient-notice': 'Kennisgeving art. 19 aan een ontvanger',
    },
    noRecipients: 'Wij hebben uw persoonsgegevens aan geen enkele ontvanger verstrekt.',
    activitiesUsed: 'Verwerkingsactiviteiten waarop dit antwoord is gebaseerd',
    copyIntro: 'De persoonsgegevens die wij in dit verzoek van u hebben:',
    copyFields: { name: 'Naam', email: 'E-mailadres', address: 'Postadres', phone: 'Telefoon', customerId: 'Klantnummer', received: 'Verzoek ontvangen' },
    sources: { subject: 'van uzelf', generated: 'door ons gemaakt bij het leveren van onze diensten', 'third-party': 'van andere partijen', public: 'uit openbare bronnen' },
    automatedNone: 'Wij nemen geen besluiten over u die uitsluitend op geautomatiseerde verwerking berusten, profilering daaronder begrepen (artikel 22 AVG).',
    noTransfers: 'Wij geven uw persoonsgegevens niet door aan landen buiten de Europese Economische Ruimte.',
  },
};

/** "6 December 2026" / "6 december 2026": how a date reads in a letter. */
export function letterDate(iso: string, language: Language): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}
