import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { EntityKind } from '../../../article/site-index';
import { writeFilters, type ListFilters } from '../list-filters';

/**
 * The list for a set of filters: matching ordinals, the list's day layout, topic counts and the histogram.
 * Worked out in the browser from columns.json (no request per filter change) and kept per query string,
 * so Back to an earlier filter is instant. The engine's code loads with the first filter. A search (`q`)
 * narrows it too (the search engine loads only then): the panel's counts under the search. The search
 * results themselves narrow by the list of the other filters, `{ ...filters, q: '' }`, as the words being
 * typed run ahead of the URL's `q`.
 */
export function filteredListQueryOptions(queryClient: QueryClient, filters: ListFilters) {
  return queryOptions({
    queryKey: ['list', filterKey(filters)],
    queryFn: async () => (await import('./run-filters')).runFilters(queryClient, filters),
    staleTime: Infinity,
  });
}

/** What the list depends on: every filter, the search included. */
export function filterKey(filters: ListFilters): string {
  return writeFilters(filters);
}

/**
 * Counts of these people, organisations or places under the other filters and the search (their own
 * kind's choice left out). Needs the postings of each name, so it is asked only while some other filter
 * narrows the list; kept per filters and names, like the list.
 */
export function entityCountsQueryOptions(queryClient: QueryClient, filters: ListFilters, kind: EntityKind, names: readonly string[]) {
  return queryOptions({
    queryKey: ['entity-counts', kind, filterKey({ ...filters, [kind]: [] }), names],
    queryFn: async () => (await import('./run-filters')).entityCounts(queryClient, filters, kind, names),
    staleTime: Infinity,
  });
}
