import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { robotsTxt, SITEMAP_FILE, sitemapFiles, URLS_PER_SITEMAP } from './sitemap';
import { siteAddress } from './site-url';

const SITE = siteAddress('https://news.example.org', '/')!;
const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
const pagesOf = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ path: `/articles/a-${index}`, lastmod: index % 2 ? '2020-01-02' : '2021-03-04' }));

describe('sitemapFiles', () => {
  it('lists every page in one sitemap.xml up to 50,000, with absolute, escaped URLs', () => {
    const files = sitemapFiles([{ path: '/' }, { path: '/topics/a&b' }, ...pagesOf(3)], SITE);
    expect([...files.keys()]).toEqual([SITEMAP_FILE]);
    const { urlset } = parser.parse(files.get(SITEMAP_FILE)!);
    expect(urlset.url.map((url: { loc: string }) => url.loc)).toEqual([
      'https://news.example.org/',
      'https://news.example.org/topics/a&b',
      'https://news.example.org/articles/a-0',
      'https://news.example.org/articles/a-1',
      'https://news.example.org/articles/a-2',
    ]);
    expect(files.get(SITEMAP_FILE)).toContain('<loc>https://news.example.org/topics/a&amp;b</loc>');
    expect(urlset.url[2].lastmod).toBe('2021-03-04');
    expect(sitemapFiles(pagesOf(URLS_PER_SITEMAP), SITE).size).toBe(1);
  });

  it('splits a larger site into parts of 50,000 named by a sitemap index, as the protocol requires', () => {
    const pages = pagesOf(URLS_PER_SITEMAP * 2 + 1);
    const files = sitemapFiles(pages, SITE);
    const { sitemapindex } = parser.parse(files.get(SITEMAP_FILE)!);
    expect(sitemapindex.sitemap.map((entry: { loc: string }) => entry.loc)).toEqual([
      'https://news.example.org/sitemaps/1.xml',
      'https://news.example.org/sitemaps/2.xml',
      'https://news.example.org/sitemaps/3.xml',
    ]);
    expect(sitemapindex.sitemap.map((entry: { lastmod: string }) => entry.lastmod)).toEqual(['2021-03-04', '2021-03-04', '2021-03-04']);
    const listed = ['sitemaps/1.xml', 'sitemaps/2.xml', 'sitemaps/3.xml'].flatMap((part) =>
      parser.parse(files.get(part)!).urlset.url.map((url: { loc: string }) => url.loc),
    );
    expect(listed).toEqual(pages.map((page) => `https://news.example.org${page.path}`));
  }, 60_000);
});

describe('robotsTxt', () => {
  it('allows everything and names the sitemap by its absolute URL', () => {
    expect(robotsTxt(siteAddress('https://news.example.org', '/news/')!)).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/news/sitemap.xml\n',
    );
  });
});
