import { describe, expect, it } from 'vitest';
import type { Article } from '../article/article-schema';
import { excerptOf } from './derive-fields';

const paragraph = (text: string) => ({ type: 'paragraph', inlines: [{ type: 'text', text }] }) as Article['blocks'][number];

describe('excerptOf', () => {
  it('is the lead paragraph when the title is a headline of its own', () => {
    expect(excerptOf({ blocks: [paragraph('The council met on Monday.')] }, 'Council meets')).toBe('The council met on Monday.');
  });

  it('never repeats a title made from the lead sentence: the rest of the lead, else the next paragraph', () => {
    const lead = 'The council met on Monday. It voted to close the bridge.';
    expect(excerptOf({ blocks: [paragraph(lead)] }, 'The council met on Monday.')).toBe('It voted to close the bridge.');
    const whole = 'The council met on Monday, and voted to close the bridge for the winter';
    expect(excerptOf({ blocks: [paragraph(whole), paragraph('Traffic will go by the ferry.')] }, whole)).toBe(
      'Traffic will go by the ferry.',
    );
    // A title cut from a long lead ends in an ellipsis; the lead's rest would start mid-sentence.
    expect(excerptOf({ blocks: [paragraph(whole), paragraph('Traffic will go by the ferry.')] }, 'The council met on Monday, and…')).toBe(
      'Traffic will go by the ferry.',
    );
    expect(excerptOf({ blocks: [paragraph(whole)] }, whole)).toBe('');
  });

  it('goes on from a title cut at a clause’s end with an ellipsis, not with the sentence’s second half alone', () => {
    const lead = 'The 2012/13 season has not finished yet but Kelsford have already signed a new midfielder.';
    expect(excerptOf({ blocks: [paragraph(lead)] }, 'The 2012/13 season has not finished')).toBe(
      '…yet but Kelsford have already signed a new midfielder.',
    );
    expect(
      excerptOf({ blocks: [paragraph('The council met on Monday, and voted to close the bridge.')] }, 'The council met on Monday'),
    ).toBe('…and voted to close the bridge.');
    // The whole first sentence, its full stop dropped: the next sentence, as it stands.
    expect(excerptOf({ blocks: [paragraph('Tom Vale won the marathon. He finished in record time.')] }, 'Tom Vale won the marathon')).toBe(
      'He finished in record time.',
    );
  });

  it('leaves the lead whole under a headline that happens to open it, or ends inside its first word', () => {
    const lead = 'Rovers sack manager Tom Vale after eight defeats in nine games.';
    expect(excerptOf({ blocks: [paragraph(lead)] }, 'Rovers sack manager', 'headline')).toBe(lead);
    expect(excerptOf({ blocks: [paragraph('Fires destroyed the stock.')] }, 'Fire', 'lead')).toBe('Fires destroyed the stock.');
  });
});
