import { QueryClient } from '@tanstack/react-query';
import { isWorthRetrying } from '@/data/data-errors';

/**
 * The cache that holds every data file the reader has fetched. Data changes only when the site is
 * deployed again, so nothing is refetched behind the reader's back.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10 * 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => isWorthRetrying(error) && failures < 2,
      },
    },
  });
}
