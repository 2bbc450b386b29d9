import { parseFeed } from '@rowanmanning/feed-parser';
import { parseJsonFeed } from 'feedsmith';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotationsOf } from '../../article/quotations';
import { ingestedSite, type IngestedSite } from '../../app/testing/ingested-site';
import { feedPaths } from '../../ui/feed-paths';
import { readFeedArticles, type FeedArticle } from './feed-articles';
import { personSlug } from '../../article/person-slug';
import { FEED_ENTRIES, siteFeeds } from './site-feeds';
import { siteAddress } from './site-url';

const SITE = siteAddress('https://news.example.org', '/news/')!;
const articleUrl = (id: string) => `https://news.example.org/news/articles/${id}`;

// The sample corpus and two redated copies of it: more articles than a feed holds.
let site: IngestedSite;
let root: string;
let articles: FeedArticle[];
let files: ReadonlyMap<string, string>;

beforeAll(async () => {
  site = await ingestedSite({ copies: 2 });
  root = await mkdtemp(join(tmpdir(), 'broadsheet-feeds-test-'));
  for (const [path, text] of site.files) {
    await mkdir(dirname(join(root, 'data', path)), { recursive: true });
    await writeFile(join(root, 'data', path), text);
  }
  const read = await readFeedArticles(join(root, 'data'), join(root, 'cache.json'));
  expect(read.problems).toEqual([]);
  articles = read.articles;
  files = siteFeeds(articles, site.manifest.topics, SITE).files;
}, 120_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

/** Newest first, one day's articles by id, as the list shows them. */
const newestFirst = () =>
  [...site.articles.values()].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : 1));

