import { describe, expect, it } from 'vitest';
import { headingsAt } from './heading-model';
import { isWireCrosshead, looksLikeHeading } from './headings';

const draft = (text: string, lineCount = 1) => ({ text, cuts: [], before: [], lineCount });
const body = draft('The ministers will focus on the training missions on October 23, especially in Afghanistan.');
const isHeading = (line: ReturnType<typeof draft>, next = body, previous = body): boolean =>
  headingsAt([previous, line, next])[1] as boolean;

describe('headingsAt', () => {
  it('takes short stand-alone lines that head what follows', () => {
    for (const text of [
      'Focus on training missions',
      'What happens next?',
      'Reaction',
      'The 2021 budget in numbers',
      'AFTER THE STORM',
      'By the numbers',
    ]) {
      expect(isHeading(draft(text)), text).toBe(true);
    }
  });

  it('does not take a broadcaster’s name tag over a soundbite for a heading', () => {
    const soundbite = draft('“Bookings for the summer are up by a fifth on last year.”');
    for (const text of [
      'Ann Fox – Minister of Tourism',
      'Tom Vale – President, Harbour Chamber of Commerce',
      'Maria Aalto - Chief Executive',
    ]) {
      expect(isHeading(draft(text), soundbite), text).toBe(false);
    }
    // A heading of the same shape heads what follows: no role after the dash, or no quotation under it.
    expect(isHeading(draft('Ferry Fares – The Figures'), soundbite)).toBe(true);
    expect(isHeading(draft('Ann Fox – Minister of Tourism'))).toBe(true);
  });

  it('does not take one word in lower case, left alone by a page’s markup, for a heading', () => {
    expect(isHeading(draft('said'))).toBe(false);
    expect(isHeading(draft('Reaction'))).toBe(true);
  });

  it('does not take one-sentence paragraphs, timestamps, credits, captions or bylines', () => {
    for (const text of [
      'He declined to comment.',
      'He declined to comment',
      '“We will be back,” she said',
      'Updated 10:45 GMT',
      'By Mara Ellingsen',
      'BY MARA ELLINGSEN',
      'By The Associated Press',
      'Photo: Kari Nes',
      'Source: Harbour Transit Authority',
      'Table 1. Ferry crossings by month',
      'Figure 2: Where the water rose',
      'Journal: Harbour Journal of Cardiology',
      'The plan, in short:',
      'It was over. Nobody cheered',
    ]) {
      expect(isHeading(draft(text)), text).toBe(false);
    }
  });

  it('takes a list introduced by a colon for a list, not for headings', () => {
    const intro = draft('These teams face three challenges, which the report lists in order of how often they came up:');
    const items = ['Justifying their existence and funding', 'Working within shifting priorities', 'Lacking the authority to decide'].map(
      (text) => draft(text),
    );
    expect(headingsAt([intro, ...items, body])).toEqual([false, false, false, false, false]);
  });

  it('takes a heading and the sub-heading under it, and a heading led by an emoji', () => {
    expect(headingsAt([body, draft('Tips for harbour visitors'), draft('Book your ferry early'), body])).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(isHeading(draft('🚀 Launches this year'))).toBe(true);
  });

  it('takes a question for a heading, but not a question put to someone', () => {
    expect(isHeading(draft('What is the threat?'))).toBe(true);
    expect(isHeading(draft('What makes you most proud of this project?'))).toBe(false);
  });

  it('never takes the last line, which heads nothing', () => {
    expect(headingsAt([body, draft('Focus on training missions')])).toEqual([false, false]);
  });

  it('never takes a paragraph joined from several lines', () => {
    expect(looksLikeHeading(draft('Focus on training missions', 2))).toBe(false);
    expect(isHeading(draft('Focus on training missions', 2))).toBe(false);
  });
});

describe('isWireCrosshead', () => {
  it('knows a wire’s crosshead between dashes, not an end mark, a score or a sign-off', () => {
    expect(isWireCrosshead("- 'Another 10 years' -")).toBe(true);
    expect(isWireCrosshead('— Record turnout —')).toBe(true);
    for (const line of ['- ENDS -', '— Name and address with the editor —', '- Half-time: Kelsford 1 Tamsel 1 -', '- the —'])
      expect(isWireCrosshead(line), line).toBe(false);
  });
});
