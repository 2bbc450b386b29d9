import { describe, expect, it } from 'vitest';
import { drawnHeight, fullOffset, MAX_DRAWN_HEIGHT } from './use-visible-rows';

describe('the compressed list beyond the browsers’ height limit', () => {
  const viewport = 900;

  it('draws lists below the limit as they are', () => {
    expect(drawnHeight(1_000_000)).toBe(1_000_000);
    expect(fullOffset(12_345, 1_000_000, viewport)).toBe(12_345);
  });

  it('maps both ends of a taller list onto the drawn box, and keeps the rows moving with the page past its end', () => {
    const full = 24_400_000; // 100,000 phone cards
    const drawn = drawnHeight(full);
    expect(drawn).toBe(MAX_DRAWN_HEIGHT);
    expect(fullOffset(0, full, viewport)).toBe(0);
    expect(fullOffset(drawn - viewport, full, viewport)).toBeCloseTo(full - viewport);
    expect(fullOffset(drawn - viewport + 300, full, viewport)).toBeCloseTo(full - viewport + 300);
    const middle = fullOffset(drawn / 2, full, viewport);
    expect(middle).toBeGreaterThan(full / 2 - viewport);
    expect(middle).toBeLessThan(full / 2 + viewport);
  });
});
