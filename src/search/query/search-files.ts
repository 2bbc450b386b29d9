import { boundedCache, type BoundedCache } from './bounded-cache';
import { SEARCH_FORMAT, type PairFile, type PostingsFile, type SearchMeta, type SearchPart, type TermShard } from '../shared/search-format';
import { SEARCH_DIR } from '@/data/data-files';

export type FetchJson = (url: string) => Promise<unknown>;

/**
 * The index files a query needs, each fetched once and kept (a failed fetch is forgotten, so it is tried
 * again). Every file is checked against the meta.json it is read for: one with another stamp is from
 * another build (the site was deployed since meta.json was read, or is being deployed), and is refused
 * with SearchIndexChanged rather than mixed with this build's files.
 */
export type SearchFiles = {
  meta(): Promise<SearchMeta>;
  /** Forgets meta.json, so the next query reads it again (after SearchIndexChanged). */
  forgetMeta(): void;
  termShard(meta: SearchMeta, shard: number): Promise<TermShard>;
  postingsFile(meta: SearchMeta, part: SearchPart, file: number): Promise<PostingsFile>;
  pairFile(meta: SearchMeta, part: SearchPart, shard: number): Promise<PairFile>;
};

export class SearchIndexMissing extends Error {
  constructor(url: string, reason: string) {
    super(`The search index at ${url} cannot be used: ${reason}.`);
    this.name = 'SearchIndexMissing';
  }
}

/** A file of another build than the meta.json it was read for. */
export class SearchIndexChanged extends Error {
  constructor(url: string) {
    super(`The search index file ${url} is not of the build its meta.json describes: the site changed meanwhile.`);
    this.name = 'SearchIndexChanged';
  }
}

/** Postings and pair files kept at once: enough for a session's recent queries, bounded for a long one. */
const KEPT_DATA_FILES = 32;

/** `baseUrl` is where ingest's output is served (the folder holding index/), ending in "/". */
export function createSearchFiles(baseUrl: string, fetchJson: FetchJson): SearchFiles {
  // Meta and term shards are small (about 50 shards at 100,000 articles): all kept.
  const small = new Map<string, Promise<unknown>>();
  const large = boundedCache<Promise<unknown>>(KEPT_DATA_FILES);
  const load = <T>(path: string, kept: BoundedCache<Promise<unknown>>, stamp?: string): Promise<T> => {
    // Files keep their names from build to build: what is kept is keyed by the build it was read for too.
    const key = `${stamp ?? ''}/${path}`;
    let pending = kept.get(key);
    if (!pending) {
      const url = `${baseUrl}${SEARCH_DIR}/${path}`;
      pending = fetchJson(url).then((value) => {
        if (stamp !== undefined && (value as { stamp?: unknown } | null)?.stamp !== stamp) throw new SearchIndexChanged(url);
        return value;
      });
      pending.catch(() => kept.delete(key));
      kept.set(key, pending);
    }
    return pending as Promise<T>;
  };
  const stampOf = (meta: SearchMeta, part: SearchPart) => (part === 'sealed' ? meta.sealed : meta.build);
  return {
    async meta() {
      const meta = await load<SearchMeta>('meta.json', small);
      if (meta?.format !== SEARCH_FORMAT) {
        small.delete('/meta.json');
        throw new SearchIndexMissing(`${baseUrl}${SEARCH_DIR}/meta.json`, `its format is ${String(meta?.format)}, not ${SEARCH_FORMAT}`);
      }
      return meta;
    },
    forgetMeta: () => small.delete('/meta.json'),
    termShard: (meta, shard) => load<TermShard>(`terms/${shard}.json`, small, meta.build),
    postingsFile: (meta, part, file) => load<PostingsFile>(`${part}/postings/${file}.json`, large, stampOf(meta, part)),
    pairFile: (meta, part, shard) => load<PairFile>(`${part}/pairs/${shard}.json`, large, stampOf(meta, part)),
  };
}

/** A plain fetch for the browser; the reader may pass its own (with its error types) instead. */
export async function fetchJsonFile(url: string): Promise<unknown> {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new SearchIndexMissing(url, `the server answered ${response.status}`);
  return response.json() as Promise<unknown>;
}
