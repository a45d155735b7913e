// The Art. 13/14 checklist's rules, as data a person can read and tune: for each item its article,
// and per language the patterns (case-insensitive regular expressions, matched per sentence).
// A sentence matching `terms` (and, where given, also `needs`) is evidence that the item is
// present. A sentence matching `terms` but not `needs`, or only `weak`, makes the item unclear:
// the topic is touched but the notice does not give what the article asks for.
// Both languages are tried on every text: policies are often bilingual or mixed.
import type { ChecklistItem } from '../model/policy';
import type { RecipientKind } from '../model/disclosure';

export interface LanguagePatterns {
  terms: string[];
  needs?: string[];
  weak?: string[];
}

export interface ChecklistRule {
  item: ChecklistItem;
  article: string;
  en: LanguagePatterns;
  nl: LanguagePatterns;
}

export const CHECKLIST_RULES: readonly ChecklistRule[] = [
  {
    item: 'controller_identity',
    article: 'GDPR Art. 13(1)(a), 14(1)(a)',
    en: { terms: ['\\bcontroller\\b', 'responsible for (the )?processing'], weak: ['\\b(B\\.V\\.|Ltd|GmbH|Inc\\.?)\\b'] },
    nl: { terms: ['verwerkingsverantwoordelijke', 'verantwoordelijk(e)? voor (de )?verwerking'], weak: ['\\bB\\.V\\.'] },
  },
  {
    item: 'dpo_contact',
    article: 'GDPR Art. 13(1)(b), 14(1)(b)',
    en: { terms: ['data protection officer', '\\bDPO\\b'], weak: ['contact us', 'privacy@'] },
    nl: { terms: ['functionaris (voor de )?gegevensbescherming', '\\bFG\\b'], weak: ['neem contact', 'privacy@'] },
  },
  {
    item: 'purposes',
    article: 'GDPR Art. 13(1)(c), 14(1)(c)',
    en: { terms: ['\\bpurposes?\\b', 'we use (your )?(personal )?(data|information) (to|for)'] },
    nl: { terms: ['\\bdoel(en|einden)?\\b', 'gebruiken (wij|we) (uw|je) (persoons)?gegevens (om|voor)', '(wij|we) gebruiken (uw|je) (persoons)?gegevens (om|voor)'] },
  },
  {
    item: 'legal_basis',
    article: 'GDPR Art. 13(1)(c), 14(1)(c), Art. 6(1)',
    en: { terms: ['legal (basis|ground)', 'lawful basis', 'art(icle|\\.)? ?6\\b', 'performance of (a|the|our) contract', 'legal obligation'] },
    nl: { terms: ['grondslag', 'rechtsgrond', 'uitvoering van (de|een|onze) overeenkomst', 'wettelijke verplichting'] },
  },
  {
    item: 'legitimate_interests',
    article: 'GDPR Art. 13(1)(d), 14(2)(b)',
    en: { terms: ['legitimate interests?'] },
    nl: { terms: ['gerechtvaardigde? belang'] },
  },
  {
    item: 'recipients',
    article: 'GDPR Art. 13(1)(e), 14(1)(e)',
    en: { terms: ['\\brecipients?\\b', 'share (your )?(personal )?(data|information) with', 'third parties', 'disclose'] },
    nl: { terms: ['\\bontvangers?\\b', 'delen (uw|je) (persoons)?gegevens', '\\bderden\\b', 'verstrekken (wij|we)'] },
  },
  {
    item: 'transfers',
    article: 'GDPR Art. 13(1)(f), 14(1)(f), Chapter V',
    en: { terms: ['outside the (EEA|European Economic Area|EU\\b|European Union)', 'third countr', 'international transfers?', 'standard contractual clauses', 'adequacy decision'] },
    nl: { terms: ['buiten de (EER|Europese Economische Ruimte|EU\\b|Europese Unie)', 'derde land', 'doorgifte', '(model|standaard)contractbepalingen', 'adequaatheidsbesluit'] },
  },
  {
    item: 'retention',
    article: 'GDPR Art. 13(2)(a), 14(2)(a)',
    // The period, or the criteria that set it, must be given; "we keep data" alone is unclear.
    en: { terms: ['\\bretain', '\\bretention\\b', '\\bkeep (your )?(personal )?(data|information)', '\\bstored? (for|as long)'], needs: ['\\d+\\s*(days?|weeks?|months?|years?)', 'as long as', 'criteria', 'until'] },
    nl: { terms: ['\\bbewaren\\b', 'bewaartermijn', '\\bbewaard\\b'], needs: ['\\d+\\s*(dagen|dag|weken|week|maanden|maand|jaar|jaren)', 'zolang', 'criteria', '\\btot\\b'] },
  },
  {
    item: 'rights_access',
    article: 'GDPR Art. 13(2)(b), 14(2)(c), Art. 15',
    en: { terms: ['right (of|to) access', 'access (to )?(the )?(personal )?(data|information) (we hold|about you)', 'copy of (your|the) (personal )?(data|information)'], weak: ['\\baccess\\b'] },
    nl: { terms: ['recht op inzage', '\\binzage\\b'] },
  },
  {
    item: 'rights_rectification',
    article: 'GDPR Art. 13(2)(b), 14(2)(c), Art. 16',
    en: { terms: ['rectif', 'correct (your|inaccurate|incorrect)'] },
    nl: { terms: ['rectificatie', '\\bverbeter', '\\bcorrigeren\\b'] },
  },
  {
    item: 'rights_erasure',
    article: 'GDPR Art. 13(2)(b), 14(2)(c), Art. 17',
    en: { terms: ['erasure', 'right to be forgotten', '(delete|erase) (your|the) (personal )?(data|information)'] },
    nl: { terms: ['gegevenswissing', 'vergetelheid', '(verwijderen|wissen) van (uw|je|de) (persoons)?gegevens', '(uw|je) (persoons)?gegevens (te )?(laten )?(verwijderen|wissen)'] },
  },
  {
    item: 'rights_restriction',
    article: 'GDPR Art. 13(2)(b), 14(2)(c), Art. 18',
    en: { terms: ['restrict(ion of)? (the )?processing', 'right to restrict'] },
    nl: { terms: ['beperking van (de )?verwerking', 'verwerking (te )?(laten )?beperken'] },
  },
  {
    item: 'rights_objection',
    article: 'GDPR Art. 13(2)(b), 14(2)(c), Art. 21',
    en: { terms: ['right to object', '\\bobject to\\b', '\\bobjection\\b'] },
    nl: { terms: ['\\bbezwaar\\b'] },
  },
  {
    item: 'rights_portability',
    article: 'GDPR Art. 13(2)(b), 14(2)(c), Art. 20',
    en: { terms: ['portability', 'structured, commonly used and machine-readable'] },
    nl: { terms: ['overdraagbaarheid', 'gestructureerde, gangbare en machineleesbare'] },
  },
  {
    item: 'withdraw_consent',
    article: 'GDPR Art. 13(2)(c), 14(2)(d), Art. 7(3)',
    en: { terms: ['withdraw (your )?consent', 'consent[^.]*withdraw'] },
    nl: { terms: ['toestemming[^.]*(intrekken|in te trekken|intrekking)', '(intrekken|in te trekken|intrekking)[^.]*toestemming'] },
  },
  {
    item: 'complaint',
    article: 'GDPR Art. 13(2)(d), 14(2)(e), Art. 77',
    // A complaint to the organisation itself is not what the article asks: name the authority.
    en: { terms: ['complain', 'lodge'], needs: ['supervisory authority', 'data protection authority', 'Autoriteit Persoonsgegevens', "Information Commissioner"] },
    nl: { terms: ['klacht', 'klagen'], needs: ['toezichthouder', 'toezichthoudende autoriteit', 'Autoriteit Persoonsgegevens'] },
  },
  {
    item: 'statutory_requirement',
    article: 'GDPR Art. 13(2)(e)',
    en: { terms: ['(statutory|contractual) requirement', 'required by (law|contract)', 'obliged to provide', '(not|fail to) provide (us with )?(this|the|your)', 'mandatory'] },
    nl: { terms: ['wettelijke of contractuele verplichting', 'verplicht (bent )?(om )?[^.]*te verstrekken', 'niet (wilt )?verstrekt?'] },
  },
  {
    item: 'automated_decisions',
    article: 'GDPR Art. 13(2)(f), 14(2)(g), Art. 22',
    en: { terms: ['automated decision', '\\bprofiling\\b'] },
    nl: { terms: ['geautomatiseerde besluit', '\\bprofilering\\b'] },
  },
  {
    item: 'source_of_data',
    article: 'GDPR Art. 14(2)(f)',
    en: { terms: ['(obtain|receive|collect|get)\\w* [^.]*from (third parties|other sources|public(ly available)? sources|partners|credit)', 'source of (the|your) (personal )?(data|information)'] },
    nl: { terms: ['\\bbron(nen)?\\b', '(verkrijgen|ontvangen|krijgen) [^.]*van (derden|partners|openbare)'] },
  },
];

