import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ingestFile } from './ingest-file';
import type { IngestTaskResult } from './ingest-task';

/** Runs in a worker thread (and inline for small corpora): one source file in, one result out. */
export default async function ingestTask({ inDir, source }: { inDir: string; source: string }): Promise<IngestTaskResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(inDir, source));
  } catch (error) {
    return { source, ok: false, reason: `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const outcome = ingestFile(bytes, source);
  if (!outcome.ok) return { source, ok: false, reason: outcome.reason };
  const { article, card } = outcome;
  return { source, ok: true, id: article.id, json: JSON.stringify(article), card, topics: article.topics, entities: article.entities };
}
