import type { Browser, Page } from 'playwright-core';
import { median, percentile } from '../harness/statistics';
import { openList } from './open-list';
import { SEARCH_BOX, SEARCH_RESULTS } from './page-probe';
import { kilobytes } from './resource-sizes';
import { recordWireBytes, serviceWorkerSettled } from './wire-bytes';

export type SearchTyping = {
  /**
   * Everything downloaded (index files, cards, articles and code; compressed bytes on the wire) from focusing
   * the box to the first query's results and the hits' downloads settled.
   */
  firstQueryKB: number;
  firstQuery: string;
  /** From the last keystroke of each later query to its results shown. */
  medianMs: number;
  p95Ms: number;
  queries: number;
};

const RESULTS_TIMEOUT_MS = 10_000;
/** Longer than the results' wait before their hits load (SETTLE_MS in search-results.tsx) plus a fetch. */
const HITS_QUIET_MS = 1500;

/**
 * Types queries into the header's search box as a person would. Returns null when the page has no
 * search box yet. The first query counts bytes; every later one is typed up to its last letter, left
 * to settle, and the clock runs from the last keystroke to results for the whole query.
 */
export async function measureSearch(browser: Browser, baseURL: string, queries: readonly string[]): Promise<SearchTyping | null> {
  const [firstQuery, ...later] = queries;
  if (!firstQuery) return null;
  const { context, page } = await openList(browser, baseURL);
  try {
    const box = page.locator(SEARCH_BOX).first();
    if ((await box.count()) === 0) return null;
    const wire = recordWireBytes(context);
    await serviceWorkerSettled(page);
    const typingStarted = Date.now();
    await box.focus();
    await box.pressSequentially(firstQuery, { delay: 80 });
    await waitForResults(page, firstQuery);
    // The hits then load their cards (and articles, for hits found in quotations) once the search has
    // settled: all of it is the first query's cost.
    await wire.quiet(HITS_QUIET_MS, 30_000);
    const firstQueryKB = kilobytes(await wire.since(typingStarted));

    const latencies: number[] = [];
    for (const query of later) {
      await box.fill(query.slice(0, -1));
      await waitForResults(page, query.slice(0, -1)).catch(() => undefined);
      latencies.push(await timeLastKeystroke(page, query));
    }
    return { firstQueryKB, firstQuery, medianMs: median(latencies), p95Ms: percentile(latencies, 95), queries: latencies.length };
  } finally {
    await context.close();
  }
}

async function waitForResults(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    ([selector, wanted]) => {
      const results = document.querySelector(selector);
      return results?.getAttribute('data-search-query') === wanted && results.getAttribute('aria-busy') !== 'true';
    },
    [SEARCH_RESULTS, query] as const,
    { timeout: RESULTS_TIMEOUT_MS },
  );
}

/** Presses the query's last key and measures, in the page, from its keydown to the results for the whole query. */
async function timeLastKeystroke(page: Page, query: string): Promise<number> {
  await page.evaluate(
    ([selector, wanted, timeoutMs]) => {
      const done = () => {
        const results = document.querySelector(selector);
        return results?.getAttribute('data-search-query') === wanted && results.getAttribute('aria-busy') !== 'true';
      };
      (window as unknown as { __benchSearch: Promise<number | null> }).__benchSearch = new Promise((resolve) => {
        let started = 0;
        const finish = (ms: number | null) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve(ms);
        };
        const observer = new MutationObserver(() => {
          if (started && done()) finish(performance.now() - started);
        });
        document.addEventListener('keydown', () => (started = performance.now()), { capture: true, once: true });
        observer.observe(document, {
          childList: true,
          subtree: true,
          characterData: true,
          attributes: true,
          attributeFilter: ['data-search-query', 'aria-busy'],
        });
        const timer = setTimeout(() => finish(null), timeoutMs);
      });
    },
    [SEARCH_RESULTS, query, RESULTS_TIMEOUT_MS] as const,
  );
  await page.keyboard.press(query.slice(-1));
  const ms = await page.evaluate(() => (window as unknown as { __benchSearch: Promise<number | null> }).__benchSearch);
  if (ms === null) throw new Error(`no results for "${query}" within ${RESULTS_TIMEOUT_MS / 1000} s of the last keystroke`);
  return ms;
}
