import type { IngestBatch, IngestTaskResult } from '../ingest-task';
import { ingestOne, runBatch } from '../ingest-worker';

/**
 * The ingest worker, for tests of the pool's limits: a file named stall.txt runs forever and one named
 * hog.txt takes memory until the worker is stopped; every other file is ingested as usual.
 */
export function ingestBatch(batch: IngestBatch): IngestTaskResult[] {
  return runBatch(batch, (inDir, articlesDir, file) => {
    const name = file.source.split('/').at(-1);
    if (name === 'stall.txt') for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1_000);
    if (name === 'hog.txt') {
      const hoard: number[][] = [];
      // 8 MB steps: smaller ones make the collector churn for long near the limit; one huge array would
      // fail inside V8 and end the whole process, not the worker (a known limit of worker heap limits).
      for (;;) hoard.push(new Array<number>(1_000_000).fill(hoard.length));
    }
    return ingestOne(inDir, articlesDir, file);
  });
}
