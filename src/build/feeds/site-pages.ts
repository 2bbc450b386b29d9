import type { TopicSummary } from '../../article/site-index.ts';
import { paths } from '../../ui/paths.ts';
import type { FeedArticle } from './feed-articles.ts';
import type { SitemapPage } from './sitemap.ts';

/**
 * Every page of the site, in the order sitemap.xml lists them: the list, the topics and the people index
 * (a handful), then the articles oldest first, then each speaker's page. Past 50,000 pages the sitemap is
 * cut into parts in this order, so a new day's articles (the newest, at the end of the articles) and a new
 * speaker change only the last parts: the archive's old articles keep their part, byte for byte.
 */
export function sitePages(
  topics: readonly TopicSummary[],
  articles: readonly Pick<FeedArticle, 'id' | 'date'>[],
  speakers: readonly string[],
): SitemapPage[] {
  const oldestFirst = [...articles].sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.id < b.id ? 1 : a.id > b.id ? -1 : 0,
  );
  return [
    { path: paths.list() },
    ...topics.map((topic) => ({ path: paths.topic(topic.slug) })),
    { path: paths.people() },
    ...oldestFirst.map((article) => ({ path: paths.article(article.id), lastmod: article.date })),
    ...[...speakers].sort().map((slug) => ({ path: paths.person(slug) })),
  ];
}
