import { createHash } from 'node:crypto';
import { generateAtomFeed, generateJsonFeed, type AtomFeed, type JsonFeed } from 'feedsmith';
import type { TopicSummary } from '../../article/site-index.ts';
import { feedPaths } from '../../ui/feed-paths.ts';
import { paths } from '../../ui/paths.ts';
import type { FeedArticle } from './feed-articles.ts';
import { personSlugsOnce } from '../../article/person-slug.ts';
import type { SiteAddress } from './site-url.ts';

/** Entries per feed: what a feed reader polling daily needs, and small enough to fetch often. */
export const FEED_ENTRIES = 50;

const SITE_NAME = 'Broadsheet';

/** One feed, before it is written out in a format. */
type FeedDraft = {
  /** Its file below the site's base (src/ui/feed-paths.ts). */
  path: string;
  title: string;
  /** The HTML page that shows the same articles. */
  page: string;
  articles: FeedArticle[];
};

export type SiteFeeds = {
  /** Every feed file's content by its path below the site's base (less those in `kept`). */
  files: Map<string, string>;
  /** Feeds made from the same inputs as the ones `remembered` names: not made again, their files are right as they are. */
  kept: string[];
  /** What each feed is made from (FeedMemo.remembered for the next build). */
  stamps: Record<string, string>;
};

/**
 * What the last build's feeds were made from, so that a feed whose articles and settings are the same is
 * not made again: at 100,000 articles there are tens of thousands of them (one a quoted person), and a
 * day's news changes a few dozen.
 */
export type FeedMemo = {
  /** Changes with the code that writes the feeds (and the feed library's version): no feed is kept across it. */
  codeVersion: string;
  /** Each feed's stamp by its path, for the feeds whose files are there as that build wrote them. */
  remembered: Readonly<Record<string, string>>;
};

/**
 * The site's feeds: Atom 1.0 and JSON Feed 1.1 of the newest articles, and Atom 1.0 of the newest
 * on each topic and of the newest quoting each person. Everything in them follows from the articles,
 * so a rebuild with the same articles writes the same bytes (no build time in them): ids are the
 * articles' absolute URLs, and a feed's `updated` is its newest entry's date.
 */
export function siteFeeds(
  articles: readonly FeedArticle[],
  topics: readonly TopicSummary[],
  site: SiteAddress,
  memo: FeedMemo = { codeVersion: '', remembered: {} },
): SiteFeeds {
  const newestFirst = [...articles].sort(byListOrder);
  const topicOf = new Map(topics.map((topic) => [topic.qcode, topic]));
  const byTopic = new Map<string, FeedArticle[]>();
  const byPerson = new Map<string, { name: string; articles: FeedArticle[] }>();
  // Once per spelling: slugify was a third of this step's time.
  const slugOf = personSlugsOnce();
  for (const article of newestFirst) {
    for (const qcode of article.topics) addUpTo(byTopic, qcode, article);
    for (const name of article.speakers) {
      const slug = slugOf(name);
      // The newest article's spelling names the feed; slugs that meet are one person's page, so one feed.
      const person = byPerson.get(slug) ?? { name, articles: [] };
      byPerson.set(slug, person);
      if (person.articles.length < FEED_ENTRIES && person.articles.at(-1) !== article) person.articles.push(article);
    }
  }

  const drafts: FeedDraft[] = [
    { path: feedPaths.siteAtom, title: SITE_NAME, page: paths.list(), articles: newestFirst.slice(0, FEED_ENTRIES) },
  ];
  for (const [qcode, topicArticles] of byTopic) {
    const topic = topicOf.get(qcode);
    if (!topic) continue; // every topic an article carries is in the manifest; a stray one has no page to link to
    drafts.push({
      path: feedPaths.topicAtom(topic.slug),
      title: `${capitalised(topic.label)} · ${SITE_NAME}`,
      page: paths.topic(topic.slug),
      articles: topicArticles,
    });
  }
  for (const [slug, person] of byPerson)
    drafts.push({
      path: feedPaths.personAtom(slug),
      title: `${person.name}, quoted · ${SITE_NAME}`,
      page: `/people/${encodeURIComponent(slug)}`,
      articles: person.articles,
    });

  const files = new Map<string, string>();
  const kept: string[] = [];
  const stampOf = draftStamps(memo.codeVersion, topics, site);
  const stamps: Record<string, string> = {};
  for (const draft of drafts) {
    const stamp = (stamps[draft.path] = stampOf(draft));
    if (memo.remembered[draft.path] === stamp) kept.push(draft.path);
    else files.set(draft.path, atomFeed(draft, topicOf, site));
  }
  files.set(feedPaths.siteJson, jsonFeed({ ...drafts[0]!, path: feedPaths.siteJson }, topicOf, site));
  return { files, kept, stamps };
}

