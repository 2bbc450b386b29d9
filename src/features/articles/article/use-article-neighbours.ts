import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Article } from '@/article/article-schema';
import type { SiteManifest } from '@/article/site-index';
import { cardsChunkQueryOptions } from '@/data/cards-query';
import { cardsAround, chunksAround, neighboursIn, ordinalRangeOfDate, type Neighbours } from '@/data/article-position';

export type NeighboursState = { status: 'loading' } | { status: 'error'; retry: () => void } | ({ status: 'ready' } & Neighbours);

/**
 * Previous, next and related articles, from the one or two card chunks around the article's day
 * (found from the manifest's day histogram): never a list of the whole archive. The chunks go through
 * their own cache entries (the list shares them); this query only combines them.
 */
export function useArticleNeighbours(article: Pick<Article, 'id' | 'date' | 'topics'>, manifest: SiteManifest): NeighboursState {
  const queryClient = useQueryClient();
  const day = ordinalRangeOfDate(manifest.days, article.date);
  const chunks = chunksAround(day, manifest);
  const { data, isError, refetch } = useQuery({
    queryKey: ['neighbours', article.id, chunks],
    queryFn: async () => {
      const cards = await Promise.all(chunks.map((chunk) => queryClient.ensureQueryData(cardsChunkQueryOptions(chunk))));
      return neighboursIn(cardsAround(day, manifest, chunks, cards), article);
    },
  });
  if (isError) return { status: 'error', retry: () => void refetch() };
  if (!data) return { status: 'loading' };
  return { status: 'ready', ...data };
}
