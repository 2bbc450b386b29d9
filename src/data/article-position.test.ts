import { describe, expect, it } from 'vitest';
import { dayNumber } from '@/article/day-number';
import type { ArticleCard } from '@/article/site-index';
import { cardsAround, chunksAround, neighboursIn, ordinalRangeOfDate } from './article-position';

const days: Array<[number, number]> = [
  [dayNumber('2024-09-27'), 3],
  [dayNumber('2024-09-20'), 120],
  [dayNumber('2020-10-21'), 2],
];

describe('ordinalRangeOfDate', () => {
  it('finds the ordinals of a day from the histogram', () => {
    expect(ordinalRangeOfDate(days, '2024-09-27')).toEqual({ start: 0, end: 3 });
    expect(ordinalRangeOfDate(days, '2024-09-20')).toEqual({ start: 3, end: 123 });
    expect(ordinalRangeOfDate(days, '2020-10-21')).toEqual({ start: 123, end: 125 });
  });

  it('gives an empty range for a day without articles', () => {
    expect(ordinalRangeOfDate(days, '2022-01-01')).toEqual({ start: 123, end: 123 });
  });
});

describe('chunksAround', () => {
  const manifest = { chunkSize: 100, articleCount: 125 };

  // 125 articles: 0.json holds positions 0-99; numbered from the oldest end, 1.json positions 25-124, 2.json 0-24.
  it('covers the day and one article either side', () => {
    expect(chunksAround({ start: 0, end: 3 }, manifest)).toEqual([0]);
    expect(chunksAround({ start: 3, end: 123 }, manifest)).toEqual([0, 1]);
    expect(chunksAround({ start: 123, end: 125 }, manifest)).toEqual([1]);
    expect(chunksAround({ start: 98, end: 99 }, manifest)).toEqual([0]);
    expect(chunksAround({ start: 100, end: 101 }, manifest)).toEqual([0, 1]);
  });

  it('gives the cards around a day in list order, each once, from chunks that overlap', () => {
    const cards = Array.from({ length: 125 }, (_, ordinal) => ({ id: `a${ordinal}` }) as ArticleCard);
    const chunkCards = [cards.slice(0, 100), cards.slice(25, 125)];
    const around = cardsAround({ start: 3, end: 123 }, manifest, [0, 1], chunkCards);
    expect(around.map((card) => card.id)).toEqual(cards.slice(2, 124).map((card) => card.id));
  });

  it('needs nothing for a day the manifest does not have', () => {
    expect(chunksAround({ start: 123, end: 123 }, manifest)).toEqual([]);
  });
});

describe('neighboursIn', () => {
  const card = (id: string, topics: string[]): ArticleCard => ({
    id,
    date: '2024-09-20',
    title: id,
    excerpt: '',
    topics,
    readingMinutes: 1,
    quoteCount: 0,
    mainSpeaker: null,
  });
  const cards = [
    card('a', ['medtop:11000000']),
    card('b', ['medtop:04000000']),
    card('c', ['medtop:11000000', 'medtop:04000000']),
    card('d', ['medtop:11000000']),
    card('e', ['medtop:15000000']),
    card('f', ['medtop:11000000', 'medtop:04000000']),
  ];

  it('takes the cards before and after in list order', () => {
    const found = neighboursIn(cards, { id: 'c', topics: ['medtop:11000000', 'medtop:04000000'] });
    expect(found.previous?.id).toBe('b');
    expect(found.next?.id).toBe('d');
  });

  it('ranks related cards by shared topics, then nearness, leaving out previous and next', () => {
    const found = neighboursIn(cards, { id: 'c', topics: ['medtop:11000000', 'medtop:04000000'] });
    expect(found.related.map((each) => each.id)).toEqual(['f', 'a']);
  });

  it('relates only cards on the main topic, which "More on <topic>" names', () => {
    const found = neighboursIn(cards, { id: 'c', topics: ['medtop:04000000', 'medtop:11000000'] });
    // "a" shares a topic, but not the main one.
    expect(found.related.map((each) => each.id)).toEqual(['f']);
  });

  it('has no previous at the top of the list and no next at the bottom', () => {
    expect(neighboursIn(cards, { id: 'a', topics: [] }).previous).toBeNull();
    expect(neighboursIn(cards, { id: 'f', topics: [] }).next).toBeNull();
  });

  it('finds nothing when the article is not among the cards', () => {
    expect(neighboursIn(cards, { id: 'zz', topics: ['medtop:11000000'] })).toEqual({ previous: null, next: null, related: [] });
  });
});
