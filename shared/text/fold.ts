// Folding names to plain letters, so a DPO who types "lukasiewicz" finds "Łukasiewicz". An access
// request for which a record of the subject is missed is an incomplete answer (GDPR Art. 15(1)),
// and people rarely type a name with its diacritics, or in its script.
//
// The transliteration is any-ascii's (a maintained Unicode table over every script: Ł → L, Ð → D,
// Ø → O, Ђ → Dj, Greek and Cyrillic romanised), never a hand-typed table here. The one convention
// added on top is German: an umlaut is also written as the vowel plus "e" ("Müller" / "Mueller"),
// so that spelling is indexed as a second form.
import anyAscii from 'any-ascii';

/** The plain-letter, lower-case form of a text: for indexing and for queries alike. */
export function foldText(text: string): string {
  return anyAscii(text.normalize('NFC')).toLowerCase();
}

const UMLAUT = /([aouAOU])\u0308/g;

/** The German spelling of umlauts as vowel + e ("Müller" → "mueller"), or null when there is none. */
export function germanUmlautForm(text: string): string | null {
  const decomposed = text.normalize('NFD');
  if (!UMLAUT.test(decomposed)) return null;
  UMLAUT.lastIndex = 0;
  return foldText(decomposed.replace(UMLAUT, '$1e'));
}

/**
 * Every plain-letter form under which a name is found, one per line: the folded name, then the
 * German umlaut form when it differs. Empty when folding changes nothing (the name itself is
 * indexed already, and the case-insensitive index needs no second copy).
 */
export function searchForms(text: string): string {
  const forms = new Set<string>();
  const folded = foldText(text);
  if (folded !== text.toLowerCase()) forms.add(folded);
  const german = germanUmlautForm(text);
  if (german !== null) forms.add(german);
  return [...forms].join('\n');
}
