import type { BrowserContext, Page } from 'playwright-core';

export type WireEntry = { path: string; bytes: number; finishedAtMs: number };

/**
 * What the context downloads, as compressed bytes on the wire: the pages' requests and the service
 * worker's own. A response the worker hands the page is skipped (the worker's fetch of it is counted), and
 * Resource Timing is not used here because it reports such responses at their decoded size: a cards chunk
 * of 8.5 KB on the wire counted as 37 KB once the worker had taken over the page.
 */
export function recordWireBytes(context: BrowserContext): {
  since: (mark: number) => Promise<WireEntry[]>;
  quiet: (quietMs: number, timeoutMs: number) => Promise<void>;
} {
  const entries: WireEntry[] = [];
  const pending = new Set<Promise<void>>();
  let inFlight = 0;
  let lastActivity = Date.now();
  const settle = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  context.on('request', () => {
    inFlight += 1;
    lastActivity = Date.now();
  });
  context.on('requestfailed', settle);
  context.on('requestfinished', (request) => {
    settle();
    const finishedAtMs = Date.now();
    const recorded = (async () => {
      if ((await request.response())?.fromServiceWorker()) return;
      const { responseBodySize } = await request.sizes();
      entries.push({ path: new URL(request.url()).pathname, bytes: responseBodySize, finishedAtMs });
    })().catch(() => undefined);
    pending.add(recorded);
    void recorded.finally(() => pending.delete(recorded));
  });
  return {
    /** The requests finished at or after `mark` (a Date.now() value). */
    since: async (mark) => {
      await Promise.all(pending);
      return entries.filter((entry) => entry.finishedAtMs >= mark);
    },
    /** Resolves once no request has been in flight for `quietMs` (or after `timeoutMs`). */
    quiet: async (quietMs, timeoutMs) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline && (inFlight > 0 || Date.now() - lastActivity < quietMs)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/**
 * Waits (at most `timeoutMs`) for the reader's service worker to be active, so its install downloads
 * (the offline copy of the app shell, a first visit's background work) are not counted as what the
 * reader did next.
 */
export async function serviceWorkerSettled(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.evaluate(
    (ms) => Promise.race([navigator.serviceWorker?.ready, new Promise((resolve) => setTimeout(resolve, ms))]).then(() => undefined),
    timeoutMs,
  );
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
}
