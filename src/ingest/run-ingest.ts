import { availableParallelism } from 'node:os';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { articleIdFromSource } from './article-id';
import { MAX_SOURCE_BYTES, tooLarge } from './decode-source';
import { scanSources, type FoundSources } from './find-sources';
import { IngestFailure, asIngestFailure } from './ingest-failure';
import { FILE_LIMITS, runInPool, startPool, type FileLimits, type KeptPool, type PoolOptions, type StartedPool } from './ingest-pool';
import type { IngestTaskResult, TaskFile } from './ingest-task';
import { statFiles, type FileStamp } from './stat-files';
import { ingestCodeVersion, loadIngestState, saveIngestState, type IngestState, type SourceRecord } from './ingest-state';
import { removeLeftovers } from './leftovers';
import { describeErrno, unreadable } from './read-source';
import { isTemporaryName, writeFileIfChanged } from './write-file-if-changed';
import { writeIndex, type IndexEntry } from './write-index';
import { mapLimit } from '../search/build/map-limit';
import { writeSearchIndex } from '../search/build/write-search-index';
import { ARTICLES_DIR, articleFileName } from '../data/data-files';
import { recordChanges } from './data-changes';
import { noteChanged, removeOutput } from './noted-changes';

export type IngestReport = {
  /** Input files found. */
  read: number;
  /** Articles in the output. */
  written: number;
  /** Of those, how many were processed on this run (the rest were unchanged since the last run). */
  processed: number;
  /**
   * Every input left out, with the reason, in path order: files rejected (bad input, over a limit, an id
   * another file has), and files and folders skipped (unreadable, links, pipes). Folders end in "/".
   */
  rejected: Array<{ source: string; reason: string }>;
  seconds: number;
  /** Wall-clock seconds of each stage, for finding where a slow run spends its time. */
  stages: { scan: number; articles: number; index: number; search: number };
};

/** What a long run reports as it goes: files done of those to process, then each later stage as it starts. */
export type IngestProgress = { stage: 'articles'; done: number; total: number } | { stage: 'index' | 'search' };

export type IngestOptions = {
  /** What one file may cost (FILE_LIMITS by default). */
  limits?: FileLimits;
  /** Worker threads (by default one per core, fewer for a few files). */
  threads?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** The worker module, for tests (ingest-pool.ts). */
  worker?: URL;
  /** Threads the caller started and keeps (keptPool): used in place of threads, limits and worker. */
  workers?: KeptPool;
};

export { IngestFailure };

/** Files per thread below which another thread costs more to start than it saves. */
const FILES_PER_THREAD = 32;

/**
 * Ingests every *.txt and *.json under inDir into outDir: articles/<id>.json for each good file,
 * then the index files (write-index.ts) and the search index. Incremental: a file whose size and
 * modification time are unchanged since the last run, under the same ingest code, is not processed again.
 *
 * Bad input costs only its own file (IngestReport.rejected). Ingest's own failures (the output cannot be
 * written, a worker fails for a reason that is not its file's) throw IngestFailure.
 *
 * Every file is written under a temporary name and renamed into place, and the incremental state is saved
 * last: a run that is killed at any point leaves files that are each whole, and the next run (which looks
 * again at every file the killed one may have touched) ends with exactly what a fresh run would write.
 */
export async function runIngest(inDir: string, outDir: string, options: IngestOptions = {}): Promise<IngestReport> {
  try {
    // The paths each run changed are journalled for the build's later steps (data-changes.ts).
    return await recordChanges(outDir, () => ingest(inDir, outDir, options));
  } catch (error) {
    throw asIngestFailure(error);
  }
}

async function ingest(inDir: string, outDir: string, options: IngestOptions): Promise<IngestReport> {
  const started = performance.now();
  const found = await scanSources(inDir).catch((error: unknown) => {
    throw new IngestFailure(`cannot read the input folder ${inDir}: ${describeErrno(error)}`);
  });
  const { sources } = found;
  // One worker thread starts now (unless the caller keeps its own), loading the NLP model while this thread
  // works out which files changed: a day's new articles need no more, and finding them among 100,000 takes seconds.
  const poolOptions = options.workers ?? {
    threads: options.threads ?? 1,
    limits: options.limits ?? FILE_LIMITS,
    worker: options.worker,
  };
  const workers = options.workers ?? (sources.length > 0 ? startPool(poolOptions) : undefined);
  try {
    return await ingestSources(inDir, outDir, options, found, { ...poolOptions, started: workers }, started);
  } finally {
    await workers?.stop();
  }
}

