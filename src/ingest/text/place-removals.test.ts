import { describe, expect, it } from 'vitest';
import { metadataOf, placeRemovals } from './place-removals';
import type { Draft } from './text-parts';

const draft = (text: string, extra: Partial<Draft> = {}): Draft => ({ text, cuts: [], before: [], lineCount: 1, ...extra });

describe('placeRemovals', () => {
  it('places removals before and inside the headline, the blocks, and after the last', () => {
    const headline = draft('Headline', { before: [{ text: 'Home » News', reason: 'breadcrumbs' }] });
    const body = [
      draft('First.', { before: [{ text: 'By Mara Ellingsen', reason: 'byline', keptAs: 'byline' }] }),
      draft('Second.', { cuts: [{ text: '<b>', reason: 'HTML tag', offset: 3 }] }),
    ];
    expect(placeRemovals(headline, body, [{ text: 'Tags: a', reason: 'tag list' }])).toEqual([
      { text: 'Home » News', reason: 'breadcrumbs', at: -1 },
      { text: 'By Mara Ellingsen', reason: 'byline', at: 0, keptAs: 'byline' },
      { text: '<b>', reason: 'HTML tag', at: 1, offset: 3 },
      { text: 'Tags: a', reason: 'tag list', at: 2 },
    ]);
  });
});

describe('metadataOf', () => {
  it('keeps bylines, credits, captions and timestamps, trimmed as written', () => {
    expect(
      metadataOf([
        { text: 'By A', reason: 'byline', at: 0, keptAs: 'byline' },
        { text: 'By B', reason: 'byline', at: 0, keptAs: 'byline' },
        { text: ' - IANS', reason: 'agency credit', at: 3, offset: 40, keptAs: 'credit' },
        { text: '2 hours ago', reason: 'timestamp', at: 0, keptAs: 'timestamp' },
        { text: 'Share this:', reason: 'share buttons', at: 4 },
      ]),
    ).toEqual({ byline: 'By A · By B', credits: ['- IANS'], timestamps: ['2 hours ago'] });
  });
});
