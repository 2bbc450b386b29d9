import type { Browser } from 'playwright-core';
import { openList } from './open-list';
import { documentBytes, kilobytes, kindOf, resourceEntries } from './resource-sizes';

export type FirstView = {
  /** From navigation start to the first list item visible. */
  firstCardMs: number;
  /** Compressed JS whose download started before the first list item was visible. */
  criticalJsKB: number;
  /** Compressed data (everything under /data/) downloaded by the time the first view is quiet. */
  firstViewKB: number;
  /** All compressed JS downloaded by then, including chunks fetched after the first item. */
  firstViewJsKB: number;
  firstViewCssKB: number;
  documentKB: number;
  firstViewRequests: number;
  dataFiles: string[];
  /** Data the page goes on to fetch by itself once idle (prefetches), on top of firstViewKB. */
  idleDataKB: number;
  idleDataFiles: string[];
};

/** How long the page is left alone after its first view, for prefetches on idle to show. */
const IDLE_MS = 3000;

/** Opens the list in a fresh context (empty cache, as a first visit) and measures what its first view costs. */
export async function measureFirstView(browser: Browser, baseURL: string): Promise<FirstView> {
  const { context, page } = await openList(browser, baseURL);
  try {
    const firstItemAt = await page.evaluate(() => window.__bench.firstItemAt as number);
    const entries = await resourceEntries(page);
    await page.waitForTimeout(IDLE_MS);
    const idleData = (await resourceEntries(page)).slice(entries.length).filter((entry) => kindOf(entry.path) === 'data');
    const ofKind = (kind: string) => entries.filter((entry) => kindOf(entry.path) === kind);
    return {
      firstCardMs: firstItemAt,
      criticalJsKB: kilobytes(ofKind('js').filter((entry) => entry.startTime <= firstItemAt)),
      firstViewKB: kilobytes(ofKind('data')),
      firstViewJsKB: kilobytes(ofKind('js')),
      firstViewCssKB: kilobytes(ofKind('css')),
      documentKB: (await documentBytes(page)) / 1024,
      firstViewRequests: entries.length + 1,
      dataFiles: ofKind('data').map((entry) => entry.path),
      idleDataKB: kilobytes(idleData),
      idleDataFiles: idleData.map((entry) => entry.path),
    };
  } finally {
    await context.close();
  }
}
