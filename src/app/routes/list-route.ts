import type { QueryClient } from '@tanstack/react-query';
import { cardsChunkQueryOptions } from '../../features/articles/api/cards-query';
import { manifestQueryOptions } from '../../features/articles/api/manifest-query';

/**
 * The list's first view needs the manifest (which lays out the whole list) and the first chunk of
 * cards, fetched side by side. Chunks further down load as their rows come into view.
 */
export function listLoader(queryClient: QueryClient) {
  return async () => {
    const [manifest] = await Promise.all([
      queryClient.ensureQueryData(manifestQueryOptions()),
      queryClient.ensureQueryData(cardsChunkQueryOptions(0)).catch(() => null),
    ]);
    return { articleCount: manifest.articleCount };
  };
}
