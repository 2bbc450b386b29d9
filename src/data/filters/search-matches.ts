import type { QueryClient } from '@tanstack/react-query';
import { isEmptyQuery } from '@/search/query/parse-query';
import { searchQueryOptions } from '../search/search-query';

/**
 * The archive ordinals the search `text` matches, from the same cached query the search results use (so
 * a search runs once for both). null when the text has no word to search for (only stopwords or
 * punctuation): the results then ask for a word, and the filters are not narrowed by it.
 * Loaded only once a search is in the filters, so the filters' first view never downloads the engine.
 */
export async function searchMatches(queryClient: QueryClient, text: string): Promise<Uint32Array | null> {
  const { results } = await queryClient.ensureQueryData(searchQueryOptions(text.trim()));
  return isEmptyQuery(results.query) ? null : results.ordinals;
}
