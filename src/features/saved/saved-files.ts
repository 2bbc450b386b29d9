import { queryOptions, type QueryClient } from '@tanstack/react-query';
import pLimit from 'p-limit';
import type { Article } from '@/article/article-schema';
import { articleQueryOptions } from '@/data/article-query';
import { DataNotFound } from '@/data/data-errors';

/**
 * What /saved needs of a saved article's own file: whether it is still in the archive, and its topics and
 * names to filter by. Kept for the whole visit (a few hundred bytes each), so coming back to /saved asks
 * for no file twice; the full article stays only as long as the query cache keeps any article.
 */
export type SavedFile = { gone: true } | ({ gone: false } & Pick<Article, 'topics' | 'entities'>);

/** Article files /saved fetches at once: a few at a time, however many are saved, so the page and network stay free. */
export const SAVED_FILES_AT_ONCE = 4;

const inTurn = pLimit(SAVED_FILES_AT_ONCE);

export function savedFileQueryOptions(queryClient: QueryClient, id: string) {
  return queryOptions({
    queryKey: ['saved-file', id],
    queryFn: ({ signal }) =>
      inTurn(async (): Promise<SavedFile> => {
        // Off the page before its turn came (the reader moved on): never fetched.
        signal.throwIfAborted();
        try {
          const { topics, entities } = await queryClient.fetchQuery(articleQueryOptions(id));
          return { gone: false, topics, entities };
        } catch (error) {
          if (error instanceof DataNotFound) return { gone: true };
          throw error;
        }
      }),
    staleTime: Infinity,
    gcTime: Infinity,
    // The article's own query has already retried what is worth retrying.
    retry: false,
  });
}
