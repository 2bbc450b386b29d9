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

  it('does not take a lead sentence, a wrapped fragment or a lone line', () => {
    expect(isHeadline(draft('The harbour tram will run again from Monday.'), body)).toBe(false);
    expect(isHeadline(draft('A letter written by a young soldier to his fiancée in the village of'), body)).toBe(false);
    expect(isHeadline(draft('Harbour tram to reopen'), undefined)).toBe(false);
    expect(isHeadline(draft('Harbour tram to reopen', 3), body)).toBe(false);
  });
});