async function ingestSources(
  inDir: string,
  outDir: string,
  options: IngestOptions,
  found: FoundSources,
  pool: PoolOptions & { started: StartedPool | undefined },
  started: number,
): Promise<IngestReport> {
  const articlesDir = join(outDir, ARTICLES_DIR);
  const { sources } = found;
  const codeVersion = await ingestCodeVersion();
  await removeLeftovers(outDir);
  const previous = await loadIngestState(outDir, codeVersion);
  const existingFiles = new Set(await readdir(articlesDir).catch(() => [] as string[]));

  const stats = statFiles(sources.map((source) => join(inDir, source)));
  const records = new Map<string, SourceRecord>();
  const toProcess: string[] = [];
  const statOf = (index: number) => (stats[index] instanceof Error ? null : (stats[index] as FileStamp));
  sources.forEach((source, index) => {
    const fileStat = statOf(index);
    const before = previous.files[source];
    const unchanged =
      fileStat &&
      before &&
      before.size === fileStat.size &&
      before.mtimeMs === fileStat.mtimeMs &&
      (!before.ok || existingFiles.has(articleFileName(before.id)));
    if (unchanged) records.set(source, before);
    // Rejected from its stat alone: not read at all.
    else if (!fileStat) records.set(source, { size: -1, mtimeMs: -1, ok: false, reason: unreadable(stats[index]) });
    else if (fileStat.size > MAX_SOURCE_BYTES)
      records.set(source, { size: fileStat.size, mtimeMs: fileStat.mtimeMs, ok: false, reason: tooLarge(fileStat.size) });
    else toProcess.push(source);
  });

  // Two files may claim one id: a path's own id wins over one a JSON input states, then the first file in
  // path order keeps it, on every run, so URLs stay put.
  const rank = new Map(sources.map((source, index) => [source, index]));
  const owners = new Map<string, string>();
  const claim = (id: string, source: string, stated: boolean): string => {
    const order = (rank.get(source) ?? Infinity) + (stated ? sources.length : 0);
    const current = owners.get(id);
    const currentOrder =
      current === undefined ? Infinity : (rank.get(current) ?? Infinity) + (statedSources.has(current) ? sources.length : 0);
    if (order < currentOrder) owners.set(id, source);
    if (stated) statedSources.add(source);
    return owners.get(id)!;
  };
  const statedSources = new Set<string>();
  for (const [source, record] of records) if (record.ok) claim(record.id, source, record.idStated ?? false);

  // Writes to one id run in the order results came in, so the last owner's is the one that stays.
  const writes = new Map<string, Promise<unknown>>();
  // Every article made on this run, written or found the same: the search index reads each again, since a
  // killed run may have written it without indexing it.
  const freshIds = new Set<string>();
  let done = 0;
  const accept = (result: IngestTaskResult) => {
    done += 1;
    options.onProgress?.({ stage: 'articles', done, total: toProcess.length });
    const fileStat = statOf(rank.get(result.source) ?? -1);
    const base = { size: fileStat?.size ?? -1, mtimeMs: fileStat?.mtimeMs ?? -1 };
    if (!result.ok) {
      records.set(result.source, { ...base, ok: false, reason: result.reason });
      return;
    }
    const { id, idStated } = result;
    records.set(result.source, {
      ...base,
      ok: true,
      id,
      idStated,
      card: result.card,
      topics: result.topics,
      entities: result.entities,
      quotes: result.quotes,
    });
    freshIds.add(id);
    if (result.written) noteChanged(join(articlesDir, articleFileName(id)));
    const owner = claim(id, result.source, idStated);
    // Written by the worker already when no other file can claim its id (planTasks).
    if (result.json !== undefined && owner === result.source) {
      const json = result.json;
      const path = join(articlesDir, articleFileName(id));
      writes.set(
        id,
        (writes.get(id) ?? Promise.resolve()).then(() => writeFileIfChanged(path, json)),
      );
    }
  };
  const scanned = performance.now();
  const tasks = planTasks(toProcess, records, existingFiles);
  const threads =
    options.workers?.threads ??
    options.threads ??
    Math.max(1, Math.min(availableParallelism(), Math.ceil(tasks.length / FILES_PER_THREAD)));
  await runInPool({ inDir, articlesDir }, tasks, accept, { threads, limits: pool.limits, worker: pool.worker }, pool.started);
  await Promise.all(writes.values());
  const processed = performance.now();

  const rejected: IngestReport['rejected'] = [...found.skipped];
  // The names quoted in what this run added, changed or removed, before and after, and those articles' months
  // (write-people.ts): unknown (every people file made again) when there was no state to compare with.
  const peopleChanges = previous.stored ? { speakers: new Set<string>(), months: new Set<string>() } : undefined;
  const quotedIn = (record: SourceRecord | undefined) => {
    if (!peopleChanges || !record?.ok || record.quotes.length === 0) return;
    for (const { speaker } of record.quotes) peopleChanges.speakers.add(speaker);
    peopleChanges.months.add(record.card.date.slice(0, 7));
  };
  for (const [source, record] of records) {
    const before = previous.files[source];
    if (record !== before) [before, record].forEach(quotedIn);
  }
  for (const [source, record] of Object.entries(previous.files)) if (!records.has(source)) quotedIn(record);
  const entries: IndexEntry[] = [];
  const keptState: IngestState = { codeVersion, files: {} };
  for (const source of sources) {
    const record = records.get(source);
    if (!record) continue;
    if (!record.ok) {
      rejected.push({ source, reason: record.reason });
      if (record.size >= 0) keptState.files[source] = record;
      continue;
    }
    const owner = owners.get(record.id);
    if (owner !== source) {
      quotedIn(record);
      // Not kept in the state, so that it is looked at again once the other file is gone.
      const what = record.idStated ? `the id "${record.id}" it states` : `its id "${record.id}"`;
      rejected.push({ source, reason: `${what} is already taken by ${owner}` });
      continue;
    }
    entries.push({ card: record.card, topics: record.topics, entities: record.entities, quotes: record.quotes });
    keptState.files[source] = record;
  }
  rejected.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));

  options.onProgress?.({ stage: 'index' });
  await removeStaleArticles(articlesDir, new Set(entries.map((entry) => articleFileName(entry.card.id))));
  const idsInListOrder = await writeIndex(outDir, entries, { peopleChanges });
  const indexed = performance.now();
  options.onProgress?.({ stage: 'search' });
  await writeSearchIndex(outDir, idsInListOrder, { changedIds: freshIds });
  const searchIndexed = performance.now();
  // Last: until it is saved, the next run takes every file this one processed as still to do.
  await saveIngestState(outDir, keptState, previous);
  const seconds = (from: number, to: number) => (to - from) / 1000;
  return {
    read: sources.length,
    written: entries.length,
    processed: toProcess.length,
    rejected,
    seconds: seconds(started, performance.now()),
    stages: {
      scan: seconds(started, scanned),
      articles: seconds(scanned, processed),
      index: seconds(processed, indexed),
      search: seconds(indexed, searchIndexed),
    },
  };
}