/**
 * A feed's stamp: a hash of everything its file is made from: the code, the site's address, the topics'
 * names and slugs (its categories), its own path, title and page, and each of its articles' fields.
 */
function draftStamps(codeVersion: string, topics: readonly TopicSummary[], site: SiteAddress): (draft: FeedDraft) => string {
  // In qcode order: the manifest lists topics by their counts, which every new article changes.
  const named = topics.map((topic) => [topic.qcode, topic.slug, topic.label]).sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  const common = createHash('sha1')
    .update(JSON.stringify([codeVersion, site.home, site.absolute('/'), named]))
    .digest('base64');
  const articleHashes = new Map<FeedArticle, string>();
  const hashOf = (article: FeedArticle) => {
    let hash = articleHashes.get(article);
    if (hash === undefined) {
      hash = createHash('sha1').update(JSON.stringify(article)).digest('base64');
      articleHashes.set(article, hash);
    }
    return hash;
  };
  return (draft) =>
    createHash('sha1')
      .update(JSON.stringify([common, draft.path, draft.title, draft.page, draft.articles.map(hashOf)]))
      .digest('base64');
}

function atomFeed(draft: FeedDraft, topicOf: ReadonlyMap<string, TopicSummary>, site: SiteAddress): string {
  const feed: AtomFeed.Feed<Date> = {
    id: site.absolute(draft.page),
    title: { value: draft.title },
    updated: updatedOf(draft.articles),
    authors: [{ name: SITE_NAME, uri: site.home }],
    links: [
      { href: site.absolute(draft.path), rel: 'self', type: 'application/atom+xml' },
      { href: site.absolute(draft.page), rel: 'alternate', type: 'text/html' },
    ],
    entries: draft.articles.map((article) => {
      const url = site.absolute(paths.article(article.id));
      const date = dayStart(article.date);
      return {
        id: url,
        title: { value: article.title, type: 'text' },
        updated: date,
        published: date,
        summary: { value: article.excerpt, type: 'text' },
        links: [{ href: url, rel: 'alternate', type: 'text/html' }],
        categories: topicsOf(article, topicOf).map((topic) => ({
          term: topic.slug,
          label: topic.label,
          scheme: site.absolute(paths.topic('')),
        })),
      };
    }),
  };
  return generateAtomFeed(feed);
}

function jsonFeed(draft: FeedDraft, topicOf: ReadonlyMap<string, TopicSummary>, site: SiteAddress): string {
  const feed: JsonFeed.Feed<Date> = {
    title: draft.title,
    home_page_url: site.absolute(draft.page),
    feed_url: site.absolute(draft.path),
    language: 'en-GB',
    authors: [{ name: SITE_NAME, url: site.home }],
    items: draft.articles.map((article) => {
      const url = site.absolute(paths.article(article.id));
      return {
        id: url,
        url,
        title: article.title,
        content_text: article.excerpt,
        summary: article.excerpt,
        date_published: dayStart(article.date),
        tags: topicsOf(article, topicOf).map((topic) => topic.label),
      };
    }),
  };
  return `${JSON.stringify(generateJsonFeed(feed), null, 2)}\n`;
}

/** Newest first; one day's articles by id: the list's own order (src/ingest/write-index.ts). */
function byListOrder(a: FeedArticle, b: FeedArticle): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function addUpTo(buckets: Map<string, FeedArticle[]>, key: string, article: FeedArticle): void {
  const bucket = buckets.get(key);
  if (!bucket) buckets.set(key, [article]);
  else if (bucket.length < FEED_ENTRIES) bucket.push(article);
}

const topicsOf = (article: FeedArticle, topicOf: ReadonlyMap<string, TopicSummary>) =>
  article.topics.flatMap((qcode) => topicOf.get(qcode) ?? []);

/** Articles carry a day, not a time: an entry is dated at the start of its day, in UTC. */
const dayStart = (date: string) => new Date(`${date}T00:00:00Z`);

/** A feed is as new as its newest entry; an empty one, as old as can be said. */
const updatedOf = (articles: readonly FeedArticle[]) => dayStart(articles[0]?.date ?? '1970-01-01');

const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
