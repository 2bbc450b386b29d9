import { describe, expect, it } from 'vitest';
import { dayNumber } from '@/article/day-number';
import { calendarDayOf, dayOf, isoDateOf, isoDateOfDayNumber } from './calendar-days';

describe('calendar days', () => {
  it('agree with the article format’s day numbers across years 1000-2999 and beyond', () => {
    for (const date of ['1000-01-01', '1582-10-15', '1970-01-01', '2024-02-29', '2999-12-31', '0100-03-01', '9999-12-31']) {
      const [year, month, day] = date.split('-').map(Number) as [number, number, number];
      expect(dayOf(year, month, day)).toBe(dayNumber(date));
      expect(calendarDayOf(dayNumber(date))).toEqual({ year, month, day });
      expect(isoDateOfDayNumber(dayNumber(date))).toBe(date);
    }
  });

  it('keep years under 100 as written, where Date.UTC would read 50 as 1950', () => {
    expect(isoDateOfDayNumber(dayOf(50, 1, 1))).toBe('0050-01-01');
    expect(dayOf(50, 1, 1)).not.toBe(dayNumber('1950-01-01'));
  });

  it('run past the end of a month and past year 9999 without NaN', () => {
    expect(isoDateOfDayNumber(dayOf(2023, 2, 29))).toBe('2023-03-01');
    expect(isoDateOfDayNumber(dayOf(10000, 1, 1) - 1)).toBe('9999-12-31');
    expect(isoDateOfDayNumber(dayOf(10000, 1, 1))).toBeNull();
    expect(isoDateOf({ year: -1, month: 12, day: 31 })).toBeNull();
    expect(isoDateOfDayNumber(Number.NaN)).toBeNull();
  });
});