/**
 * What each worker task gets. A text file's id comes from its path alone, so when no other file can
 * claim that id the worker writes the article itself and only the small card crosses threads. JSON
 * inputs may state any id: while one is being processed, every article goes through the id check here.
 */
function planTasks(toProcess: readonly string[], kept: ReadonlyMap<string, SourceRecord>, existingFiles: ReadonlySet<string>): TaskFile[] {
  const isText = (source: string) => source.toLowerCase().endsWith('.txt');
  if (!toProcess.every(isText)) return toProcess.map((source) => ({ source }));
  const claims = new Map<string, number>();
  const count = (id: string) => claims.set(id, (claims.get(id) ?? 0) + 1);
  for (const record of kept.values()) if (record.ok) count(record.id);
  const ids = toProcess.map(articleIdFromSource);
  ids.forEach(count);
  return toProcess.map((source, index) => {
    const id = ids[index] as string;
    return claims.get(id) === 1 ? { source, writeAs: id, exists: existingFiles.has(articleFileName(id)) } : { source };
  });
}

/** Articles no file gives any more, and what a worker stopped mid-write left under a temporary name. */
async function removeStaleArticles(articlesDir: string, keep: ReadonlySet<string>): Promise<void> {
  const files = await readdir(articlesDir).catch(() => [] as string[]);
  const stale = files.filter((file) => (file.endsWith('.json') && !keep.has(file)) || isTemporaryName(file));
  await mapLimit(stale, 64, (file) => removeOutput(join(articlesDir, file)));
}
