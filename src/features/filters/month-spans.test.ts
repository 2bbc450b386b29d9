import { describe, expect, it } from 'vitest';
import { dayNumber } from '@/article/day-number';
import { periodSpans, sumOf } from './month-spans';

describe('periodSpans', () => {
  it('splits a run of days into whole calendar months, leap days included', () => {
    const firstDay = dayNumber('2024-01-30');
    const spans = periodSpans(firstDay, 33, 'month'); // 30 January to 2 March
    expect(spans).toEqual([
      { from: '2024-01-01', to: '2024-01-31', start: 0, end: 2 },
      { from: '2024-02-01', to: '2024-02-29', start: 2, end: 31 },
      { from: '2024-03-01', to: '2024-03-31', start: 31, end: 33 },
    ]);
  });

  it('crosses a year and covers every day once', () => {
    const spans = periodSpans(dayNumber('2019-11-15'), 400, 'month');
    expect(spans[0]!.from).toBe('2019-11-01');
    expect(spans[2]!.from).toBe('2020-01-01');
    expect(spans.at(-1)!.end).toBe(400);
    for (let at = 1; at < spans.length; at += 1) expect(spans[at]!.start).toBe(spans[at - 1]!.end);
  });

  it('cuts into whole years, decades and centuries', () => {
    const firstDay = dayNumber('1998-06-15');
    const length = dayNumber('2011-02-01') - firstDay + 1;
    expect(
      periodSpans(firstDay, length, 'year')
        .map(({ from, to }) => `${from}/${to}`)
        .slice(0, 2),
    ).toEqual(['1998-01-01/1998-12-31', '1999-01-01/1999-12-31']);
    expect(periodSpans(firstDay, length, 'decade')).toEqual([
      { from: '1990-01-01', to: '1999-12-31', start: 0, end: dayNumber('2000-01-01') - firstDay },
      { from: '2000-01-01', to: '2009-12-31', start: dayNumber('2000-01-01') - firstDay, end: dayNumber('2010-01-01') - firstDay },
      { from: '2010-01-01', to: '2019-12-31', start: dayNumber('2010-01-01') - firstDay, end: length },
    ]);
    expect(periodSpans(firstDay, length, 'century').map(({ from, to }) => [from, to])).toEqual([
      ['1900-01-01', '1999-12-31'],
      ['2000-01-01', '2099-12-31'],
    ]);
  });

  it('works at the ends of the four-digit years, with years under 1000 written in four digits', () => {
    const firstDay = dayNumber('0100-01-01');
    const length = dayNumber('9999-12-31') - firstDay + 1;
    const centuries = periodSpans(firstDay, length, 'century');
    expect(centuries).toHaveLength(99);
    expect(centuries[0]).toMatchObject({ from: '0100-01-01', to: '0199-12-31', start: 0 });
    expect(centuries.at(-1)).toMatchObject({ from: '9900-01-01', to: '9999-12-31', end: length });
    const lastMonths = periodSpans(dayNumber('9999-11-20'), 42, 'month');
    expect(lastMonths.map(({ from, to }) => [from, to])).toEqual([
      ['9999-11-01', '9999-11-30'],
      ['9999-12-01', '9999-12-31'],
    ]);
  });

  it('is empty for no days', () => {
    expect(periodSpans(0, 0, 'month')).toEqual([]);
  });
});

describe('sumOf', () => {
  it('adds a range of counts', () => {
    expect(sumOf([1, 2, 3, 4], 1, 3)).toBe(5);
  });
});
