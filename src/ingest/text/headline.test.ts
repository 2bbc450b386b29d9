import { describe, expect, it } from 'vitest';
import { isHeadline } from './headline';
import type { Draft } from './text-parts';

const draft = (text: string, lineCount = 1): Draft => ({ text, cuts: [], before: [], lineCount });
const body = draft('The harbour tram will run again from Monday, the transit authority said.');

describe('isHeadline', () => {
  it('takes a short first line with no full stop, followed by the body', () => {
    expect(isHeadline(draft('Harbour tram to reopen after storm repairs'), body)).toBe(true);
    expect(isHeadline(draft('Will the tram ever run again?'), body)).toBe(true);
    expect(isHeadline(draft('‘Devastating’: storm hits harbour'), body)).toBe(true);
  });

  it('takes a long headline in title case, as releases write theirs, but no long line in sentence case', () => {
    const remarks =
      'Remarks by Secretary Janet L. Yellen on Anti-Corruption as a Cornerstone of a Fair, Accountable, and Democratic Economy at the Summit for Democracy';
    expect(isHeadline(draft(remarks), body)).toBe(true);
    const sentenceCase =
      'Secretary Yellen spoke about corruption as a cornerstone of a fair, accountable and democratic economy at the summit in Washington on Tuesday, her aides said after the meeting had ended';
    expect(isHeadline(draft(sentenceCase), body)).toBe(false);
  });

  it('takes a title-case headline a site ends with a full stop, but no notice in capitals', () => {
    expect(isHeadline(draft('Harbour Weighs In On Tram Dispute, Calls For Talks.'), body)).toBe(true);
    expect(isHeadline(draft('THIS STORY HAS BEEN UPDATED.'), body)).toBe(false);
    expect(isHeadline(draft('Harbour Tram. Weighs In.'), body)).toBe(false);
  });

  it('does not take a lead sentence, a wrapped fragment or a lone line', () => {
    expect(isHeadline(draft('The harbour tram will run again from Monday.'), body)).toBe(false);
    expect(isHeadline(draft('A letter written by a young soldier to his fiancée in the village of'), body)).toBe(false);
    expect(isHeadline(draft('Harbour tram to reopen'), undefined)).toBe(false);
    expect(isHeadline(draft('Harbour tram to reopen', 3), body)).toBe(false);
  });
});
