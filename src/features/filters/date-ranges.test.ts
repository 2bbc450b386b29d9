import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../article/day-number';
import { monthsOf, quickRanges } from './date-ranges';

describe('quickRanges', () => {
  it('counts back from the newest article', () => {
    expect(quickRanges('2024-03-10')).toEqual([
      { label: 'Last 7 days', from: '2024-03-04', to: '2024-03-10' },
      { label: 'Last 30 days', from: '2024-02-10', to: '2024-03-10' },
      { label: 'Last 12 months', from: '2023-03-11', to: '2024-03-10' },
      { label: 'This year (2024)', from: '2024-01-01', to: '2024-03-10' },
      { label: 'Last year (2023)', from: '2023-01-01', to: '2023-12-31' },
    ]);
  });

  it('copes with a newest article on 29 February', () => {
    expect(quickRanges('2024-02-29')[2]).toEqual({ label: 'Last 12 months', from: '2023-03-01', to: '2024-02-29' });
  });
});

describe('monthsOf', () => {
  it('adds the days of each month up, newest month first, with the bounds of the month', () => {
    const firstDay = dayNumber('2020-01-30');
    const counts = new Uint32Array(40);
    counts[0] = 2; // 30 Jan
    counts[1] = 1; // 31 Jan
    counts[30] = 4; // 29 Feb (leap year)
    counts[31] = 1; // 1 Mar
    expect(monthsOf(counts, firstDay)).toEqual([
      { month: '2020-03', from: '2020-03-01', to: '2020-03-31', count: 1 },
      { month: '2020-02', from: '2020-02-01', to: '2020-02-29', count: 4 },
      { month: '2020-01', from: '2020-01-01', to: '2020-01-31', count: 3 },
    ]);
  });
});
