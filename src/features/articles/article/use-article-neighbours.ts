import { useQueries } from '@tanstack/react-query';
import type { Article } from '../../../article/article-schema';
import type { SiteManifest } from '../../../article/site-index';
import { cardsChunkQueryOptions } from '../api/cards-query';
import { chunksAround, neighboursIn, ordinalRangeOfDate, type Neighbours } from '../model/article-position';

export type NeighboursState = { status: 'loading' } | { status: 'error'; retry: () => void } | ({ status: 'ready' } & Neighbours);

/**
 * Previous, next and related articles, from the one or two card chunks around the article's day
 * (found from the manifest's day histogram): never a list of the whole archive.
 */
export function useArticleNeighbours(article: Pick<Article, 'id' | 'date' | 'topics'>, manifest: SiteManifest): NeighboursState {
  const chunks = chunksAround(ordinalRangeOfDate(manifest.days, article.date), manifest);
  return useQueries({
    queries: chunks.map((chunk) => cardsChunkQueryOptions(chunk)),
    combine: (results): NeighboursState => {
      if (results.some((result) => result.isError)) {
        return { status: 'error', retry: () => results.forEach((result) => void result.refetch()) };
      }
      if (results.some((result) => !result.data)) return { status: 'loading' };
      return { status: 'ready', ...neighboursIn(results.flatMap((result) => result.data ?? []), article) };
    },
  });
}
