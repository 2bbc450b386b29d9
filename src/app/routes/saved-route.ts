import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { manifestQueryOptions } from '../../features/articles/api/manifest-query';
import { readFilters, type ListFilters } from '../../features/filters/list-filters';

export type SavedLoaderData = { filters: ListFilters; notices: string[] };

/** /saved takes the list's filters; the manifest says which topics exist. */
export function savedLoader(queryClient: QueryClient) {
  return async ({ request }: LoaderFunctionArgs): Promise<SavedLoaderData> => {
    const manifest = await queryClient.ensureQueryData(manifestQueryOptions());
    return readFilters(new URL(request.url).searchParams, new Set(manifest.topics.map((topic) => topic.slug)));
  };
}
