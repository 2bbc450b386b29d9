import { describe, expect, it } from 'vitest';
import { InputRejected } from '../input-rejected';
import { readDatePrefix } from './date-prefix';

function reason(text: string): string {
  try {
    readDatePrefix(text);
  } catch (error) {
    if (error instanceof InputRejected) return error.reason;
    throw error;
  }
  return 'accepted';
}

describe('readDatePrefix', () => {
  it('reads the date and keeps the rest of the first line, as in the seed', () => {
    expect(readDatePrefix(' date 2020-10-21 NATO Secretary-General said.\n\nMore.')).toEqual({
      date: '2020-10-21',
      rest: ' NATO Secretary-General said.\n\nMore.',
    });
  });

  it('accepts the date alone on its line, and leap days', () => {
    expect(readDatePrefix('date 2024-02-29\nHeadline\n').rest).toBe('\nHeadline\n');
    expect(readDatePrefix(' date 2000-02-29').date).toBe('2000-02-29');
  });

  it('rejects a missing prefix, naming how the file begins', () => {
    expect(reason('NATO allies met today.')).toBe('no " date YYYY-MM-DD" prefix at the start (it begins "NATO allies met today.")');
    expect(reason('Date: 2020-10-21 Text')).toMatch(/^no " date YYYY-MM-DD" prefix/);
  });

  it('rejects impossible days instead of shifting them', () => {
    expect(reason(' date 2021-02-30 Text')).toBe('impossible date 2021-02-30: February 2021 has 28 days');
    expect(reason(' date 1900-02-29 Text')).toBe('impossible date 1900-02-29: February 1900 has 28 days');
    expect(reason(' date 2021-04-31 Text')).toBe('impossible date 2021-04-31: April 2021 has 30 days');
    expect(reason(' date 2021-13-01 Text')).toBe('impossible date 2021-13-01: there is no month 13');
    expect(reason(' date 2021-00-10 Text')).toBe('impossible date 2021-00-10: there is no month 0');
  });

  it('rejects dates not written YYYY-MM-DD', () => {
    expect(reason(' date 2021-2-3 Text')).toBe('the date prefix "2021-2-3" is not written YYYY-MM-DD');
    expect(reason(' date 2021-02-03T10:00 Text')).toBe('the date prefix "2021-02-03T10:00" is not written YYYY-MM-DD');
    expect(reason(' date\n2021-02-03')).toMatch(/is not written YYYY-MM-DD|no " date/);
  });
});

describe('the accepted range of years', () => {
  it('accepts 1000-01-01 to 2999-12-31 and rejects the rest with the range as the reason', () => {
    expect(readDatePrefix(' date 1000-01-01 Text').date).toBe('1000-01-01');
    expect(readDatePrefix(' date 2999-12-31 Text').date).toBe('2999-12-31');
    expect(reason(' date 0100-01-01 Text')).toBe('date 0100-01-01: year 0100 is outside the accepted range 1000-2999');
    expect(reason(' date 0050-06-15 Text')).toBe('date 0050-06-15: year 0050 is outside the accepted range 1000-2999');
    expect(reason(' date 9999-12-31 Text')).toBe('date 9999-12-31: year 9999 is outside the accepted range 1000-2999');
    // An impossible day inside the range keeps its own reason.
    expect(reason(' date 2021-02-30 Text')).toBe('impossible date 2021-02-30: February 2021 has 28 days');
  });
});
