import { describe, expect, it } from 'vitest';
import { dayNumber } from '@/article/day-number';
import { localToday, newestWeek, periodsOf, quickRanges } from './date-ranges';

describe('quickRanges', () => {
  it('counts back from the day given (today)', () => {
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

  it('writes years before 1000 with four digits, and offers no range that would start before year 0', () => {
    expect(quickRanges('1000-01-03')).toEqual([
      { label: 'Last 7 days', from: '0999-12-28', to: '1000-01-03' },
      { label: 'Last 30 days', from: '0999-12-05', to: '1000-01-03' },
      { label: 'Last 12 months', from: '0999-01-04', to: '1000-01-03' },
      { label: 'This year (1000)', from: '1000-01-01', to: '1000-01-03' },
      { label: 'Last year (999)', from: '0999-01-01', to: '0999-12-31' },
    ]);
    expect(quickRanges('9999-12-31')[4]).toEqual({ label: 'Last year (9998)', from: '9998-01-01', to: '9998-12-31' });
    expect(quickRanges('0000-01-03').map((range) => range.label)).toEqual(['This year (0)']);
  });
});

describe('localToday and newestWeek', () => {
  it('take today from the browser’s clock in its own time zone, and a week back from the newest day', () => {
    expect(localToday(new Date(2026, 11, 4, 23, 59))).toBe('2026-12-04');
    expect(localToday(new Date(2026, 0, 1, 0, 1))).toBe('2026-01-01');
    expect(newestWeek('2024-03-02')).toEqual({ label: 'Show the archive’s newest week', from: '2024-02-25', to: '2024-03-02' });
  });
});

describe('periodsOf', () => {
  it('adds the days of each month up, newest month first, with the bounds of the month', () => {
    const firstDay = dayNumber('2020-01-30');
    const counts = new Uint32Array(40);
    counts[0] = 2; // 30 Jan
    counts[1] = 1; // 31 Jan
    counts[30] = 4; // 29 Feb (leap year)
    counts[31] = 1; // 1 Mar
    expect(periodsOf(counts, firstDay)).toEqual({
      unit: 'month',
      periods: [
        { key: '2020-03-01', from: '2020-03-01', to: '2020-03-31', count: 1, label: 'March 2020' },
        { key: '2020-02-01', from: '2020-02-01', to: '2020-02-29', count: 4, label: 'February 2020' },
        { key: '2020-01-01', from: '2020-01-01', to: '2020-01-31', count: 3, label: 'January 2020' },
      ],
    });
  });

  it('offers what the histogram’s bars count when months would be too many: centuries for 1000-2999', () => {
    const firstDay = dayNumber('1000-01-01');
    const counts = new Uint32Array(dayNumber('2999-12-31') - firstDay + 1);
    counts[0] = 1;
    counts[dayNumber('2020-10-21') - firstDay] = 5;
    counts[counts.length - 1] = 2;
    expect(periodsOf(counts, firstDay)).toEqual({
      unit: 'century',
      periods: [
        { key: '2900-01-01', from: '2900-01-01', to: '2999-12-31', count: 2, label: '2900–2999' },
        { key: '2000-01-01', from: '2000-01-01', to: '2099-12-31', count: 5, label: '2000–2099' },
        { key: '1000-01-01', from: '1000-01-01', to: '1099-12-31', count: 1, label: '1000–1099' },
      ],
    });
  });
});
