import { join } from 'node:path';
import { articleFileName } from '../data/data-files';
import { ingestFile } from './ingest-file';
import type { IngestBatch, IngestTaskResult, TaskFile } from './ingest-task';
import { workerFailure } from './ingest-failure';
import { InputRejected } from './input-rejected';
import { readSource } from './read-source';
import { markFileStarted, markBatchDone } from './task-clock';
import { writeFileIfChangedSync } from './write-file-if-changed';
import { quotedLinesOf } from './quoted-lines';

/**
 * Runs in a worker thread (piscina calls `ingestBatch`): a batch of source files in, one result each out. The NLP model and the
 * taxonomy load once per thread, with this module. Before each file the worker notes on the shared
 * clock which file it is on and since when, so the pool can stop a file that runs too long and tell
 * which one it was. Synchronous file access: a worker does nothing else meanwhile.
 */
export function ingestBatch(batch: IngestBatch): IngestTaskResult[] {
  return runBatch(batch, ingestOne);
}

export type IngestOne = (inDir: string, articlesDir: string, file: TaskFile) => IngestTaskResult;

export function runBatch({ inDir, articlesDir, files, clock }: IngestBatch, ingest: IngestOne): IngestTaskResult[] {
  const results = files.map((file, index) => {
    if (clock) markFileStarted(clock, index);
    return ingest(inDir, articlesDir, file);
  });
  if (clock) markBatchDone(clock);
  return results;
}

export function ingestOne(inDir: string, articlesDir: string, { source, writeAs, exists }: TaskFile): IngestTaskResult {
  let bytes: Uint8Array;
  try {
    bytes = readSource(join(inDir, source));
  } catch (error) {
    if (error instanceof InputRejected) return { source, ok: false, reason: error.reason };
    throw error;
  }
  const outcome = ingestFile(bytes, source);
  if (!outcome.ok) return { source, ok: false, reason: outcome.reason };
  const { article, card, idStated } = outcome;
  const json = JSON.stringify(article);
  const result = {
    source,
    ok: true as const,
    id: article.id,
    idStated,
    card,
    topics: article.topics,
    entities: article.entities,
    quotes: quotedLinesOf(article),
  };
  if (writeAs !== article.id) return { ...result, json };
  try {
    return { ...result, written: writeFileIfChangedSync(join(articlesDir, articleFileName(article.id)), json, exists ?? true) };
  } catch (error) {
    throw workerFailure(error);
  }
}
