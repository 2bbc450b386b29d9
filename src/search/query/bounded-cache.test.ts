import { describe, expect, it } from 'vitest';
import { boundedCache } from './bounded-cache';

describe('boundedCache', () => {
  it('forgets the least recently used entries beyond its capacity', () => {
    const cache = boundedCache<number>(3);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBe(1);
    cache.set('d', 4);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([1, 3, 4]);
  });

  it('weighs entries, and keeps the newest even when it alone is too heavy', () => {
    const cache = boundedCache<number[]>(5, (list) => list.length);
    cache.set('small', [1, 2]);
    cache.set('large', [1, 2, 3, 4, 5, 6]);
    expect(cache.get('small')).toBeUndefined();
    expect(cache.get('large')).toHaveLength(6);
  });
});
