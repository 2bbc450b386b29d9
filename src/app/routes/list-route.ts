import type { SiteManifest } from '@/article/site-index';
import { cardsChunkQueryOptions } from '@/data/cards-query';
import { manifestQueryOptions } from '@/data/manifest-query';
import { filteredListNow, filteredListQueryOptions } from '@/data/filters/filtered-list-query';
import { hasFilters, readFilters, type ListFilters } from '@/data/list-filters';
import { ListSkeleton } from '@/features/articles/list/list-skeleton';
import { NotFound } from '../not-found';
import { lazyPage, type AppRoute } from './app-route';
import { routeTable } from './route-table';

export type ListRouteData = {
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
export const listRoute: AppRoute<ListRouteData> = {
  name: 'list',
  view: routeTable.list,
  ...lazyPage(async () => (await import('./list-page')).ListPage),
  Skeleton: ListSkeleton,
  load: async (queryClient, { search, params }) => {
    const [manifest] = await Promise.all([
      queryClient.ensureQueryData(manifestQueryOptions()),
      queryClient.ensureQueryData(cardsChunkQueryOptions(0)).catch(() => null),
    ]);
    const data = readListRoute(manifest, search, params.slug);
    // With a search, the panel counts under it too: started here, not waited for (a search index
    // that fails to load is the search results' own error, not the page's).
    if (data.filters.q) void queryClient.prefetchQuery(filteredListQueryOptions(data.filters));
    const others = { ...data.filters, q: '' };
    if (hasFilters(others)) await queryClient.ensureQueryData(filteredListQueryOptions(others));
    return data;
  },
  // A filter change draws at once, but a new search waits in a transition for its results (their code and
  // index may still be loading), with the list on screen meanwhile.
  movesInPlace: (from, to) => new URLSearchParams(from.search).get('q') === new URLSearchParams(to.search).get('q'),
  // A filter change once the archive's columns are here: the list is worked out in the same render.
  loadNow: (queryClient, { search, params }) => {
    const manifest = queryClient.getQueryData(manifestQueryOptions().queryKey);
    if (!manifest) return undefined;
    try {
      const data = readListRoute(manifest, search, params.slug);
      const others = { ...data.filters, q: '' };
      return !hasFilters(others) || filteredListNow(queryClient, others) ? data : undefined;
    } catch {
      return undefined; // A missing topic: load() throws it as the route's error.
    }
  },
};

function readListRoute(manifest: SiteManifest, search: string, slug: string | undefined): ListRouteData {
  const topicSlugs = new Set(manifest.topics.map((each) => each.slug));
  const { filters, notices } = readFilters(new URLSearchParams(search), topicSlugs);
  const topic = slug ?? null;
  if (topic !== null) {
    if (!topicSlugs.has(topic)) throw new NotFound({ missing: 'page' });
    if (!filters.topics.includes(topic)) filters.topics = [topic, ...filters.topics];
  }
  return { filters, notices, topic };
}
