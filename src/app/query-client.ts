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
        // Offline, a file is still asked for (the service worker may keep it: offline-contract.ts), but a
        // failure is final: the page says at once that it is not available offline, not after retries.
        networkMode: 'offlineFirst',
        retry: (failures, error) => isWorthRetrying(error) && failures < 2 && isOnline(),
      },
    },
  });
}

/** navigator.onLine (React Query's onlineManager starts as online, even in a page loaded offline); no navigator: drawing at build time. */
function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine;
}
