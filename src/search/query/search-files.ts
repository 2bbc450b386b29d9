import { boundedCache, type BoundedCache } from './bounded-cache';
import { SEARCH_FORMAT, type PairFile, type PostingsFile, type SearchMeta, type TermShard } from '../shared/search-format';
import { SEARCH_DIR } from '@/data/data-files';

export type FetchJson = (url: string) => Promise<unknown>;

/** The index files a query needs, each fetched once and kept (a failed fetch is forgotten, so it is tried again). */
export type SearchFiles = {
  meta(): Promise<SearchMeta>;
  termShard(meta: SearchMeta, shard: number): Promise<TermShard>;
  postingsFile(meta: SearchMeta, file: number): Promise<PostingsFile>;
  pairFile(meta: SearchMeta, shard: number): Promise<PairFile>;
};

export class SearchIndexMissing extends Error {
  constructor(url: string, reason: string) {
    super(`The search index at ${url} cannot be used: ${reason}.`);
    this.name = 'SearchIndexMissing';
  }
}

/** Postings and pair files kept at once: enough for a session's recent queries, bounded for a long one. */
const KEPT_DATA_FILES = 32;

/** `baseUrl` is where ingest's output is served (the folder holding index/), ending in "/". */
export function createSearchFiles(baseUrl: string, fetchJson: FetchJson): SearchFiles {
  // Meta and term shards are small (about 50 shards at 100,000 articles): all kept.
  const small = new Map<string, Promise<unknown>>();
  const large = boundedCache<Promise<unknown>>(KEPT_DATA_FILES);
  const load = <T>(path: string, kept: BoundedCache<Promise<unknown>>): Promise<T> => {
    let pending = kept.get(path);
    if (!pending) {
      pending = fetchJson(`${baseUrl}${SEARCH_DIR}/${path}`);
      pending.catch(() => kept.delete(path));
      kept.set(path, pending);
    }
    return pending as Promise<T>;
  };
  return {
    async meta() {
      const meta = await load<SearchMeta>('meta.json', small);
      if (meta?.format !== SEARCH_FORMAT) {
        small.delete('meta.json');
        throw new SearchIndexMissing(`${baseUrl}${SEARCH_DIR}/meta.json`, `its format is ${String(meta?.format)}, not ${SEARCH_FORMAT}`);
      }
      return meta;
    },
    termShard: (meta, shard) => load<TermShard>(`${meta.build}/terms/${shard}.json`, small),
    postingsFile: (meta, file) => load<PostingsFile>(`${meta.build}/postings/${file}.json`, large),
    pairFile: (meta, shard) => load<PairFile>(`${meta.build}/pairs/${shard}.json`, large),
  };
}

/** A plain fetch for the browser; the reader may pass its own (with its error types) instead. */
export async function fetchJsonFile(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new SearchIndexMissing(url, `the server answered ${response.status}`);
  return response.json() as Promise<unknown>;
}
