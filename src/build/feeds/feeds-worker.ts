/**
 * A worker thread's entry (vite-plugin-feeds.ts): writes the feeds and the sitemap while the build's own
 * thread copies the data and draws the pages. Posts the report, or the error's message.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeFeeds, type FeedsJob } from './write-feeds.ts';

try {
  parentPort!.postMessage({ report: await writeFeeds(workerData as FeedsJob) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
