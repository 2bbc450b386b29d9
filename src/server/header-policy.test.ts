import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headerRules, headersForPath, IMMUTABLE, pathPattern, REVALIDATE } from './header-policy.ts';
import { formatHeadersFile, parseHeadersFile } from './headers-file.ts';

const HASH = 'pvxMZICKZGK6a6KTxc37gryEUR0IESoyD4Fb5nD01f0=';

describe('the header policy', () => {
  const rules = headerRules({ base: '/', scriptHashes: [HASH] });

  it.each([
    ['/', REVALIDATE],
    ['/index.html', REVALIDATE],
    ['/articles/2020-nato', REVALIDATE],
    ['/articles/2020-nato.html', REVALIDATE],
    ['/data/index/manifest.json', REVALIDATE],
    ['/data/articles/missing.json', REVALIDATE],
    ['/topics/politics', REVALIDATE],
    ['/favicon.svg', REVALIDATE],
    ['/service-worker.js', REVALIDATE],
    ['/manifest.webmanifest', REVALIDATE],
    ['/assets/index-BB0UBqb3.js', IMMUTABLE],
    ['/assets/style-DP2YLBHZ.css', IMMUTABLE],
  ])('caches %s as %s, with the security headers', (path, cacheControl) => {
    const headers = headersForPath(rules, path);
    expect(headers['Cache-Control']).toBe(cacheControl);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(headers['Content-Security-Policy']).toContain("worker-src 'self'; manifest-src 'self'");
  });

  it('never sets one header from two rules for the same path (Cloudflare Pages would join the values)', () => {
    for (const path of ['/', '/index.html', '/articles/a', '/data/a.json', '/assets/a.js', '/saved', '/x/y']) {
      const names = rules.filter((rule) => pathPattern(rule.path).test(path)).flatMap((rule) => Object.keys(rule.headers));
      expect(new Set(names).size, path).toBe(names.length);
    }
  });

  it('puts the rules under the base path for a site built for one', () => {
    const under = headerRules({ base: '/news/', scriptHashes: [] });
    expect(under.map((rule) => rule.path)).toEqual([
      '/news/*',
      '/news/assets/*',
      '/news/',
      '/news/index.html',
      '/news/articles/*',
      '/news/data/*',
    ]);
    expect(headersForPath(under, '/news/assets/a.js')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersForPath(under, '/assets/a.js')['Content-Security-Policy']).toBeUndefined();
  });

  it('allows the inline scripts by hash and nothing from another host', () => {
    const policy = contentSecurityPolicy([HASH, 'abc=']);
    expect(policy).toContain(`script-src 'self' 'sha256-${HASH}' 'sha256-abc='`);
    expect(policy).toContain("style-src-elem 'self'");
    expect(policy).not.toMatch(/https?:|\*|unsafe-eval/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('reads back from _headers exactly as it was written', () => {
    const text = formatHeadersFile(rules, 'two\nlines');
    expect(text.startsWith('# two\n# lines\n/*\n  Content-Security-Policy: ')).toBe(true);
    expect(parseHeadersFile(text)).toEqual(rules);
  });

  it('names the line of a _headers file it cannot read, rather than skip it', () => {
    expect(() => parseHeadersFile('/*\n  X-Frame-Options DENY\n', 'dist/_headers')).toThrow('dist/_headers:2: expected "Name: value"');
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow('_headers:1: a header before any path');
    expect(() => parseHeadersFile('assets/*\n')).toThrow('_headers:1: a path must start with /');
  });
});
