import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDateOfDay } from '@/article/day-number';
import type { SiteManifest } from '@/article/site-index';
import { decodeColumns, type DecodedColumns } from './decode-columns';
import { countWithin, createArticleIndex, firstOrdinalOnOrBefore, maskOf } from './article-index';

type Row = { date: string; topics: number[] };

/** Builds the manifest and columns ingest would write for these rows (already newest first), the columns decoded. */
function indexFiles(rows: Row[], topicCount: number): { manifest: SiteManifest; columns: DecodedColumns } {
  const sets: number[][] = [];
  const keys = new Map<string, number>();
  const topicSetOfArticle = rows.map(({ topics }) => {
    const set = [...new Set(topics)].sort((a, b) => a - b);
    const key = set.join(',');
    if (!keys.has(key)) keys.set(key, sets.push(set) - 1);
    return keys.get(key)!;
  });
  const days = rows.map(({ date }) => dayNumber(date));
  return {
    manifest: {
      format: 1,
      articleCount: rows.length,
      chunkSize: 100,
      chunkCount: 1,
      newest: rows[0]?.date ?? null,
      oldest: rows.at(-1)?.date ?? null,
      topics: Array.from({ length: topicCount }, (_, index) => ({
        qcode: `medtop:${String(index + 1).padStart(2, '0')}000000`,
        slug: `topic-${index}`,
        label: `topic ${index}`,
        parent: null,
        count: 0,
      })),
      days: [],
      credits: [],
    },
    columns: decodeColumns(
      { dayGaps: days.map((day, index) => (index === 0 ? day : days[index - 1]! - day)), topicSets: sets, topicSetOfArticle },
      'columns.json',
    ),
  };
}

const rows: Row[] = [
  { date: '2021-03-02', topics: [0] },
  { date: '2021-03-02', topics: [1, 0] },
  { date: '2021-01-15', topics: [2] },
  { date: '2020-12-31', topics: [0, 2] },
  { date: '2020-06-01', topics: [1] },
];

describe('the article index', () => {
  const { manifest, columns } = indexFiles(rows, 3);
  const index = createArticleIndex(manifest, columns);
  const all = { topics: [], from: null, to: null, masks: [] };

  it('matches everything when nothing is chosen, newest first', () => {
    const result = index.query(all);
    expect([...result.ordinals]).toEqual([0, 1, 2, 3, 4]);
    expect([...result.topicCounts]).toEqual([3, 2, 2]);
    expect(result.firstDay).toBe(dayNumber('2020-06-01'));
    expect(result.dayCounts[dayNumber('2021-03-02') - result.firstDay]).toBe(2);
  });

  it('matches any of several topics', () => {
    expect([...index.query({ ...all, topics: [1, 2] }).ordinals]).toEqual([1, 2, 3, 4]);
  });

  it('takes both dates inclusively, and counts topics within them', () => {
    const result = index.query({ ...all, from: '2020-12-31', to: '2021-01-15' });
    expect([...result.ordinals]).toEqual([2, 3]);
    expect([...result.topicCounts]).toEqual([1, 0, 2]);
  });

  it('counts the histogram under the topic filter but not the dates', () => {
    const result = index.query({ ...all, topics: [1], from: '2021-01-01' });
    expect([...result.ordinals]).toEqual([1]);
    const counted = [...result.dayCounts.entries()].filter(([, count]) => count > 0);
    expect(counted.map(([offset, count]) => [isoDateOfDay(result.firstDay + offset), count])).toEqual([
      ['2020-06-01', 1],
      ['2021-03-02', 1],
    ]);
  });

  it('combines entity masks with AND and the ordinals within one with OR', () => {
    const people = maskOf(5, [Uint32Array.of(0, 3), Uint32Array.of(4)]);
    const places = maskOf(5, [Uint32Array.of(3, 4)]);
    expect([...index.query({ ...all, masks: [people, places] }).ordinals]).toEqual([3, 4]);
  });

  it('agrees with a plain filter over random corpora and queries', () => {
    const day = fc.integer({ min: dayNumber('2015-01-01'), max: dayNumber('2024-12-31') });
    const row = fc.record({ day, topics: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }) });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.option(day, { nil: null }),
        fc.option(day, { nil: null }),
        fc.subarray([0, 1, 2, 3, 4, 5]),
        (raw, fromDay, toDay, topics) => {
          const sorted = raw.sort((a, b) => b.day - a.day).map(({ day: d, topics: t }) => ({ date: isoDateOfDay(d), topics: t }));
          const files = indexFiles(sorted, 6);
          const from = fromDay === null ? null : isoDateOfDay(fromDay);
          const to = toDay === null ? null : isoDateOfDay(toDay);
          const result = createArticleIndex(files.manifest, files.columns).query({ topics, from, to, masks: [] });
          const expected = sorted.flatMap((each, ordinal) =>
            (!from || each.date >= from) && (!to || each.date <= to) && (topics.length === 0 || each.topics.some((t) => topics.includes(t)))
              ? [ordinal]
              : [],
          );
          expect([...result.ordinals]).toEqual(expected);
        },
      ),
    );
  });
});

describe('countWithin', () => {
  it('counts each entity’s articles among the matches', () => {
    const matches = Uint32Array.of(1, 3, 4);
    const counts = countWithin(5, matches, [
      Uint32Array.of(0, 3),
      Uint32Array.of(4, 1, 3),
      Uint32Array.of(2),
      Uint32Array.of(),
      Uint32Array.of(9),
    ]);
    expect([...counts]).toEqual([1, 3, 0, 0, 0]);
  });

  it('agrees with counting by hand over random lists', () => {
    const ordinals = fc.uniqueArray(fc.integer({ min: 0, max: 49 }), { maxLength: 50 });
    fc.assert(
      fc.property(ordinals, fc.array(ordinals, { maxLength: 5 }), (matches, lists) => {
        const counts = countWithin(
          50,
          Uint32Array.from(matches),
          lists.map((list) => Uint32Array.from(list)),
        );
        expect([...counts]).toEqual(lists.map((list) => list.filter((ordinal) => matches.includes(ordinal)).length));
      }),
    );
  });
});

describe('firstOrdinalOnOrBefore', () => {
  it('finds the first day on or before the one asked for in a newest-first column', () => {
    const days = Int32Array.of(30, 30, 20, 10);
    expect([40, 30, 25, 20, 15, 10, 5].map((day) => firstOrdinalOnOrBefore(days, day))).toEqual([0, 0, 2, 2, 3, 3, 4]);
  });
});
