import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { TopicSummary } from '../../article/site-index';
import { sitePages } from './site-pages';
import { SITEMAP_FILE, sitemapFiles } from './sitemap';
import { siteAddress } from './site-url';

const SITE = siteAddress('https://news.example.org', '/news/')!;
const topics = [{ slug: 'politics' }, { slug: 'sport' }] as TopicSummary[];
const articles = [
  { id: 'b-later', date: '2021-05-01' },
  { id: 'a-earlier', date: '2019-01-02' },
];

describe('sitePages', () => {
  it('lists the list, the topics, /people, the articles oldest first, then every speaker page', () => {
    const pages = sitePages(topics, articles, ['zoe-marr', 'ada-lind']);
    expect(pages).toEqual([
      { path: '/' },
      { path: '/topics/politics' },
      { path: '/topics/sport' },
      { path: '/people' },
      { path: '/articles/a-earlier', lastmod: '2019-01-02' },
      { path: '/articles/b-later', lastmod: '2021-05-01' },
      { path: '/people/ada-lind' },
      { path: '/people/zoe-marr' },
    ]);
    const { urlset } = new XMLParser({ isArray: (name) => name === 'url' }).parse(sitemapFiles(pages, SITE).get(SITEMAP_FILE)!);
    expect(urlset.url.map((url: { loc: string }) => url.loc)).toContain('https://news.example.org/news/people/ada-lind');
    expect(urlset.url.map((url: { loc: string }) => url.loc)).toContain('https://news.example.org/news/people');
  });

  it('puts a new day’s article and a new speaker after every page already listed', () => {
    const before = sitePages(topics, articles, ['ada-lind']);
    const after = sitePages(topics, [...articles, { id: 'c-new', date: '2030-01-01' }], ['ada-lind', 'bo-new']);
    const lastArticle = before.findIndex((page) => page.path === '/articles/b-later');
    expect(after.slice(0, lastArticle + 1)).toEqual(before.slice(0, lastArticle + 1));
    expect(after[lastArticle + 1]).toEqual({ path: '/articles/c-new', lastmod: '2030-01-01' });
  });
});
