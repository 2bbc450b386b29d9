import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { writeFilters, type ListFilters } from '../list-filters';
import { readArticlesNow, readStamp } from '../read-articles';
import type * as FilterEngineModule from './run-filters';
import type { FilteredList } from './run-filters';

type FilterEngine = typeof FilterEngineModule;

/**
 * The list for a set of filters: matching ordinals, the list's day layout, topic counts and the histogram.
 * Worked out in the browser from columns.json (no request per filter change) and kept per query string,
 * so Back to an earlier filter is instant. The engine's code loads with the first filter. A search (`q`)
 * narrows it too (the search engine loads only then): the panel's counts under the search. The search
 * results themselves narrow by the list of the other filters, `{ ...filters, q: '' }`, as the words being
 * typed run ahead of the URL's `q`. With `unread`, the key holds the read state's stamp: a component
 * showing such a list re-renders on its changes (useReadArticles) to ask for the new one.
 */
export function filteredListQueryOptions(filters: ListFilters) {
  // Hiding read articles depends on what this browser has read: the key follows it (data/read-articles.ts).
  const read = filters.unread ? readArticlesNow() : null;
  return queryOptions({
    queryKey: ['list', filterKey(filters), read && readStamp(read)],
    queryFn: async ({ client }) => (await loadEngine()).runFilters(client, filters, read),
    staleTime: Infinity,
  });
}

/** The filter engine's code, once it has loaded (with the first filter or columns prefetch). */
let engine: FilterEngine | undefined;
const loadEngine = async () => (engine ??= await import('./run-filters'));

/** Downloads columns.json and the engine's code ahead of the first filter, so it is answered at once. */
export async function warmFilterEngine(queryClient: QueryClient): Promise<void> {
  // The columns' code (a worker client and decoder) loads here too, not with the list's first view.
  const prefetchColumns = async () => queryClient.prefetchQuery((await import('./columns-query')).columnsQueryOptions());
  await Promise.all([prefetchColumns(), loadEngine()]);
}

/**
 * The list for these filters if it can be had without waiting: cached, or worked out at once from
 * downloaded files (topic and date filters; runTopicDateFiltersNow) and cached. Undefined otherwise.
 */
export function filteredListNow(queryClient: QueryClient, filters: ListFilters): FilteredList | undefined {
  const { queryKey } = filteredListQueryOptions(filters);
  const cached = queryClient.getQueryData(queryKey);
  if (cached) return cached;
  const list = engine?.runTopicDateFiltersNow(queryClient, filters);
  if (list) queryClient.setQueryData(queryKey, list);
  return list;
}

/** What the list depends on: every filter, the search included. */
export function filterKey(filters: ListFilters): string {
  return writeFilters(filters);
}
