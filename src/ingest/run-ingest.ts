import { availableParallelism } from 'node:os';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { articleIdFromSource } from './article-id';
import { findSources } from './find-sources';
import type { IngestBatch, IngestTaskResult, TaskFile } from './ingest-task';
import { ingestCodeVersion, loadIngestState, saveIngestState, type IngestState, type SourceRecord } from './ingest-state';
import { writeFileIfChanged } from './write-file-if-changed';
import { writeIndex, type IndexEntry } from './write-index';
import { mapLimit } from '../search/build/map-limit';
import { writeSearchIndex } from '../search/build/write-search-index';
import { ARTICLES_DIR, articleFileName } from '../data/data-files';

export type IngestReport = {
  /** Input files found. */
  read: number;
  /** Articles in the output. */
  written: number;
  /** Of those, how many were processed on this run (the rest were unchanged since the last run). */
  processed: number;
  rejected: Array<{ source: string; reason: string }>;
  seconds: number;
  /** Wall-clock seconds of each stage, for finding where a slow run spends its time. */
  stages: { scan: number; articles: number; index: number; search: number };
};

/** Below this many changed files, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;
/** Files per message to a worker: fewer round trips, small enough to keep both threads busy to the end. */
const MAX_BATCH = 16;

/**
 * Ingests every *.txt and *.json under inDir into outDir: articles/<id>.json for each good file,
 * then the index files (write-index.ts). Incremental: a file whose size and modification time are
 * unchanged since the last run, under the same ingest code, is not processed again.
 */
export async function runIngest(inDir: string, outDir: string): Promise<IngestReport> {
  const started = performance.now();
  const articlesDir = join(outDir, ARTICLES_DIR);
  const sources = await findSources(inDir);
  const codeVersion = await ingestCodeVersion();
  const previous = await loadIngestState(outDir, codeVersion);
  const existingFiles = new Set(await readdir(articlesDir).catch(() => [] as string[]));

  const stats = await mapLimit(sources, 64, (source) => stat(join(inDir, source)).catch(() => null));
  const records = new Map<string, SourceRecord>();
  const toProcess: string[] = [];
  sources.forEach((source, index) => {
    const fileStat = stats[index];
    const before = previous.files[source];
    const unchanged =
      fileStat && before && before.size === fileStat.size && before.mtimeMs === fileStat.mtimeMs &&
      (!before.ok || existingFiles.has(`${before.id}.json`));
    if (unchanged) records.set(source, before);
    else toProcess.push(source);
  });

  // Two files may claim one id: the first in path order keeps it, on every run, so URLs stay put.
  const rank = new Map(sources.map((source, index) => [source, index]));
  const owners = new Map<string, string>();
  for (const [source, record] of records) if (record.ok) claim(owners, rank, record.id, source);

  const pendingWrites: Array<Promise<unknown>> = [];
  const changedIds = new Set<string>();
  const tasks = planTasks(toProcess, records, existingFiles);
  const accept = (result: IngestTaskResult) => {
    const fileStat = stats[rank.get(result.source) ?? -1];
    const base = { size: fileStat?.size ?? -1, mtimeMs: fileStat?.mtimeMs ?? -1 };
    if (!result.ok) {
      records.set(result.source, { ...base, ok: false, reason: result.reason });
      return;
    }
    records.set(result.source, { ...base, ok: true, id: result.id, card: result.card, topics: result.topics, entities: result.entities });
    const owner = claim(owners, rank, result.id, result.source);
    const id = result.id;
    // Written by the worker already: no other file can claim its id (planTasks).
    if (result.json === undefined) {
      if (result.written) changedIds.add(id);
    } else if (owner === result.source) {
      pendingWrites.push(
        writeFileIfChanged(join(articlesDir, articleFileName(id)), result.json).then((written) => written && changedIds.add(id)),
      );
    }
  };
  const scanned = performance.now();
  await processAll({ inDir, articlesDir, files: tasks }, accept);
  await Promise.all(pendingWrites);
  const processed = performance.now();

  const rejected: IngestReport['rejected'] = [];
  const entries: IndexEntry[] = [];
  const keptState: IngestState = { codeVersion, files: {} };
  for (const source of sources) {
    const record = records.get(source);
    if (!record) continue;
    if (!record.ok) {
      rejected.push({ source, reason: record.reason });
      keptState.files[source] = record;
      continue;
    }
    const owner = owners.get(record.id);
    if (owner !== source) {
      // Not kept in the state, so that it is looked at again once the other file is gone.
      rejected.push({ source, reason: `its id "${record.id}" is already taken by ${owner}` });
      continue;
    }
    entries.push({ card: record.card, topics: record.topics, entities: record.entities });
    keptState.files[source] = record;
  }

  await removeStaleArticles(articlesDir, new Set(entries.map((entry) => articleFileName(entry.card.id))));
  const idsInListOrder = await writeIndex(outDir, entries);
  const indexed = performance.now();
  // The search index reads only the article files written on this run; the rest come from its cache.
  await writeSearchIndex(outDir, idsInListOrder, { changedIds });
  const searchIndexed = performance.now();
  await saveIngestState(outDir, keptState);
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

/** Records `source` as the owner of `id` unless a file earlier in path order has it; returns the owner. */
function claim(owners: Map<string, string>, rank: ReadonlyMap<string, number>, id: string, source: string): string {
  const current = owners.get(id);
  if (current === undefined || (rank.get(source) ?? Infinity) < (rank.get(current) ?? Infinity)) {
    owners.set(id, source);
    return source;
  }
  return current;
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
    return claims.get(id) === 1 ? { source, writeAs: id, exists: existingFiles.has(`${id}.json`) } : { source };
  });
}

async function processAll(batch: IngestBatch, accept: (result: IngestTaskResult) => void) {
  const { files } = batch;
  // Nothing changed: do not even load the NLP model (a second and a half of a re-run's few seconds).
  if (files.length === 0) return;
  if (files.length < MIN_FILES_FOR_WORKERS) {
    // Loaded only here: with worker threads, the main thread never needs the NLP model.
    const { default: ingestBatch } = await import('./ingest-worker');
    ingestBatch(batch).forEach(accept);
    return;
  }
  const threads = Math.max(1, availableParallelism());
  const pool = new Piscina({
    filename: new URL('./ingest-worker.ts', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Workers run the TypeScript sources too: make sure they load them through tsx, whoever started us.
    execArgv: process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'],
  });
  // Small enough batches that no thread waits long for the other at the end.
  const size = Math.max(1, Math.min(MAX_BATCH, Math.floor(files.length / (threads * 8))));
  const batches: IngestBatch[] = [];
  for (let start = 0; start < files.length; start += size) batches.push({ ...batch, files: files.slice(start, start + size) });
  try {
    await Promise.all(batches.map((each) => pool.run(each).then((results: IngestTaskResult[]) => results.forEach(accept))));
  } finally {
    await pool.destroy();
  }
}

async function removeStaleArticles(articlesDir: string, keep: ReadonlySet<string>): Promise<void> {
  const files = await readdir(articlesDir).catch(() => [] as string[]);
  const stale = files.filter((file) => file.endsWith('.json') && !keep.has(file));
  await mapLimit(stale, 64, (file) => rm(join(articlesDir, file), { force: true }));
}

