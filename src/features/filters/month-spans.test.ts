import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../article/day-number';
import { monthSpans, sumOf } from './month-spans';

describe('monthSpans', () => {
  it('splits a run of days into whole calendar months, leap days included', () => {
    const firstDay = dayNumber('2024-01-30');
    const spans = monthSpans(firstDay, 33); // 30 January to 2 March
    expect(spans).toEqual([
      { month: '2024-01', from: '2024-01-01', to: '2024-01-31', start: 0, end: 2 },
      { month: '2024-02', from: '2024-02-01', to: '2024-02-29', start: 2, end: 31 },
      { month: '2024-03', from: '2024-03-01', to: '2024-03-31', start: 31, end: 33 },
    ]);
  });

  it('crosses a year and covers every day once', () => {
    const spans = monthSpans(dayNumber('2019-11-15'), 400);
    expect(spans[0]!.month).toBe('2019-11');
    expect(spans[2]!.month).toBe('2020-01');
    expect(spans.at(-1)!.end).toBe(400);
    for (let at = 1; at < spans.length; at += 1) expect(spans[at]!.start).toBe(spans[at - 1]!.end);
  });

  it('is empty for no days', () => {
    expect(monthSpans(0, 0)).toEqual([]);
  });
});

describe('sumOf', () => {
  it('adds a range of counts', () => {
    expect(sumOf([1, 2, 3, 4], 1, 3)).toBe(5);
  });
});
