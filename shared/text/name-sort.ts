// The key the requests list sorts names by: family name first. Names are free text typed by the
// DPO or imported, so the family name is derived, by these rules, in this order:
//  1. "Family, Given" (a comma): the part before the first comma is the family name. This is how
//     to state it for names the rules below would get wrong ("Kim, Min-jun", "Nagy, Anna").
//  2. Otherwise the last word is the family name, together with the lower-case name particles
//     written before it ("van der", "de", "von", "da", "di", "le", "ten", ...), which are then
//     left out of the key: "Jan van der Berg" sorts under B, as Dutch and German directories do.
//     A particle written with a capital ("Van Dyke", "De Vries" as one family name) is kept.
//  3. One word: that word.
// The key is the folded family name, then the folded given names (foldText: plain lower-case
// letters, so "Łukasiewicz" sorts with the L's and "Øystein" with the O's), separated by a
// character that sorts before every letter, so "Berg, Jan" comes before "Bergman, Anna".
import { foldText } from './fold';

const SEPARATOR = '\u0001';

/** Lower-case words before a family name that are not themselves what the name is sorted by. */
function isParticle(word: string): boolean {
  // Lower case as written, and short: "van", "der", "de", "von", "zu", "da", "dos", "di", "le", "la", "ten", "ter", "bin", "al"...
  return word === word.toLowerCase() && word !== word.toUpperCase() && [...word].length <= 4 && !/[.'’]/.test(word);
}

export interface NameParts {
  family: string;
  given: string;
}

export function splitName(fullName: string): NameParts {
  const name = fullName.replace(/\s+/g, ' ').trim();
  const comma = name.indexOf(',');
  if (comma > 0) return { family: name.slice(0, comma).trim(), given: name.slice(comma + 1).trim() };
  const words = name.split(' ').filter(Boolean);
  if (words.length <= 1) return { family: name, given: '' };
  const family = words[words.length - 1]!;
  let start = words.length - 1;
  while (start > 1 && isParticle(words[start - 1]!)) start -= 1;
  return { family, given: words.slice(0, start).join(' ') };
}

/** The stored sort key (requests.name_sort): folded family name, then folded given names. */
export function nameSortKey(fullName: string): string {
  const { family, given } = splitName(fullName);
  const key = foldText(family).trim();
  return given ? `${key}${SEPARATOR}${foldText(given).trim()}` : key;
}
