import { createElement } from 'react';
import { manifestQueryOptions } from '@/data/manifest-query';
import { readFilters, type ListFilters } from '@/data/list-filters';
import { ListSkeleton } from '@/features/articles/list/list-skeleton';
import { lazyPage, type AppRoute } from './app-route';
import { routeTable } from './route-table';

export type SavedRouteData = { filters: ListFilters; notices: string[] };

/** /saved takes the list's filters; the manifest says which topics exist. */
export const savedRoute: AppRoute<SavedRouteData> = {
  name: 'saved',
  view: routeTable.saved,
  // The saved page takes the filter controls as a slot: features never import each other.
  ...lazyPage(async () => {
    const [{ SavedPage }, { FilterPanel }] = await Promise.all([
      import('@/features/saved/saved-page'),
      import('@/features/filters/filter-panel'),
    ]);
    return function SavedRoutePage(props: { data: SavedRouteData }) {
      return createElement(SavedPage, { ...props, FilterPanel });
    };
  }),
  Skeleton: ListSkeleton,
  load: async (queryClient, { search }) => {
    const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
    return readFilters(new URLSearchParams(search), new Set(manifest.topics.map((topic) => topic.slug)));
  },
};
