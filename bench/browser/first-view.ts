import type { Browser } from 'playwright-core';
import { openList, type FinishedRequest } from './open-list';
import { documentBytes, kilobytes, kindOf, resourceEntries, type ResourceEntry } from './resource-sizes';

export type FirstView = {
  /** From navigation start to the first list item visible. */
  firstCardMs: number;
  /** From navigation start to the list being usable (its code has taken over the page). */
  interactiveMs: number;
  /**
   * Compressed JS whose download started before the list was both visible and usable: the code the
   * first view needs. (The list's first screen is in the HTML, so it is visible before any code loads.)
   */
  criticalJsKB: number;
  /**
   * Compressed data (everything under /data/) the first visit downloads without any interaction: by
   * the time the page has been quiet a few seconds, prefetches on idle included. Counting those keeps
   * the figure from depending on how fast the machine reached idle.
   */
  firstViewKB: number;
  /** The part of firstViewKB whose download started after the list was visible and usable (prefetches). */
  deferredDataKB: number;
  /** All compressed JS downloaded by then, including chunks fetched after the first item. */
  firstViewJsKB: number;
  firstViewCssKB: number;
  documentKB: number;
  firstViewRequests: number;
  dataFiles: string[];
};

/** How long the page is left alone after its first view, for prefetches on idle to show. */
const IDLE_MS = 3000;

/** Opens the list in a fresh context (empty cache, as a first visit) and measures what its first view costs. */
export async function measureFirstView(browser: Browser, baseURL: string): Promise<FirstView> {
  const { context, page, requests } = await openList(browser, baseURL);
  try {
    await page.waitForTimeout(IDLE_MS);
    const { firstItemAt, interactiveAt } = await page.evaluate(() => ({
      firstItemAt: window.__bench.firstItemAt as number,
      interactiveAt: window.__bench.interactiveAt as number,
    }));
    const readyAt = Math.max(firstItemAt, interactiveAt);
    const entries = withWorkerRequests(await resourceEntries(page), requests, await page.evaluate(() => performance.timeOrigin));
    const ofKind = (kind: string) => entries.filter((entry) => kindOf(entry.path) === kind);
    const data = ofKind('data');
    return {
      firstCardMs: firstItemAt,
      interactiveMs: interactiveAt,
      criticalJsKB: kilobytes(ofKind('js').filter((entry) => entry.startTime <= readyAt)),
      firstViewKB: kilobytes(data),
      deferredDataKB: kilobytes(data.filter((entry) => entry.startTime > readyAt)),
      firstViewJsKB: kilobytes(ofKind('js')),
      firstViewCssKB: kilobytes(ofKind('css')),
      documentKB: (await documentBytes(page)) / 1024,
      firstViewRequests: entries.length + 1,
      dataFiles: data.map((entry) => entry.path),
    };
  } finally {
    await context.close();
  }
}

/** The page's resources plus what its workers fetched (requests Resource Timing in the page does not list). */
function withWorkerRequests(entries: ResourceEntry[], requests: readonly FinishedRequest[], timeOrigin: number): ResourceEntry[] {
  const listed = new Set(entries.map((entry) => entry.path));
  const others = requests
    .filter((request) => !listed.has(request.path) && request.path !== '/')
    .map((request) => ({ path: request.path, startTime: request.startedAtEpochMs - timeOrigin, bytes: request.bytes }));
  return [...entries, ...others];
}