/**
 * How a policy names each kind of recipient the disclosures register knows (GDPR Art. 13(1)(e):
 * "the recipients or categories of recipients"). A kind whose disclosures exist but whose words
 * the policy in force lacks is flagged as a practice not disclosed. `other` has no words: it
 * cannot be checked and is never flagged.
 */
export const RECIPIENT_KIND_TERMS: Readonly<Record<RecipientKind, { en: string[]; nl: string[] }>> = {
  'law-enforcement': { en: ['police', 'law enforcement', 'prosecut'], nl: ['politie', 'justitie', 'opsporing', 'openbaar ministerie'] },
  court: { en: ['\\bcourts?\\b'], nl: ['rechter', 'rechtbank'] },
  regulator: { en: ['regulators?', 'supervisory authorit'], nl: ['toezichthouder'] },
  'other-public-authority': { en: ['public authorit', 'government'], nl: ['overheid', 'overheidsinstantie'] },
  partner: { en: ['partners?'], nl: ['partners?'] },
  advertiser: { en: ['advertis', 'ad networks?'], nl: ['adverteerder', 'advertentie', 'reclame'] },
  processor: { en: ['processors?', 'service providers?'], nl: ['verwerkers?', 'dienstverleners?'] },
  affiliate: { en: ['affiliates?', 'group compan'], nl: ['groepsmaatschappij', 'dochteronderneming', 'concern'] },
  other: { en: [], nl: [] },
};
