import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../article/article-schema';
import type { SearchMeta } from '../shared/search-format';
import { searchFieldsOf } from './article-search-fields';
import { mapLimit } from './map-limit';
import { searchCodeVersion } from './search-code-version';
import { loadSearchCache, saveSearchCache } from './search-cache';
import { searchDocOf, type SearchDoc } from './search-doc';
import { writeSearchFiles } from './write-search-files';

export type SearchIndexReport = {
  articles: number;
  /** Article files read and tokenised on this run (new or changed since the last). */
  read: number;
  /** Articles whose terms came from the cache. */
  reused: number;
  /** True when nothing changed and no file was written. */
  unchanged: boolean;
  build: string;
  files: number;
  /** Characters of JSON written (before the host's compression). */
  bytes: number;
  seconds: number;
};

const CACHE_FILE = '.search-cache.bin';

/**
 * Builds the search index (src/search/shared/search-format.ts) under <outDir>/index/search/ for the
 * articles in <outDir>/articles/, `articleIds[ordinal]` in list order (newest first, as the cards).
 *
 * Incremental: each article's terms are cached in <outDir>/.search-cache.bin with its file's size and
 * modification time (ingest only rewrites article files whose content changed), so a re-run reads only
 * new or changed articles; when none changed and the order is the same, nothing is written at all.
 */
export async function writeSearchIndex(outDir: string, articleIds: readonly string[]): Promise<SearchIndexReport> {
  const started = performance.now();
  const codeVersion = await searchCodeVersion();
  const cachePath = join(outDir, CACHE_FILE);
  const cache = await loadSearchCache(cachePath, codeVersion);
  const searchDir = join(outDir, 'index', 'search');
  const articlePath = (id: string) => join(outDir, 'articles', `${id}.json`);

  const files = await mapLimit(articleIds, 64, (id) => stat(articlePath(id)).catch(() => null));
  const docs: SearchDoc[] = new Array(articleIds.length);
  const toRead: number[] = [];
  articleIds.forEach((id, ordinal) => {
    const cached = cache.docs.get(id);
    const file = files[ordinal];
    if (cached && file && cached.size === file.size && cached.mtimeMs === file.mtimeMs) docs[ordinal] = cached;
    else toRead.push(ordinal);
  });

  const previous = await readMeta(searchDir);
  const sameOrder = cache.docs.size === articleIds.length && [...cache.docs.keys()].every((id, ordinal) => id === articleIds[ordinal]);
  if (!toRead.length && sameOrder && previous && (await stat(join(searchDir, previous.build)).catch(() => null))) {
    return report(articleIds.length, 0, true, { build: previous.build, files: 0, bytes: 0 }, started);
  }

  await mapLimit(toRead, 16, async (ordinal) => {
    const id = articleIds[ordinal]!;
    const file = files[ordinal];
    const text = file ? await readFile(articlePath(id), 'utf8').catch(() => null) : null;
    const fields = text
      ? searchFieldsOf(JSON.parse(text) as Article)
      : { title: '', speakers: [], entities: [], topics: [], blocks: [], quotations: [] };
    docs[ordinal] = searchDocOf(fields, cache.vocabulary, { id, size: file?.size ?? -1, mtimeMs: file?.mtimeMs ?? -1 });
  });

  const written = await writeSearchFiles(searchDir, docs, cache.vocabulary);
  await saveSearchCache(cachePath, codeVersion, cache.vocabulary, docs);
  return report(articleIds.length, toRead.length, false, written, started);
}

async function readMeta(searchDir: string): Promise<SearchMeta | null> {
  try {
    return JSON.parse(await readFile(join(searchDir, 'meta.json'), 'utf8')) as SearchMeta;
  } catch {
    return null;
  }
}

function report(
  articles: number,
  read: number,
  unchanged: boolean,
  written: { build: string; files: number; bytes: number },
  started: number,
): SearchIndexReport {
  return { articles, read, reused: articles - read, unchanged, ...written, seconds: (performance.now() - started) / 1000 };
}
