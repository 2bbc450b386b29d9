import { afterEach, describe, expect, it, vi } from 'vitest';
import { withoutBase } from './without-base';

afterEach(() => vi.unstubAllEnvs());

describe('withoutBase', () => {
  it('leaves every path alone for a site at the root', () => {
    vi.stubEnv('BASE_URL', '/');
    expect(withoutBase('/')).toBe('/');
    expect(withoutBase('/articles/a-1')).toBe('/articles/a-1');
  });

  it('takes the base off a path below it, as the router does', () => {
    vi.stubEnv('BASE_URL', '/news/');
    expect(withoutBase('/news/')).toBe('/');
    expect(withoutBase('/news')).toBe('/');
    expect(withoutBase('/news/topics/politics')).toBe('/topics/politics');
    expect(withoutBase('/NEWS/saved')).toBe('/saved');
  });

  it('takes off only a whole segment', () => {
    vi.stubEnv('BASE_URL', '/news/');
    expect(withoutBase('/newsletter')).toBe('/newsletter');
    expect(withoutBase('/elsewhere')).toBe('/elsewhere');
  });
});
