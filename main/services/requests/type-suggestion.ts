// Which rights an e-mail asks for, read from its subject and body in English and Dutch, as a
// suggestion for the DPO to confirm: never a decision, and never "other" by default (an unchosen
// type would hide an access request among the miscellany). Each rule names the article of the
// right; the article numbers themselves ("AVG art. 15", "Article 17 GDPR") count too.
import { REQUEST_TYPES, type RequestType } from '../../../shared/model/request';

const RULES: Array<{ type: RequestType; words: RegExp }> = [
  // GDPR Art. 15: right of access.
  { type: 'access', words: /\b(subject access|access request|dsar|sar)\b|copy of (all )?(my|the) (personal )?(data|information)|what (personal )?(data|information) (you|do you)|inzage|welke (persoons)?gegevens|kopie van (al )?mijn (persoons)?gegevens/ },
  // GDPR Art. 16: rectification.
  { type: 'rectification', words: /rectif|\bcorrect (my|the)\b|incorrect|inaccurate|rectificatie|corrigeren|correctie|onjuist|klopt niet/ },
  // GDPR Art. 17: erasure.
  { type: 'erasure', words: /\berase|erasure|\bdelete (my|all)|deletion|remove (my|all) (personal )?(data|details|information|account)|right to be forgotten|verwijder|vergeten te worden|\bwissen\b/ },
  // GDPR Art. 18: restriction of processing.
  { type: 'restriction', words: /\brestrict|beperking van (de )?verwerking|verwerking (te )?beperken/ },
  // GDPR Art. 20: data portability.
  { type: 'portability', words: /portab|machine[- ]readable|transfer my (personal )?data|overdraagbaarheid|dataportabiliteit|gegevens overdragen/ },
  // GDPR Art. 21(1): objection.
  { type: 'objection', words: /\bobject to\b|\bobjection\b|\bbezwaar\b/ },
  // GDPR Art. 21(2)-(3): objection to direct marketing.
  { type: 'marketing-optout', words: /unsubscribe|opt[- ]?out|no (more )?(marketing|newsletters?|promotional)|stop (sending|emailing)|afmelden|uitschrijven|geen (reclame|nieuwsbrief|nieuwsbrieven|marketing)/ },
  // GDPR Art. 7(3): withdrawal of consent.
  { type: 'consent-withdrawal', words: /withdraw(ing)? (my )?consent|revoke (my )?consent|toestemming (in ?te ?trekken|intrekken)|trek (hierbij )?mijn toestemming|intrekking van (mijn )?toestemming/ },
  // GDPR Art. 22: automated individual decision-making.
  { type: 'automated-decision', words: /automated (individual )?decision|profiling|human (review|intervention)|geautomatiseerd(e)? (besluit|besluitvorming)|profilering|menselijke tussenkomst/ },
];

/** "Art. 15", "artikel 17", "Article 20 GDPR", "AVG art. 21": the article names the right. */
const ARTICLE = /\bart(?:ikel|icle|\.)?\s*(15|16|17|18|20|21|22)\b/g;
const BY_ARTICLE: Record<string, RequestType> = {
  '15': 'access',
  '16': 'rectification',
  '17': 'erasure',
  '18': 'restriction',
  '20': 'portability',
  '21': 'objection',
  '22': 'automated-decision',
};

/** The request types the text asks for, in the register's order; empty when it does not say. */
export function suggestRequestTypes(subject: string, body: string): RequestType[] {
  const text = `${subject}\n${body}`.toLowerCase().normalize('NFC');
  const found = new Set<RequestType>();
  for (const r of RULES) if (r.words.test(text)) found.add(r.type);
  for (const m of text.matchAll(ARTICLE)) found.add(BY_ARTICLE[m[1]!]!);
  return REQUEST_TYPES.filter((t) => found.has(t));
}
