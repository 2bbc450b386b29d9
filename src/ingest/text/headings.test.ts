import { describe, expect, it } from 'vitest';
import { isHeading, looksLikeHeading } from './headings';

const draft = (text: string, lineCount = 1) => ({ text, cuts: [], before: [], lineCount });
const body = draft('The ministers will focus on the training missions on October 23, especially in Afghanistan.');

describe('isHeading', () => {
  it('takes short stand-alone lines that head what follows', () => {
    for (const text of ['Focus on training missions', 'What happens next?', 'Reaction', 'The 2021 budget in numbers', 'AFTER THE STORM']) {
      expect(isHeading(draft(text), body), text).toBe(true);
    }
  });

  it('does not take one-sentence paragraphs, timestamps, credits, captions or bylines', () => {
    for (const text of [
      'He declined to comment.',
      'He declined to comment',
      '“We will be back,” she said',
      'Updated 10:45 GMT',
      'By Mara Ellingsen',
      'Photo: Kari Nes',
      'Source: Harbour Transit Authority',
      'The plan, in short:',
      'It was over. Nobody cheered',
    ]) {
      expect(isHeading(draft(text), body), text).toBe(false);
    }
  });

  it('needs body text after it, not another short line or nothing', () => {
    expect(isHeading(draft('Focus on training missions'), undefined)).toBe(false);
    expect(isHeading(draft('Related'), draft('Harbour tram line to reopen'))).toBe(false);
  });

  it('never takes a paragraph joined from several lines', () => {
    expect(looksLikeHeading(draft('Focus on training missions', 2))).toBe(false);
  });
});
