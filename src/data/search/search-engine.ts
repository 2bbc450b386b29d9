import type { QueryClient } from '@tanstack/react-query';
import { createSearch, type Search } from '@/search/query/create-search';
import { dataUrl } from '../data-url';
import { fetchJson } from '../fetch-json';

const engines = new WeakMap<QueryClient, Search>();

/**
 * The page's search engine, one per query client (one per page; one per test): it keeps the index files
 * it fetched for the next keystrokes.
 */
export function searchEngine(queryClient: QueryClient): Search {
  let engine = engines.get(queryClient);
  if (!engine) {
    engine = createSearch(dataUrl(''), { fetchJson: (url) => fetchJson(url) });
    engines.set(queryClient, engine);
  }
  return engine;
}
