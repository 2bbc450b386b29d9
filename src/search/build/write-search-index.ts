import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathExists } from './path-exists';
import { writeFileAtomically } from '../../ingest/write-file-if-changed';
import type { Article } from '../../article/article-schema';
import { searchFieldsOf } from './article-search-fields';
import { mapLimit } from './map-limit';
import { searchCodeVersion } from './search-code-version';
import { loadSearchCache, saveSearchCache } from './search-cache';
import { searchDocOf, type SearchDoc } from './search-doc';
import { writeSearchFiles } from './write-search-files';
import { dataFiles, SEARCH_DIR } from '../../data/data-files';

export type SearchIndexOptions = {
  /**
   * The ids of the articles whose files ingest wrote on this run (new or changed). When given, the other
   * articles are taken from the cache without looking at their files: no stat call per article.
   */
  changedIds?: ReadonlySet<string>;
};

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
/** What the last run built from: enough to see that nothing changed without reading the cache. */
const STATE_FILE = '.search-state.json';
type SearchState = { codeVersion: string; build: string; ids: string; files: string | null };

type FileStamp = { size: number; mtimeMs: number } | null;

/**
 * Builds the search index (src/search/shared/search-format.ts) under <outDir>/index/search/ for the
 * articles in <outDir>/articles/, `articleIds[ordinal]` in list order (newest first, as the cards).
 *
 * Incremental: each article's terms are cached in <outDir>/.search-cache.bin with its file's size and
 * modification time (ingest only rewrites article files whose content changed), so a re-run reads only
 * new or changed articles; when none changed and the order is the same, nothing is read or written.
 */
export async function writeSearchIndex(
  outDir: string,
  articleIds: readonly string[],
  { changedIds }: SearchIndexOptions = {},
): Promise<SearchIndexReport> {
  const started = performance.now();
  const codeVersion = await searchCodeVersion();
  const searchDir = join(outDir, SEARCH_DIR);
  const articlePath = (id: string) => join(outDir, dataFiles.article(id));
  const stampOf = (id: string): Promise<FileStamp> =>
    stat(articlePath(id)).then(
      ({ size, mtimeMs }) => ({ size, mtimeMs }),
      () => null,
    );

  const stamps = changedIds ? null : await mapLimit(articleIds, 64, stampOf);
  const state: SearchState = {
    codeVersion,
    build: '',
    ids: sha256(articleIds.join('\n')),
    files: stamps ? sha256(JSON.stringify(stamps)) : null,
  };
  const previous = await readJson<SearchState>(join(outDir, STATE_FILE));
  const sameInputs =
    previous?.codeVersion === codeVersion &&
    previous.ids === state.ids &&
    (stamps ? previous.files === state.files : changedIds!.size === 0) &&
    (await pathExists(join(searchDir, previous.build)));
  if (sameInputs) return report(articleIds.length, 0, true, { build: previous.build, files: 0, bytes: 0 }, started);

  const cache = await loadSearchCache(join(outDir, CACHE_FILE), codeVersion);
  const docs: SearchDoc[] = new Array(articleIds.length);
  const toRead: number[] = [];
  articleIds.forEach((id, ordinal) => {
    const cached = cache.docs.get(id);
    const stamp = stamps?.[ordinal];
    const fresh = stamps ? stamp && cached?.size === stamp.size && cached.mtimeMs === stamp.mtimeMs : !changedIds!.has(id);
    if (cached && fresh) docs[ordinal] = cached;
    else toRead.push(ordinal);
  });

  await mapLimit(toRead, 16, async (ordinal) => {
    const id = articleIds[ordinal]!;
    const stamp = stamps ? stamps[ordinal] : await stampOf(id);
    const text = stamp ? await readFile(articlePath(id), 'utf8').catch(() => null) : null;
    const fields = text
      ? searchFieldsOf(JSON.parse(text) as Article)
      : { title: '', speakers: [], entities: [], topics: [], blocks: [], quotations: [] };
    docs[ordinal] = searchDocOf(fields, cache.vocabulary, { id, size: stamp?.size ?? -1, mtimeMs: stamp?.mtimeMs ?? -1 });
  });

  // The state file may be missing or older than the cache: the cache alone can also show nothing changed.
  const sameOrder = cache.docs.size === articleIds.length && [...cache.docs.keys()].every((id, ordinal) => id === articleIds[ordinal]);
  const meta = await readJson<{ build: string }>(join(searchDir, 'meta.json'));
  if (!toRead.length && sameOrder && meta && (await pathExists(join(searchDir, meta.build)))) {
    await writeFileAtomically(join(outDir, STATE_FILE), JSON.stringify({ ...state, build: meta.build }));
    return report(articleIds.length, 0, true, { build: meta.build, files: 0, bytes: 0 }, started);
  }

  const written = await writeSearchFiles(searchDir, docs, cache.vocabulary);
  await saveSearchCache(join(outDir, CACHE_FILE), codeVersion, cache.vocabulary, docs);
  await writeFileAtomically(join(outDir, STATE_FILE), JSON.stringify({ ...state, build: written.build }));
  return report(articleIds.length, toRead.length, false, written, started);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
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
