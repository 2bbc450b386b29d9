import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, hasFilters, readFilters, toggleFilterValue, writeFilters, type ListFilters } from './list-filters';

const TOPICS = new Set(['politics', 'conflict-war-and-peace', 'economy-business-and-finance', 'sport']);
const read = (query: string) => readFilters(new URLSearchParams(query), TOPICS);

describe('reading filters from the URL', () => {
  it('reads every kind of filter', () => {
    const { filters, notices } = read(
      'q=ceasefire&topic=conflict-war-and-peace&topic=politics&from=2020-01-01&to=2020-12-31&person=Jens+Stoltenberg&organisation=NATO&place=Afghanistan&unread=1',
    );
    expect(notices).toEqual([]);
    expect(filters).toEqual({
      q: 'ceasefire',
      topics: ['conflict-war-and-peace', 'politics'],
      from: '2020-01-01',
      to: '2020-12-31',
      people: ['Jens Stoltenberg'],
      organisations: ['NATO'],
      places: ['Afghanistan'],
      unread: true,
    });
  });

  it('leaves out what it cannot honour, and says so', () => {
    const { filters, notices } = read('from=banana&to=2021-02-30&topic=nonsense&topic=sport&unread=yes');
    expect(filters).toEqual({ ...NO_FILTERS, topics: ['sport'] });
    expect(notices).toEqual([
      'There is no topic “nonsense”, so it was left out.',
      '“banana” is not a date written YYYY-MM-DD, so the “from” date was left out.',
      '“2021-02-30” is not a date written YYYY-MM-DD, so the “to” date was left out.',
      '“unread=yes” is not “unread=1”, so read articles are shown.',
    ]);
  });

  it('swaps dates given the wrong way round', () => {
    const { filters, notices } = read('from=2021-05-01&to=2021-01-01');
    expect([filters.from, filters.to]).toEqual(['2021-01-01', '2021-05-01']);
    expect(notices).toHaveLength(1);
  });

  it('drops repeated and empty values', () => {
    expect(read('topic=sport&topic=sport&person=&person=%20Ann%20').filters).toEqual({
      ...NO_FILTERS,
      topics: ['sport'],
      people: ['Ann'],
    });
  });
});

describe('writing filters to the URL', () => {
  it('writes nothing for no filters', () => {
    expect(writeFilters(NO_FILTERS)).toBe('');
    expect(hasFilters(NO_FILTERS)).toBe(false);
  });

  it('writes a canonical query string', () => {
    const filters = { ...NO_FILTERS, topics: ['politics', 'sport'], from: '2020-01-01', q: 'nato talks' };
    expect(writeFilters(filters)).toBe('q=nato+talks&topic=politics&topic=sport&from=2020-01-01');
    expect(writeFilters({ ...NO_FILTERS, unread: true })).toBe('unread=1');
    expect(hasFilters({ ...NO_FILTERS, unread: true })).toBe(true);
  });

  it('round-trips any valid filters through the URL', () => {
    const day = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const words = fc.array(
      fc
        .string({ minLength: 1, maxLength: 12 })
        .map((text) => text.trim())
        .filter(Boolean),
      {
        maxLength: 3,
      },
    );
    const filters = fc
      .record({
        q: fc.string({ maxLength: 20 }).map((text) => text.trim()),
        topics: fc.subarray([...TOPICS]),
        from: fc.option(day, { nil: null }),
        to: fc.option(day, { nil: null }),
        people: words.map((list) => [...new Set(list)]),
        organisations: words.map((list) => [...new Set(list)]),
        places: words.map((list) => [...new Set(list)]),
        unread: fc.boolean(),
      })
      .filter(({ from, to }) => !from || !to || from <= to);
    fc.assert(
      fc.property(filters, (original: ListFilters) => {
        const { filters: back, notices } = read(writeFilters(original));
        expect(notices).toEqual([]);
        expect(back).toEqual(original);
      }),
    );
  });
});

describe('toggleFilterValue', () => {
  it('adds a value that is not there and removes one that is', () => {
    const once = toggleFilterValue(NO_FILTERS, 'topics', 'sport');
    expect(once.topics).toEqual(['sport']);
    expect(toggleFilterValue(once, 'topics', 'sport').topics).toEqual([]);
  });
});
