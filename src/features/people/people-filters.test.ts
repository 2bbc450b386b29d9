import { describe, expect, it } from 'vitest';
import type { PeopleMonth, PersonQuote } from '@/article/people-index';
import { nameMatches, nameShardsFor } from '@/data/people-names';
import { monthsInRange, peopleInMonths, quotesMatching } from './people-filters';

const POLITICS = 'medtop:11000000';
const WAR = 'medtop:16000000';
const quote = (id: string, date: string, topics: string[], text: string): PersonQuote => ({
  id,
  date,
  title: `On ${id}`,
  n: 1,
  text,
  topics,
});
const none = { q: '', from: null, to: null, qcodes: [] };

describe('the people filters', () => {
  const quotes = [quote('c', '2021-03-02', [POLITICS], 'We stand together'), quote('b', '2020-02-10', [WAR], 'Peace takes time')];

  it('keeps a person’s quotations by date, topic and words', () => {
    expect(quotesMatching(quotes, none)).toEqual(quotes);
    expect(quotesMatching(quotes, { ...none, from: '2021-01-01' }).map((each) => each.id)).toEqual(['c']);
    expect(quotesMatching(quotes, { ...none, qcodes: [WAR] }).map((each) => each.id)).toEqual(['b']);
    expect(quotesMatching(quotes, { ...none, q: 'PEACE time' }).map((each) => each.id)).toEqual(['b']);
    expect(quotesMatching(quotes, { ...none, q: 'peace', to: '2019-12-31' })).toEqual([]);
  });

  it('finds a name by the start of any of its words, accents or not', () => {
    expect(nameMatches(['jens-stoltenberg', 'Jens Stoltenberg', 3], 'stolt')).toBe(true);
    expect(nameMatches(['jens-stoltenberg', 'Jens Stoltenberg', 3], 'jens stol')).toBe(true);
    expect(nameMatches(['jose-ramos', 'José Ramos', 1], 'jose')).toBe(true);
    expect(nameMatches(['jens-stoltenberg', 'Jens Stoltenberg', 3], 'tenberg')).toBe(false);
  });

  it('reads the name shard of a query’s first two letters, or every shard of its one letter', () => {
    const shards = ['je', 'o', 'ob', 'ol', 'st', 'ze'];
    expect(nameShardsFor('  Stolt', shards)).toEqual(['st']);
    expect(nameShardsFor('Żelazny', shards)).toEqual(['ze']);
    expect(nameShardsFor('jens stol', shards)).toEqual(['je']);
    expect(nameShardsFor('o', shards)).toEqual(['o', 'ob', 'ol']);
    expect(nameShardsFor('ab', shards)).toEqual([]);
    expect(nameShardsFor('', shards)).toBeNull();
  });

  it('counts speakers over the months a date range touches, on the chosen topics', () => {
    expect(monthsInRange(['2021-03', '2021-02', '2020-12'], '2021-02-15', null)).toEqual(['2021-03', '2021-02']);
    const march: PeopleMonth = [
      [
        'jens-stoltenberg',
        'Jens Stoltenberg',
        [
          [[POLITICS], 2],
          [[WAR], 1],
        ],
      ],
      ['ida-rasten', 'Ida Rasten', [[[WAR], 4]]],
    ];
    expect(peopleInMonths([march], [POLITICS])).toEqual([['jens-stoltenberg', 'Jens Stoltenberg', 2]]);
    expect(peopleInMonths([march, march], [])).toEqual([
      ['ida-rasten', 'Ida Rasten', 8],
      ['jens-stoltenberg', 'Jens Stoltenberg', 6],
    ]);
  });
});
