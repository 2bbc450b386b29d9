import { availableParallelism } from 'node:os';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import { findSources } from './find-sources';
import ingestTask from './ingest-worker';
import type { IngestTaskResult } from './ingest-task';
import { ingestCodeVersion, loadIngestState, saveIngestState, type IngestState, type SourceRecord } from './ingest-state';
import { writeFileIfChanged } from './write-file-if-changed';
import { writeIndex, type IndexEntry } from './write-index';
import { writeSearchIndex } from '../search/build/write-search-index';

export type IngestReport = {
  /** Input files found. */
  read: number;
  /** Articles in the output. */
  written: number;
  /** Of those, how many were processed on this run (the rest were unchanged since the last run). */
  processed: number;
  rejected: Array<{ source: string; reason: string }>;
  seconds: number;
};

/** Below this many changed files, starting worker threads costs more than it saves. */
const MIN_FILES_FOR_WORKERS = 64;

/**
 * Ingests every *.txt and *.json under inDir into outDir: articles/<id>.json for each good file,
 * then the index files (write-index.ts). Incremental: a file whose size and modification time are
 * unchanged since the last run, under the same ingest code, is not processed again.
 */
export async function runIngest(inDir: string, outDir: string): Promise<IngestReport> {
  const started = performance.now();
  const articlesDir = join(outDir, 'articles');
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
  const accept = (result: IngestTaskResult) => {
    const fileStat = stats[rank.get(result.source) ?? -1];
    const base = { size: fileStat?.size ?? -1, mtimeMs: fileStat?.mtimeMs ?? -1 };
    if (!result.ok) {
      records.set(result.source, { ...base, ok: false, reason: result.reason });
      return;
    }
    records.set(result.source, { ...base, ok: true, id: result.id, card: result.card, topics: result.topics, entities: result.entities });
    if (claim(owners, rank, result.id, result.source) === result.source) {
      const id = result.id;
      pendingWrites.push(
        writeFileIfChanged(join(articlesDir, `${id}.json`), result.json).then((written) => written && changedIds.add(id)),
      );
    }
  };
  await processAll(inDir, toProcess, accept);
  await Promise.all(pendingWrites);

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

  await removeStaleArticles(articlesDir, new Set(entries.map((entry) => `${entry.card.id}.json`)));
  const idsInListOrder = await writeIndex(outDir, entries);
  // The search index reads only the article files written on this run; the rest come from its cache.
  await writeSearchIndex(outDir, idsInListOrder, { changedIds });
  await saveIngestState(outDir, keptState);
  return {
    read: sources.length,
    written: entries.length,
    processed: toProcess.length,
    rejected,
    seconds: (performance.now() - started) / 1000,
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

async function processAll(inDir: string, sources: readonly string[], accept: (result: IngestTaskResult) => void) {
  if (sources.length < MIN_FILES_FOR_WORKERS) {
    for (const source of sources) accept(await ingestTask({ inDir, source }));
    return;
  }
  const pool = new Piscina({
    filename: new URL('./ingest-worker.ts', import.meta.url).href,
    maxThreads: Math.max(1, availableParallelism()),
    // Workers run the TypeScript sources too: make sure they load them through tsx, whoever started us.
    execArgv: process.execArgv.some((arg) => arg.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'],
  });
  try {
    await Promise.all(sources.map((source) => pool.run({ inDir, source }).then(accept)));
  } finally {
    await pool.destroy();
  }
}

async function removeStaleArticles(articlesDir: string, keep: ReadonlySet<string>): Promise<void> {
  const files = await readdir(articlesDir).catch(() => [] as string[]);
  const stale = files.filter((file) => file.endsWith('.json') && !keep.has(file));
  await mapLimit(stale, 64, (file) => rm(join(articlesDir, file), { force: true }));
}

/** Like Promise.all over items.map(fn), with at most `limit` calls in flight (file handles are finite). */
async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
