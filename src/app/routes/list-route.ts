import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { cardsChunkQueryOptions } from '../../features/articles/api/cards-query';
import { manifestQueryOptions } from '../../features/articles/api/manifest-query';
import { filteredListQueryOptions } from '../../features/filters/api/filtered-list-query';
import { hasFilters, readFilters, type ListFilters } from '../../features/filters/list-filters';
import { notFound } from '../not-found';

export type ListLoaderData = {
  filters: ListFilters;
  /** Sentences about filter values that were left out (shown in a status region). */
  notices: string[];
  /** The topic slug of a /topics/<slug> landing page; null on the list itself. */
  topic: string | null;
};

/**
 * The list's first view needs the manifest (which lays out the whole list) and the first chunk of
 * cards, fetched side by side. Chunks further down load as their rows come into view. Filters are read
 * from the query string here and are part of the list's query key; a filtered list also needs
 * columns.json, which an unfiltered first view never downloads.
 */
export function listLoader(queryClient: QueryClient) {
  return async ({ request, params }: LoaderFunctionArgs): Promise<ListLoaderData> => {
    const [manifest] = await Promise.all([
      queryClient.ensureQueryData(manifestQueryOptions()),
      queryClient.ensureQueryData(cardsChunkQueryOptions(0)).catch(() => null),
    ]);
    const topicSlugs = new Set(manifest.topics.map((each) => each.slug));
    const { filters, notices } = readFilters(new URL(request.url).searchParams, topicSlugs);
    const topic = params.slug ?? null;
    if (topic !== null) {
      if (!topicSlugs.has(topic)) throw notFound({ missing: 'page' });
      if (!filters.topics.includes(topic)) filters.topics = [topic, ...filters.topics];
    }
    if (hasFilters({ ...filters, q: '' })) await queryClient.ensureQueryData(filteredListQueryOptions(queryClient, filters));
    return { filters, notices, topic };
  };
}
