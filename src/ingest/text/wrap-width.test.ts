import { describe, expect, it } from 'vitest';
import { wrapWidth } from './wrap-width';

describe('wrapWidth', () => {
  it('finds the width lines were wrapped at', () => {
    expect(wrapWidth([72, 70, 68, 71, 40, 69, 72, 66, 12])).toBe(72);
  });

  it('sees no wrapping in one-paragraph-per-line text', () => {
    expect(wrapWidth([310, 120, 540, 88, 260])).toBeNull();
    expect(wrapWidth([70, 71])).toBeNull();
  });
});
