import { describe, expect, it } from 'vitest';
import { firstEndingAfter } from './first-ending-after';

describe('firstEndingAfter', () => {
  const spans = [
    { start: 2, end: 5 },
    { start: 8, end: 12 },
    { start: 12, end: 20 },
  ];

  it('finds the first span that ends after the offset, as a scan would', () => {
    for (let at = 0; at <= 22; at += 1) {
      const scanned = spans.findIndex((span) => span.end > at);
      expect(firstEndingAfter(spans, at)).toBe(scanned < 0 ? spans.length : scanned);
    }
  });

  it('answers the length for no spans', () => {
    expect(firstEndingAfter([], 3)).toBe(0);
  });
});
