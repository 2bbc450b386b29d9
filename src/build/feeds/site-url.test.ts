import { describe, expect, it } from 'vitest';
import { siteAddress } from './site-url';

describe('siteAddress', () => {
  it('is null without SITE_URL', () => {
    expect(siteAddress(undefined, '/')).toBeNull();
    expect(siteAddress('', '/')).toBeNull();
  });

  it('joins the origin, the base path and a page path', () => {
    const site = siteAddress('https://news.example.org', '/news/')!;
    expect(site.home).toBe('https://news.example.org/news/');
    expect(site.absolute('/articles/a-b')).toBe('https://news.example.org/news/articles/a-b');
    expect(site.absolute('feeds/all.xml')).toBe('https://news.example.org/news/feeds/all.xml');
    expect(siteAddress('http://localhost:4173/', '/')!.absolute('/')).toBe('http://localhost:4173/');
  });

  it('says what is wrong with a malformed SITE_URL', () => {
    expect(() => siteAddress('news.example.org', '/')).toThrow(/absolute URL such as https:/);
    expect(() => siteAddress('ftp://news.example.org', '/')).toThrow(/https:\/\/ or http:\/\//);
    expect(() => siteAddress('https://example.org/news', '/')).toThrow(/goes in BASE_PATH/);
  });
});
