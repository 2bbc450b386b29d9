import type { Article } from '@/article/article-schema';
import { isCalendarDate } from '@/article/calendar-date';
import { dayNumber } from '@/article/day-number';
import type { SiteManifest } from '@/article/site-index';
import type { ListFilters } from '@/data/list-filters';
import type { ListView } from '@/data/filters/run-filters';
import type { SavedArticle } from './saved-articles-store';
import { savedArticleMatches } from './saved-filters';

export type SavedWithFile = { saved: SavedArticle; article: Pick<Article, 'topics' | 'entities'> | undefined };

/**
 * What the filter controls show beside /saved, as beside the list but over the saved articles: per topic,
 * the saved articles that would match with the other filters kept; per day, those that would match with
 * any dates. The histogram spans the archive (and any saved article dated outside it).
 */
export function savedListView(
  entries: readonly SavedWithFile[],
  filters: ListFilters,
  manifest: Pick<SiteManifest, 'topics' | 'oldest' | 'newest'>,
  count: number,
): ListView {
  const topicAt = new Map(manifest.topics.map((topic, index) => [topic.qcode, index]));
  const topicCounts = new Uint32Array(manifest.topics.length);
  const anyTopic = { ...filters, topics: [] };
  for (const { saved, article } of entries) {
    if (!article || !savedArticleMatches(saved, article, anyTopic, manifest)) continue;
    for (const qcode of new Set(article.topics)) {
      const at = topicAt.get(qcode);
      if (at !== undefined) topicCounts[at]! += 1;
    }
  }

  const anyDate = { ...filters, from: null, to: null };
  const days = entries
    .filter(({ saved, article }) => isCalendarDate(saved.date) && savedArticleMatches(saved, article, anyDate, manifest))
    .map(({ saved }) => dayNumber(saved.date));
  const bounds = [...days, ...[manifest.oldest, manifest.newest].filter((date) => date !== null).map(dayNumber)];
  if (bounds.length === 0) return { count, topicCounts, dayCounts: new Uint32Array(0), firstDay: 0 };
  // A loop, not Math.min(...bounds): thousands of saved articles would be thousands of arguments.
  const firstDay = bounds.reduce((least, day) => Math.min(least, day));
  const dayCounts = new Uint32Array(bounds.reduce((most, day) => Math.max(most, day)) - firstDay + 1);
  for (const day of days) dayCounts[day - firstDay]! += 1;
  return { count, topicCounts, dayCounts, firstDay };
}
