import { describe, expect, it } from 'vitest';
import { listOriginAt, listOriginOf, listOriginState } from './list-origin';

describe('the list an article is opened from', () => {
  it('is the list’s filters, a topic page’s topic included, and nothing off the list', () => {
    expect(listOriginAt('/', '?topic=politics&q=nato')).toBe('topic=politics&q=nato');
    expect(listOriginAt('/', '')).toBeNull();
    expect(listOriginAt('/topics/conflict-war-and-peace', '')).toBe('topic=conflict-war-and-peace');
    expect(listOriginAt('/topics/politics', '?from=2020-01-01')).toBe('topic=politics&from=2020-01-01');
    expect(listOriginAt('/saved', '?topic=politics')).toBeNull();
  });

  it('travels in history state, read back as untrusted', () => {
    expect(listOriginOf(listOriginState('topic=politics'))).toBe('topic=politics');
    expect(listOriginState(null)).toBeUndefined();
    for (const state of [null, 'topic=politics', { fromList: 3 }, { fromList: '' }, {}]) expect(listOriginOf(state)).toBeNull();
  });
});
