import { describe, expect, it } from 'vitest';
import { firstSentence } from './lead-sentence';

describe('firstSentence', () => {
  it('stops at the first sentence end', () => {
    expect(firstSentence('The council met. It agreed.')).toBe('The council met.');
    expect(firstSentence('Is it over? Nobody knows.')).toBe('Is it over?');
  });

  it('does not stop at abbreviations, initials or dotted names', () => {
    expect(firstSentence('Dr. Ana Ruiz and J. K. Osei met U.S. officials on Jan. 4 in St. Ives. Then they left.')).toBe(
      'Dr. Ana Ruiz and J. K. Osei met U.S. officials on Jan. 4 in St. Ives.',
    );
  });

  it('keeps a closing quotation mark with its sentence', () => {
    expect(firstSentence('“We are ready.” The mayor said so.')).toBe('“We are ready.”');
  });

  it('returns a paragraph with no sentence end whole', () => {
    expect(firstSentence('no full stop here')).toBe('no full stop here');
    expect(firstSentence('Prices rose 2.5 per cent in May. More later.')).toBe('Prices rose 2.5 per cent in May.');
  });
});

// A long run of punctuation once made each try of the boundary scan the rest of the run again.
describe('firstSentence on a long run of punctuation', { timeout: 60_000 }, () => {
  it('ends the sentence after the whole run', () => {
    const run = '!'.repeat(200_000);
    expect(firstSentence(`Wow${run} Next one.`)).toBe(`Wow${run}`);
    expect(firstSentence(run)).toBe(run);
  });
});
