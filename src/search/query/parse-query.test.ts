import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery } from './parse-query';

describe('parseQuery', () => {
  it('reads words, leaving out stopwords and repeats', () => {
    expect(parseQuery('  Stoltenberg and the TALIBAN, stoltenberg ').words.map((word) => word.term)).toEqual(['stoltenberg', 'taliban']);
  });

  it('lets words of three letters or more match as prefixes', () => {
    const [short, prefix] = parseQuery('un nat').words;
    expect(short).toMatchObject({ term: 'un', prefix: false });
    expect(prefix).toMatchObject({ term: 'nat', prefix: true });
  });

  it('forgives one typo from five letters and two from nine, never in numbers', () => {
    const edits = parseQuery('nato troop stoltenbrg 12000 2024').words.map((word) => [word.term, word.edits]);
    expect(edits).toEqual([
      ['nato', 0],
      ['troop', 1],
      ['stoltenbrg', 2],
      ['12000', 0],
      ['2024', 0],
    ]);
  });

  it('reads "double-quoted" phrases, straight or curly, without their stopwords', () => {
    expect(parseQuery('"stand together" nato “price of oil”')).toEqual({
      words: [{ term: 'nato', prefix: true, edits: 0 }],
      phrases: [
        ['stand', 'together'],
        ['price', 'oil'],
      ],
    });
  });

  it('searches a phrase while its closing mark is still to be typed', () => {
    expect(parseQuery('ceasefire "stand toge').phrases).toEqual([['stand', 'toge']]);
  });

  it('searches a pasted paragraph by its first ten words', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve';
    expect(parseQuery(text).words.map((word) => word.term)).toEqual(text.split(' ').slice(0, 10));
  });

  it('finds nothing to search in empty input, punctuation or stopwords alone', () => {
    for (const text of ['', '   ', '""', '?!', 'the of and']) expect(isEmptyQuery(parseQuery(text))).toBe(true);
    expect(isEmptyQuery(parseQuery('"the"'))).toBe(true);
    expect(isEmptyQuery(parseQuery('nato'))).toBe(false);
  });
});
