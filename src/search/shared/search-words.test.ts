import { describe, expect, it } from 'vitest';
import { foldWord, isStopword, termsOf, wordSpans } from './search-words';

describe('search words', () => {
  it('folds case, accents, apostrophes, possessives and number separators', () => {
    expect(termsOf('Café O’Brien’s NATO’s 12,000 troops, Al-Qaeda; don’t')).toEqual([
      'cafe',
      'obrien',
      'nato',
      '12000',
      'troops',
      'al',
      'qaeda',
      'dont',
    ]);
    expect(foldWord('Ångström')).toBe('angstrom');
    expect(foldWord('STOLTENBERG')).toBe('stoltenberg');
  });

  it('reads combining accents as part of the word they mark', () => {
    expect(termsOf('Re\u0301sume\u0301 of the year')).toEqual(['resume', 'of', 'the', 'year']);
  });

  it('gives each word with its place in the text as written', () => {
    const text = '“The Taliban must,” he said.';
    expect(wordSpans(text).map(({ term, start, end }) => [term, text.slice(start, end)])).toEqual([
      ['the', 'The'],
      ['taliban', 'Taliban'],
      ['must', 'must'],
      ['he', 'he'],
      ['said', 'said'],
    ]);
  });

  it('knows the stopwords it does not index', () => {
    expect(isStopword('the')).toBe(true);
    expect(isStopword('taliban')).toBe(false);
  });
});
