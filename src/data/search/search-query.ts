import { queryOptions } from '@tanstack/react-query';
import type { SearchResults } from '@/search/query/create-search';
import { manifestQueryOptions } from '../manifest-query';
import { searchEngine } from './search-engine';

export type SearchAnswer = { text: string; results: SearchResults };

/** The search running now: the next one waits for it, so fast typing never runs searches side by side. */
let running: Promise<unknown> = Promise.resolve();

/**
 * The results for one search text, kept per text (Back to a search is instant). A search whose text was
 * typed past while it waited its turn is cancelled before it starts (React Query aborts a query nobody
 * watches any more), so only the newest keystroke's search runs after the one in progress.
 */
export function searchQueryOptions(text: string) {
  return queryOptions({
    queryKey: ['search', text],
    queryFn: async ({ client, signal }): Promise<SearchAnswer> => {
      const turn = running
        .catch(() => undefined)
        .then(async () => {
          signal.throwIfAborted();
          // The results are positions in the list this page shows: its manifest's, which may be older than
          // the search index (a tab open across a deploy): articles it does not list are left out.
          const { articleCount } = await client.ensureQueryData(manifestQueryOptions());
          return searchEngine(client).search(text, articleCount);
        });
      running = turn;
      return { text, results: await turn };
    },
    staleTime: Infinity,
    gcTime: 5 * 60_000,
  });
}
