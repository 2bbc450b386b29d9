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
  ...lazyPage(async () => (await import('@/features/saved/saved-page')).SavedPage),
  Skeleton: ListSkeleton,
  load: async (queryClient, { search }) => {
    const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
    return readFilters(new URLSearchParams(search), new Set(manifest.topics.map((topic) => topic.slug)));
  },
};
