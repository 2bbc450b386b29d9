import type { Browser } from 'playwright-core';
import { openList } from './open-list';
import { documentBytes, kilobytes, kindOf, resourceEntries } from './resource-sizes';

export type FirstView = {
  /** From navigation start to the first list item visible. */
  firstCardMs: number;
  /** Compressed JS whose download started before the first list item was visible. */
  criticalJsKB: number;
  /**
   * Compressed data (everything under /data/) the first visit downloads without any interaction: by
   * the time the page has been quiet a few seconds, prefetches on idle included. Counting those keeps
   * the figure from depending on how fast the machine reached idle.
   */
  firstViewKB: number;
  /** The part of firstViewKB whose download started after the first item was visible (prefetches). */
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
  const { context, page } = await openList(browser, baseURL);
  try {
    await page.waitForTimeout(IDLE_MS);
    const firstItemAt = await page.evaluate(() => window.__bench.firstItemAt as number);
    const entries = await resourceEntries(page);
    const ofKind = (kind: string) => entries.filter((entry) => kindOf(entry.path) === kind);
    const data = ofKind('data');
    return {
      firstCardMs: firstItemAt,
      criticalJsKB: kilobytes(ofKind('js').filter((entry) => entry.startTime <= firstItemAt)),
      firstViewKB: kilobytes(data),
      deferredDataKB: kilobytes(data.filter((entry) => entry.startTime > firstItemAt)),
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
