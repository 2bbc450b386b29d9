import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import type { Article } from '@/article/article-schema';
import type { SiteManifest } from '@/article/site-index';
import { cardsChunkQueryOptions } from '@/data/cards-query';
import { cardsAround, chunksAround, neighboursIn, ordinalOfCard, ordinalRangeOfDate, type Neighbours } from '@/data/article-position';
import { listOriginOf } from '@/ui/list-origin';
import { stepsInList } from './list-neighbours';

export type NeighboursState =
  { status: 'loading' } | { status: 'error'; retry: () => void } | ({ status: 'ready'; origin: string | null } & Neighbours);

/**
 * Previous, next and related articles, from the one or two card chunks around the article's day
 * (found from the manifest's day histogram): never a list of the whole archive. The chunks go through
 * their own cache entries (the list shares them); this query only combines them. Opened from a
 * filtered list or a search (the link's history state says which), previous and next are that list's;
 * `origin` is then its query string, which the links to them carry on.
 */
export function useArticleNeighbours(article: Pick<Article, 'id' | 'date' | 'topics'>, manifest: SiteManifest): NeighboursState {
  const queryClient = useQueryClient();
  const origin = listOriginOf(useLocation().state);
  const day = ordinalRangeOfDate(manifest.days, article.date);
  const chunks = chunksAround(day, manifest);
  const { data, isError, refetch } = useQuery({
    queryKey: ['neighbours', article.id, chunks, origin],
    queryFn: async () => {
      const cards = await Promise.all(chunks.map((chunk) => queryClient.ensureQueryData(cardsChunkQueryOptions(chunk))));
      const archive = neighboursIn(cardsAround(day, manifest, chunks, cards), article);
      const ordinal = ordinalOfCard(article.id, day, manifest, chunks, cards);
      if (origin === null || ordinal === null) return { ...archive, origin: null };
      const inList = await stepsInList(queryClient, manifest, origin, ordinal);
      return inList ? { ...archive, ...inList, origin } : { ...archive, origin: null };
    },
  });
  if (isError) return { status: 'error', retry: () => void refetch() };
  if (!data) return { status: 'loading' };
  return { status: 'ready', ...data };
}
