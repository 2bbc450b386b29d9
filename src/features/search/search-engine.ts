import { createSearch, type Search } from '../../search/query/create-search';
import { dataUrl } from '../articles/api/data-url';
import { fetchJson } from '../articles/api/fetch-json';

let engine: Search | undefined;

/** The page's one search engine: it keeps the index files it fetched for the next keystrokes. */
export function searchEngine(): Search {
  engine ??= createSearch(dataUrl(''), { fetchJson: (url) => fetchJson(url) });
  return engine;
}
