import { describe, expect, it } from 'vitest';
import { withinFilters } from './within-filters';

describe('withinFilters', () => {
  it('keeps the ranked results the filters allow, in rank order, with their scores and fields', () => {
    const ranked = { ordinals: Uint32Array.of(7, 2, 9, 4), scores: Float32Array.of(9, 5, 3, 1), fields: Uint8Array.of(1, 16, 32, 2) };
    expect(withinFilters(ranked, Uint32Array.of(2, 4, 5, 7), 10)).toEqual({
      ordinals: Uint32Array.of(7, 2, 4),
      scores: Float32Array.of(9, 5, 1),
      fields: Uint8Array.of(1, 16, 2),
    });
  });

  it('keeps nothing when the filters match nothing', () => {
    const ranked = { ordinals: Uint32Array.of(1), scores: Float32Array.of(1), fields: Uint8Array.of(16) };
    expect(withinFilters(ranked, new Uint32Array(0), 3).ordinals).toHaveLength(0);
  });
});
