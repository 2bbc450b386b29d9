import type { Article } from '@/article/article-schema';
import type { SiteManifest } from '@/article/site-index';
import type { ListFilters } from '@/data/list-filters';
import type { SavedArticle } from './saved-articles-store';

/**
 * Whether a saved article passes the list's filters. Dates come from the saved entry; topics and
 * entities from the article's file, and an article whose file has not arrived yet passes for now.
 */
export function savedArticleMatches(
  saved: SavedArticle,
  article: Pick<Article, 'topics' | 'entities'> | undefined,
  filters: ListFilters,
  manifest: Pick<SiteManifest, 'topics'>,
): boolean {
  if (filters.from && saved.date < filters.from) return false;
  if (filters.to && saved.date > filters.to) return false;
  if (!article) return true;
  if (filters.topics.length) {
    const chosen = new Set(manifest.topics.filter((topic) => filters.topics.includes(topic.slug)).map((topic) => topic.qcode));
    if (!article.topics.some((qcode) => chosen.has(qcode))) return false;
  }
  for (const kind of ['people', 'organisations', 'places'] as const) {
    if (filters[kind].length === 0) continue;
    const named = new Set((article.entities?.[kind] ?? []).map((name) => name.toLowerCase()));
    if (!filters[kind].some((name) => named.has(name.toLowerCase()))) return false;
  }
  return true;
}
