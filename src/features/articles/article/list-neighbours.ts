import type { QueryClient } from '@tanstack/react-query';
import type { ArticleCard, SiteManifest } from '@/article/site-index';
import { cardPlace } from '@/data/card-chunks';
import { cardsChunkQueryOptions } from '@/data/cards-query';
import { filteredListQueryOptions } from '@/data/filters/filtered-list-query';
import { hasFilters, readFilters } from '@/data/list-filters';

export type ListSteps = { previous: ArticleCard | null; next: ArticleCard | null };

/**
 * Previous and next within the list an article was opened from (`origin`, its filter query string), in
 * that list's order (newest first, as the filter engine lists matches). `ordinal` is the article's place
 * in the archive. Null when the origin holds no filter, or the list no longer holds the article (a
 * rebuilt archive, an edited history state): the caller then steps through the whole archive.
 */
export async function stepsInList(
  queryClient: QueryClient,
  manifest: SiteManifest,
  origin: string,
  ordinal: number,
): Promise<ListSteps | null> {
  const { filters } = readFilters(new URLSearchParams(origin), new Set(manifest.topics.map((topic) => topic.slug)));
  if (!hasFilters(filters)) return null;
  const whole = { ...filters, unread: false };
  if (hasFilters(whole)) {
    const { ordinals } = await queryClient.fetchQuery(filteredListQueryOptions(whole));
    if (ordinals[lowerBound(ordinals, ordinal)] !== ordinal) return null;
  }
  const { ordinals } = await queryClient.fetchQuery(filteredListQueryOptions(filters));
  const at = lowerBound(ordinals, ordinal);
  // The article's own place when the list still holds it (read since the list was worked out, or not yet).
  const after = ordinals[at] === ordinal ? at + 1 : at;
  const cardAt = async (position: number): Promise<ArticleCard | null> => {
    const wanted = ordinals[position];
    if (wanted === undefined) return null;
    const place = cardPlace(wanted, manifest);
    const chunk = await queryClient.ensureQueryData(cardsChunkQueryOptions(place.chunk));
    return chunk[place.index] ?? null;
  };
  const [previous, next] = await Promise.all([cardAt(at - 1), cardAt(after)]);
  return { previous, next };
}

/** The first position whose ordinal is not below `ordinal` (matches are listed in archive order). */
function lowerBound(ordinals: Uint32Array, ordinal: number): number {
  let low = 0;
  let high = ordinals.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ordinals[middle]! < ordinal) low = middle + 1;
    else high = middle;
  }
  return low;
}
