import { describe, expect, it } from 'vitest';
import { articleFixture, quote, text } from '../testing/article-fixture';
import { matchingQuotations } from './matching-quotations';

const article = articleFixture('harbour-talks', [
  [text('The harbour talks resumed. '), quote('We will not sign away the harbour', 'Mara Velink'), text(', said Velink.')],
  [quote('The fleet stays in port until the storm passes', 'Osric Dunmere')],
  [quote('Nobody wants a strike,', 'Mara Velink'), text(' she added. '), quote('Least of all the harbour crews.', null, true)],
  [quote('scare quotes', null)],
]);

describe('matchingQuotations', () => {
  it('gives the quotations holding matched words, most matches first, with their speaker', () => {
    const matches = matchingQuotations(article, new Set(['harbour', 'velink']));
    expect(matches.map((match) => [match.n, match.speaker])).toEqual([
      [1, 'Mara Velink'],
      [3, 'Mara Velink'],
    ]);
    expect(matches[0]!.parts.filter((part) => part.matched).map((part) => part.text)).toEqual(['harbour']);
    expect(matches[0]!.speakerParts).toEqual([
      { text: 'Mara ', matched: false },
      { text: 'Velink', matched: true },
    ]);
  });

  it('joins a quotation continued over paragraphs', () => {
    const [match] = matchingQuotations(article, new Set(['crews']));
    expect(match!.n).toBe(3);
    expect(match!.parts.map((part) => part.text).join('')).toBe('Nobody wants a strike, Least of all the harbour crews.');
  });

  it('shows every quotation of a matched speaker', () => {
    expect(matchingQuotations(article, new Set(['dunmere'])).map((match) => match.n)).toEqual([2]);
  });

  it('gives nothing when no quotation matches', () => {
    expect(matchingQuotations(article, new Set(['budget']))).toEqual([]);
  });
});
