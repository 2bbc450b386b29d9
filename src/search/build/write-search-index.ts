import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomically } from '../../ingest/write-file-if-changed';
import type { Article } from '../../article/article-schema';
import { searchFieldsOf } from './article-search-fields';
import { mapLimit } from './map-limit';
import { searchCodeVersion } from './search-code-version';
import { loadSearchCache, mergeSearchCaches, saveSearchCache } from './search-cache';
import { searchDocOf, type SearchDoc } from './search-doc';
import { loadSealedTable, idsHash, removeSealedTable, saveSealedTable } from './sealed-table';
import { SEARCH_LAYOUT, sealedArticles, writeSearchFiles, type SearchLayout, type WrittenSearchFiles } from './write-search-files';
import { SEARCH_FORMAT, type SearchMeta } from '../shared/search-format';
import { dataFiles, SEARCH_DIR } from '../../data/data-files';

export type SearchIndexOptions = {
  /**
   * The ids of the articles whose files ingest wrote on this run (new or changed). When given, the other
   * articles are taken from the cache without looking at their files: no stat call per article.
   */
  changedIds?: ReadonlySet<string>;
  /** File sizes and the sealed part's step: SEARCH_LAYOUT unless a test needs small ones. */
  layout?: SearchLayout;
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
  /** Files the index is made of (0 when unchanged). */
  files: number;
  /** Characters of JSON the index is made of (before the host's compression). */
  bytes: number;
  /** Files whose bytes changed and were written on this run: the others were left alone. */
  written: number;
  /**
   * Whether the sealed part was taken as the last build left it (sealed-table.ts: the work then grows with
   * the recent part, not the archive) or built from its articles; null when nothing was written.
   */
  sealed: 'kept' | 'built' | null;
  seconds: number;
};

/** The recent part's articles' terms (search-cache.ts), and the sealed part's. */
const CACHE_FILE = '.search-cache.bin';
const SEALED_CACHE_FILE = '.search-cache-sealed.bin';
/** The sealed part's terms and files (sealed-table.ts), beside the cache. */
const SEALED_FILE = '.search-sealed.bin';
/** What the last run built from: enough to see that nothing changed without reading the cache. */
const STATE_FILE = '.search-state.json';
type SearchState = { codeVersion: string; build: string; ids: string; files: string | null };

type FileStamp = { size: number; mtimeMs: number } | null;

/**
 * Builds the search index (src/search/shared/search-format.ts) under <outDir>/index/search/ for the
 * articles in <outDir>/articles/, `articleIds[ordinal]` in list order (newest first, as the cards); the
 * files number them from the oldest end.
 *
 * Incremental: each article's terms are cached in <outDir>/.search-cache.bin with its file's size and
 * modification time (ingest only rewrites article files whose content changed), so a re-run reads only
 * new or changed articles; when none changed and the order is the same, nothing is read or written.
 */
