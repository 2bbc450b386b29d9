import { describe, expect, it } from 'vitest';
import { formatCount } from './format-count';

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(0)).toBe('0');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1000)).toBe('1,000');
    expect(formatCount(100000)).toBe('100,000');
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it('writes every whole number as British English does (Intl, en-GB)', () => {
    const british = new Intl.NumberFormat('en-GB');
    for (const count of [-12345, -1, 1, 12, 123, 1234, 12345, 123456, 9_999_999, 123_456_789]) {
      expect(formatCount(count)).toBe(british.format(count));
    }
  });
});
