import { describe, expect, it } from 'vitest';
import { dayNumber } from '@/article/day-number';
import { barsLabel, dayCountsOf, histogramBuckets, inRange, MAX_BARS } from './histogram-buckets';

/** The histogram of articles on these dates, from per-day counts as the manifest gives them (newest day first). */
function histogramFor(...dates: string[]) {
  const perDay = new Map<number, number>();
  for (const date of dates) perDay.set(dayNumber(date), (perDay.get(dayNumber(date)) ?? 0) + 1);
  const { dayCounts, firstDay } = dayCountsOf([...perDay].sort(([a], [b]) => b - a));
  return histogramBuckets(dayCounts, firstDay);
}

const total = (buckets: Array<{ count: number }>) => buckets.reduce((sum, bucket) => sum + bucket.count, 0);

describe('histogramBuckets', () => {
  it('has a bar per day for a short archive, empty days included', () => {
    const { dayCounts, firstDay } = dayCountsOf([
      [dayNumber('2024-03-03'), 2],
      [dayNumber('2024-03-01'), 1],
    ]);
    expect(histogramBuckets(dayCounts, firstDay)).toEqual({
      unit: 'day',
      buckets: [
        { from: '2024-03-01', to: '2024-03-01', count: 1, label: '1 March 2024' },
        { from: '2024-03-02', to: '2024-03-02', count: 0, label: '2 March 2024' },
        { from: '2024-03-03', to: '2024-03-03', count: 2, label: '3 March 2024' },
      ],
    });
  });

  it('has a bar per whole calendar month for an archive of months, and counts every article once', () => {
    const { dayCounts, firstDay } = dayCountsOf([
      [dayNumber('2024-09-27'), 4],
      [dayNumber('2024-02-29'), 2],
      [dayNumber('2023-12-15'), 3],
    ]);
    const { unit, buckets } = histogramBuckets(dayCounts, firstDay);
    expect(unit).toBe('month');
    expect(buckets).toHaveLength(10);
    expect(buckets[0]).toEqual({ from: '2023-12-01', to: '2023-12-31', count: 3, label: 'December 2023' });
    expect(buckets[2]).toMatchObject({ from: '2024-02-01', to: '2024-02-29', count: 2 });
    expect(buckets.at(-1)).toMatchObject({ from: '2024-09-01', to: '2024-09-30', count: 4 });
    expect(total(buckets)).toBe(9);
  });

  it('has a bar per year once months would be too many, per decade past that, per century past that', () => {
    const years = histogramFor('1950-06-01', '1990-01-01', '2024-12-31');
    expect(years.unit).toBe('year');
    expect(years.buckets).toHaveLength(2024 - 1950 + 1);
    expect(years.buckets[0]).toEqual({ from: '1950-01-01', to: '1950-12-31', count: 1, label: '1950' });
    expect(total(years.buckets)).toBe(3);

    const decades = histogramFor('1000-01-01', '2020-10-21', '2026-01-01');
    expect(decades.unit).toBe('decade');
    expect(decades.buckets).toHaveLength(103);
    expect(decades.buckets[0]).toEqual({ from: '1000-01-01', to: '1009-12-31', count: 1, label: '1000s' });
    expect(decades.buckets.at(-1)).toEqual({ from: '2020-01-01', to: '2029-12-31', count: 2, label: '2020s' });

    const centuries = histogramFor('1000-01-01', '2020-10-21', '2999-12-31');
    expect(centuries.unit).toBe('century');
    expect(centuries.buckets).toHaveLength(20);
    expect(centuries.buckets[0]).toEqual({ from: '1000-01-01', to: '1099-12-31', count: 1, label: '1000–1099' });
    expect(centuries.buckets.at(-1)).toEqual({ from: '2900-01-01', to: '2999-12-31', count: 1, label: '2900–2999' });
    expect(total(centuries.buckets)).toBe(3);
    expect(barsLabel(centuries.buckets, 'century', 0, 19)).toBe('1000 to 2999');
    expect(barsLabel(decades.buckets, 'decade', 0, 1)).toBe('1000s to 1010s');
  });

  it('never draws more than MAX_BARS bars, whatever the span', () => {
    const spans = [
      ['2020-01-01', '2020-04-05'],
      ['2014-01-01', '2024-12-31'],
      ['1905-03-01', '2024-12-31'],
      ['1000-01-01', '2199-12-31'],
      ['0100-01-01', '9999-12-31'],
    ];
    for (const [oldest, newest] of spans) {
      const { buckets } = histogramFor(oldest!, newest!);
      expect(buckets.length, `${oldest} to ${newest}`).toBeLessThanOrEqual(MAX_BARS);
      expect(total(buckets)).toBe(2);
      expect(buckets[0]!.from <= oldest! && buckets.at(-1)!.to >= newest!).toBe(true);
    }
  });

  it('marks the bars that overlap the chosen dates, with open ends', () => {
    const bar = { from: '2024-02-01', to: '2024-02-29', count: 1, label: '' };
    expect(inRange(bar, null, null)).toBe(false);
    expect(inRange(bar, '2024-02-15', null)).toBe(true);
    expect(inRange(bar, null, '2024-01-31')).toBe(false);
    expect(inRange(bar, '2024-02-29', '2024-03-10')).toBe(true);
  });
});
