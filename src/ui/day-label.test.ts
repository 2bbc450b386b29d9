import { describe, expect, it } from 'vitest';
import { longDate, mediumDate, shortDate } from './day-label';

describe('date labels', () => {
  it('writes days the British way, without a comma', () => {
    expect(longDate('2020-10-21')).toBe('Wednesday 21 October 2020');
    expect(longDate('2024-02-29')).toBe('Thursday 29 February 2024');
    expect(mediumDate('2019-01-01')).toBe('1 January 2019');
    expect(shortDate('2021-09-05')).toBe('5 Sep 2021');
  });

  it('writes any four-digit year, and shows what is not a date as written rather than failing', () => {
    expect(longDate('1000-01-01')).toBe('Wednesday 1 January 1000');
    expect(mediumDate('2999-12-31')).toBe('31 December 2999');
    expect(shortDate('0100-03-01')).toBe('1 Mar 100');
    expect(shortDate('banana')).toBe('banana');
    expect(longDate('2021-13-45')).toBe('2021-13-45');
  });
});