export async function writeSearchIndex(
  outDir: string,
  articleIds: readonly string[],
  { changedIds, layout = SEARCH_LAYOUT }: SearchIndexOptions = {},
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
  const meta = await readJson<SearchMeta>(join(searchDir, 'meta.json'));
  const sameInputs =
    previous?.codeVersion === codeVersion &&
    previous.ids === state.ids &&
    (stamps ? previous.files === state.files : changedIds!.size === 0) &&
    meta?.format === SEARCH_FORMAT &&
    meta.build === previous.build;
  if (sameInputs) return report(articleIds.length, 0, null, unchanged(previous.build), started);

  // The sealed part is taken as the last build left it (sealed-table.ts) when it holds the same articles,
  // none of them changed, and its files are the ones meta.json names (the table is removed before they
  // are written again). Told which articles changed, the builder then does not even load the sealed
  // articles' terms, only the recent part's: its work grows with the recent part, not the archive.
  const sealedEnd = sealedArticles(articleIds.length, layout);
  const firstSealed = articleIds.length - sealedEnd;
  const table = sealedEnd > 0 ? await loadSealedTable(join(outDir, SEALED_FILE), codeVersion, layout) : null;
  const sealedIds = articleIds.slice(firstSealed);
  const tableFits =
    table?.articles === sealedEnd &&
    meta?.format === SEARCH_FORMAT &&
    meta.sealed === table.stamp &&
    table.ids === idsHash([...sealedIds].reverse());
  const onlyRecent = tableFits && changedIds !== undefined && !sealedIds.some((id) => changedIds.has(id));
  const recentCache = await loadSearchCache(join(outDir, CACHE_FILE), codeVersion);
  const cache = onlyRecent
    ? recentCache
    : mergeSearchCaches(await loadSearchCache(join(outDir, SEALED_CACHE_FILE), codeVersion), recentCache);

  // In list order (newest first): every article, or only the recent part's.
  const indexed = onlyRecent ? articleIds.slice(0, firstSealed) : articleIds;
  const docs: SearchDoc[] = new Array(indexed.length);
  const toRead: number[] = [];
  indexed.forEach((id, ordinal) => {
    const cached = cache.docs.get(id);
    const stamp = stamps?.[ordinal];
    const fresh = stamps ? stamp && cached?.size === stamp.size && cached.mtimeMs === stamp.mtimeMs : !changedIds!.has(id);
    if (cached && fresh) docs[ordinal] = cached;
    else toRead.push(ordinal);
  });

  await mapLimit(toRead, 16, async (ordinal) => {
    const id = indexed[ordinal]!;
    const stamp = stamps ? stamps[ordinal] : await stampOf(id);
    const text = stamp ? await readFile(articlePath(id), 'utf8').catch(() => null) : null;
    const fields = text
      ? searchFieldsOf(JSON.parse(text) as Article)
      : { title: '', speakers: [], entities: [], topics: [], blocks: [], quotations: [] };
    docs[ordinal] = searchDocOf(fields, cache.vocabulary, { id, size: stamp?.size ?? -1, mtimeMs: stamp?.mtimeMs ?? -1 });
  });

  // The state file may be missing or older than the cache: the cache alone can also show nothing changed.
  const sameOrder =
    !onlyRecent && cache.docs.size === articleIds.length && [...cache.docs.keys()].every((id, ordinal) => id === articleIds[ordinal]);
  if (!toRead.length && sameOrder && meta?.format === SEARCH_FORMAT) {
    await writeFileAtomically(join(outDir, STATE_FILE), JSON.stringify({ ...state, build: meta.build }));
    return report(articleIds.length, 0, null, unchanged(meta.build), started);
  }

  const keepSealed = tableFits && toRead.every((ordinal) => ordinal < firstSealed);
  if (!keepSealed) await removeSealedTable(join(outDir, SEALED_FILE));
  const recentDocs = docs.slice(0, firstSealed);
  // The files number articles from the oldest end (search-format.ts): docs in that order.
  const { sealed, ...written } = keepSealed
    ? await writeSearchFiles(searchDir, [...recentDocs].reverse(), cache.vocabulary, codeVersion, layout, table)
    : await writeSearchFiles(searchDir, [...docs].reverse(), cache.vocabulary, codeVersion, layout);
  // Each part's articles in a cache of its own: a build that keeps the sealed part neither reads nor writes its cache.
  if (sealed) {
    await saveSearchCache(join(outDir, SEALED_CACHE_FILE), codeVersion, cache.vocabulary, docs.slice(firstSealed));
    await saveSealedTable(join(outDir, SEALED_FILE), codeVersion, layout, sealed);
  }
  await saveSearchCache(join(outDir, CACHE_FILE), codeVersion, cache.vocabulary, recentDocs);
  await writeFileAtomically(join(outDir, STATE_FILE), JSON.stringify({ ...state, build: written.build }));
  return report(articleIds.length, toRead.length, sealed ? 'built' : 'kept', written, started);
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

type FilesReport = Omit<WrittenSearchFiles, 'sealed'>;

function unchanged(build: string): FilesReport {
  return { build, files: 0, bytes: 0, written: 0 };
}

function report(
  articles: number,
  read: number,
  sealed: SearchIndexReport['sealed'],
  written: FilesReport,
  started: number,
): SearchIndexReport {
  const seconds = (performance.now() - started) / 1000;
  return { articles, read, reused: articles - read, unchanged: sealed === null, sealed, ...written, seconds };
}
