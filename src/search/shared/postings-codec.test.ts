import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, encodePostings, gapsOf } from './postings-codec';
import { ordinalsFromGaps } from '@/article/site-index';

describe('postings codec', () => {
  it('stores ordinals as gaps beside impacts and field masks', () => {
    const postings = { ordinals: Uint32Array.of(3, 4, 10), impacts: Uint8Array.of(5, 1, 24), fields: Uint8Array.of(16, 17, 48) };
    expect(encodePostings(postings)).toEqual([3, 1, 6, 5, 1, 24, 16, 17, 48]);
    expect(decodePostings(encodePostings(postings))).toEqual(postings);
  });

  it('round-trips any ascending postings', () => {
    const posting = fc.record({
      gap: fc.integer({ min: 1, max: 5000 }),
      impact: fc.integer({ min: 1, max: 24 }),
      field: fc.integer({ min: 1, max: 63 }),
    });
    fc.assert(
      fc.property(fc.array(posting), (list) => {
        let ordinal = -1;
        const ordinals = Uint32Array.from(list, ({ gap }) => (ordinal += gap));
        const postings = { ordinals, impacts: Uint8Array.from(list, (p) => p.impact), fields: Uint8Array.from(list, (p) => p.field) };
        expect(decodePostings(encodePostings(postings))).toEqual(postings);
        expect(ordinalsFromGaps(gapsOf(ordinals))).toEqual(ordinals);
      }),
    );
  });
});