describe('the site feeds', () => {
  it('hold the newest 50 articles, with title, dates, excerpt, topics and link, in Atom 1.0', () => {
    expect(site.articles.size).toBeGreaterThan(FEED_ENTRIES);
    const feed = parseFeed(files.get(feedPaths.siteAtom)!);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('Broadsheet');
    expect(feed.self).toBe('https://news.example.org/news/feeds/all.xml');
    expect(feed.url).toBe('https://news.example.org/news/');
    const expected = newestFirst().slice(0, FEED_ENTRIES);
    expect(feed.items.map((item) => item.id)).toEqual(expected.map((article) => articleUrl(article.id)));
    expected.forEach((article, index) => {
      const item = feed.items[index]!;
      expect(item.url).toBe(articleUrl(article.id));
      expect(item.title?.trim()).toBe(article.title);
      expect(item.description?.trim()).toBe(article.excerpt);
      expect(item.published?.toISOString()).toBe(`${article.date}T00:00:00.000Z`);
      expect(item.updated?.toISOString()).toBe(`${article.date}T00:00:00.000Z`);
      const labels = article.topics.map((qcode) => site.manifest.topics.find((topic) => topic.qcode === qcode)!.label);
      expect(item.categories.map((category) => category.label)).toEqual(labels);
    });
    expect(feed.updated?.toISOString()).toBe(`${expected[0]!.date}T00:00:00.000Z`);
  });

  it('hold the same entries in JSON Feed 1.1', () => {
    const feed = parseJsonFeed(files.get(feedPaths.siteJson)!);
    expect(JSON.parse(files.get(feedPaths.siteJson)!).version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('https://news.example.org/news/feeds/all.json');
    const expected = newestFirst().slice(0, FEED_ENTRIES);
    expect(feed.items?.map((item) => [item.id, item.url, item.title, item.content_text, item.date_published])).toEqual(
      expected.map((article) => [
        articleUrl(article.id),
        articleUrl(article.id),
        article.title,
        article.excerpt,
        `${article.date}T00:00:00.000Z`,
      ]),
    );
  });

  it('give every topic a feed of its newest articles, linked to its page', () => {
    for (const topic of site.manifest.topics) {
      const feed = parseFeed(files.get(feedPaths.topicAtom(topic.slug))!);
      expect(feed.url).toBe(`https://news.example.org/news/topics/${topic.slug}`);
      const expected = newestFirst().filter((article) => article.topics.includes(topic.qcode));
      expect(feed.items.map((item) => item.id)).toEqual(expected.slice(0, FEED_ENTRIES).map((article) => articleUrl(article.id)));
    }
  });

  it('give every quoted person a feed of the articles quoting them, at their page /people/<slug>', () => {
    const quoted = new Map<string, Set<string>>();
    for (const article of site.articles.values())
      for (const { speaker, parts } of quotationsOf(article.blocks))
        if (speaker && parts[0]!.speakerKind !== 'description')
          quoted.set(personSlug(speaker), (quoted.get(personSlug(speaker)) ?? new Set()).add(article.id));
    expect(quoted.size).toBeGreaterThan(5);
    expect(quoted.has('jens-stoltenberg')).toBe(true);
    for (const [slug, ids] of quoted) {
      const feed = parseFeed(files.get(feedPaths.personAtom(slug))!);
      expect(feed.url).toBe(`https://news.example.org/news/people/${slug}`);
      expect(feed.items.length).toBe(Math.min(ids.size, FEED_ENTRIES));
      for (const item of feed.items) expect(ids.has(item.id!.slice(articleUrl('').length))).toBe(true);
    }
    const feedsOfPeople = [...files.keys()].filter((path) => path.startsWith('feeds/people/'));
    expect(feedsOfPeople.length).toBe(quoted.size);
  });

  it('are the same bytes when built again from the remembered articles', async () => {
    const again = await readFeedArticles(join(root, 'data'), join(root, 'cache.json'));
    expect(siteFeeds(again.articles, site.manifest.topics, SITE).files).toEqual(files);
  });

  it('are made again only where a new article reaches them, given what the last build made them from', () => {
    const memo = {
      codeVersion: 'v1',
      remembered: siteFeeds(articles, site.manifest.topics, SITE, { codeVersion: 'v1', remembered: {} }).stamps,
    };
    const newest = [...articles].sort((a, b) => (a.date < b.date ? 1 : -1))[0]!;
    const speaker = articles.find((article) => article.speakers.length)!.speakers[0]!;
    const added = { ...newest, id: 'zz-added', date: '2999-01-01', speakers: [speaker] };
    // The manifest's topics come by count, which the new article changes: the order must not matter.
    const topics = [...site.manifest.topics].reverse();
    const fromScratch = siteFeeds([...articles, added], topics, SITE);
    const again = siteFeeds([...articles, added], topics, SITE, memo);
    const reached = [feedPaths.siteAtom, feedPaths.siteJson, feedPaths.personAtom(personSlug(speaker))];
    for (const path of reached) expect(again.files.get(path)).toBe(fromScratch.files.get(path));
    expect(again.kept.length).toBeGreaterThan(fromScratch.files.size / 2);
    for (const path of again.kept) expect(fromScratch.files.get(path)).toBe(files.get(path));
    expect(new Set([...again.files.keys(), ...again.kept])).toEqual(new Set(fromScratch.files.keys()));
    expect(siteFeeds(articles, topics, SITE, { ...memo, codeVersion: 'v2' }).kept).toEqual([]);
  });

  it('leave out an article file that cannot be read, naming it, and keep the rest', async () => {
    const broken = join(root, 'data', 'articles', 'zz-broken.json');
    await writeFile(broken, '{ "id": ');
    try {
      const read = await readFeedArticles(join(root, 'data'), join(root, 'cache-2.json'));
      expect(read.problems).toEqual([expect.stringContaining(`${broken}: left out of the feeds:`)]);
      expect(read.articles.length).toBe(site.articles.size);
    } finally {
      await rm(broken);
    }
  });

  it('give a person their page’s slug, however long or unlike Latin their name', () => {
    const [first] = articles;
    const long = 'Dame Ngaio Marsh Commissioner of the Harbour Board and Chair of the Regional Ferry Services Review Panel';
    const names = [long, 'Владимир Зеленский', '习近平'];
    const made = siteFeeds([{ ...first!, speakers: names }], [], SITE).files;
    for (const name of names) {
      const slug = personSlug(name);
      expect(parseFeed(made.get(feedPaths.personAtom(slug))!).url).toBe(`https://news.example.org/news/people/${slug}`);
    }
  });

  it('write article text as text: markup in a title stays characters', () => {
    const [first] = articles;
    const tricky = { ...first!, title: 'Ministers <b>agree</b> & "sign"', excerpt: '<script>alert(1)</script>' };
    const feed = parseFeed(siteFeeds([tricky], [], SITE).files.get(feedPaths.siteAtom)!);
    expect(feed.items[0]!.title?.trim()).toBe(tricky.title);
    expect(feed.items[0]!.description?.trim()).toBe(tricky.excerpt);
  });
});
