import { describe, expect, it } from 'vitest';
import { highlightParts, matchedTermCount } from './highlight';

describe('highlightParts', () => {
  it('marks the words that fold to a matched term, keeping the text as written', () => {
    const parts = highlightParts('NATO chief: Stoltenberg’s warning to the Taliban', new Set(['stoltenberg', 'taliban']));
    expect(parts).toEqual([
      { text: 'NATO chief: ', matched: false },
      { text: 'Stoltenberg’s', matched: true },
      { text: ' warning to the ', matched: false },
      { text: 'Taliban', matched: true },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe('NATO chief: Stoltenberg’s warning to the Taliban');
  });

  it('gives the whole text unmarked when nothing matches', () => {
    expect(highlightParts('Quiet day', new Set(['storm']))).toEqual([{ text: 'Quiet day', matched: false }]);
    expect(highlightParts('', new Set(['storm']))).toEqual([{ text: '', matched: false }]);
  });

  it('counts distinct matched terms', () => {
    expect(matchedTermCount('Taliban, Taliban and NATO', new Set(['taliban', 'nato', 'doha']))).toBe(2);
  });
});
