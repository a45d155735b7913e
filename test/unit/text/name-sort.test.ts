import { describe, expect, it } from 'vitest';
import { nameSortKey, splitName } from '../../../shared/text/name-sort';
import { foldText, germanUmlautForm, searchForms } from '../../../shared/text/fold';

describe('family-name sort key', () => {
  it.each([
    ['Jan van der Berg', { family: 'Berg', given: 'Jan' }],
    ['Maria de la Cruz', { family: 'Cruz', given: 'Maria' }],
    ['Ludwig van Beethoven', { family: 'Beethoven', given: 'Ludwig' }],
    ['Dick Van Dyke', { family: 'Dyke', given: 'Dick Van' }],
    ['Kim, Min-jun', { family: 'Kim', given: 'Min-jun' }],
    ['  Ada   Lovelace ', { family: 'Lovelace', given: 'Ada' }],
    ['Cher', { family: 'Cher', given: '' }],
    ['van Gogh', { family: 'Gogh', given: 'van' }],
  ])('%s', (name, parts) => {
    expect(splitName(name)).toEqual(parts);
  });

  it('folds to plain letters and puts the family name first', () => {
    expect(nameSortKey('Anna Łukasiewicz')).toBe('lukasiewicz\u0001anna');
    expect(nameSortKey('Berg, Jan') < nameSortKey('Anna Bergman')).toBe(true);
  });
});

describe('folding', () => {
  it('folds any script to plain lower-case letters', () => {
    expect(foldText('Ðorđe Łukasiewicz')).toBe('dorde lukasiewicz');
    expect(foldText('Иванов')).toBe('ivanov');
  });

  it('adds the German umlaut spelling only where there is an umlaut', () => {
    expect(germanUmlautForm('Müller')).toBe('mueller');
    expect(germanUmlautForm('Muller')).toBeNull();
    expect(searchForms('Müller')).toBe('muller\nmueller');
    expect(searchForms('Ada Lovelace')).toBe('');
  });
});
