import { manifestQueryOptions } from '@/data/manifest-query';
import { readFilters, type ListFilters } from '@/data/list-filters';
import { useRouteData, type RouteData } from './route-query';

export type SavedRouteData = { filters: ListFilters; notices: string[] };

/** /saved takes the list's filters; the manifest says which topics exist. */
export const savedRoute: RouteData<SavedRouteData> = {
  name: 'saved',
  load: async (queryClient, { search }) => {
    const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
    return readFilters(new URLSearchParams(search), new Set(manifest.topics.map((topic) => topic.slug)));
  },
};

export function useSavedRouteData(): SavedRouteData {
  return useRouteData(savedRoute);
}
