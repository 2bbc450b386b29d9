import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFileName } from '../data/data-files';
import { ingestFile } from './ingest-file';
import type { IngestBatch, IngestTaskResult, TaskFile } from './ingest-task';
import { writeFileIfChangedSync } from './write-file-if-changed';

/**
 * Runs in a worker thread (and inline for small corpora): a batch of source files in, one result each
 * out. Synchronous file access: a worker does nothing else meanwhile, and it costs less than promises.
 */
export default function ingestBatch({ inDir, articlesDir, files }: IngestBatch): IngestTaskResult[] {
  return files.map((file) => ingestOne(inDir, articlesDir, file));
}

function ingestOne(inDir: string, articlesDir: string, { source, writeAs, exists }: TaskFile): IngestTaskResult {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(join(inDir, source));
  } catch (error) {
    return { source, ok: false, reason: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const outcome = ingestFile(bytes, source);
  if (!outcome.ok) return { source, ok: false, reason: outcome.reason };
  const { article, card } = outcome;
  const json = JSON.stringify(article);
  const result = { source, ok: true as const, id: article.id, card, topics: article.topics, entities: article.entities };
  if (writeAs !== article.id) return { ...result, json };
  return { ...result, written: writeFileIfChangedSync(join(articlesDir, articleFileName(article.id)), json, exists ?? true) };
}
