import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../article/day-number';
import { dayCountsOf, histogramBuckets, inRange } from './histogram-buckets';

describe('histogramBuckets', () => {
  it('has a bar per day for a short archive, empty days included', () => {
    const { dayCounts, firstDay } = dayCountsOf([
      [dayNumber('2024-03-03'), 2],
      [dayNumber('2024-03-01'), 1],
    ]);
    expect(histogramBuckets(dayCounts, firstDay)).toEqual([
      { from: '2024-03-01', to: '2024-03-01', count: 1, label: '1 March 2024' },
      { from: '2024-03-02', to: '2024-03-02', count: 0, label: '2 March 2024' },
      { from: '2024-03-03', to: '2024-03-03', count: 2, label: '3 March 2024' },
    ]);
  });

  it('has a bar per whole calendar month for a long archive, and counts every article once', () => {
    const { dayCounts, firstDay } = dayCountsOf([
      [dayNumber('2024-09-27'), 4],
      [dayNumber('2024-02-29'), 2],
      [dayNumber('2023-12-15'), 3],
    ]);
    const buckets = histogramBuckets(dayCounts, firstDay);
    expect(buckets).toHaveLength(10);
    expect(buckets[0]).toEqual({ from: '2023-12-01', to: '2023-12-31', count: 3, label: 'December 2023' });
    expect(buckets[2]).toMatchObject({ from: '2024-02-01', to: '2024-02-29', count: 2 });
    expect(buckets.at(-1)).toMatchObject({ from: '2024-09-01', to: '2024-09-30', count: 4 });
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(9);
  });

  it('marks the bars that overlap the chosen dates, with open ends', () => {
    const bar = { from: '2024-02-01', to: '2024-02-29', count: 1, label: '' };
    expect(inRange(bar, null, null)).toBe(false);
    expect(inRange(bar, '2024-02-15', null)).toBe(true);
    expect(inRange(bar, null, '2024-01-31')).toBe(false);
    expect(inRange(bar, '2024-02-29', '2024-03-10')).toBe(true);
  });
});
