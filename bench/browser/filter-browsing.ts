import type { Browser, Page } from 'playwright-core';
import type { FilterStep } from './filter-plan';
import { openList } from './open-list';
import { RESULT_COUNT } from './page-probe';

export type FilterBrowsing = {
  /** Milliseconds from each URL change to the result count updated; null when the page has no filters yet. */
  latencies: number[] | null;
  /** Steps whose shown count differed from the benchmark's own count (a hint, not a failure: see filter-plan.ts). */
  countMismatches: Array<{ url: string; expected: number; shown: string }>;
  /** JS heap in use after browsing, after a garbage collection, and before it. */
  heapMB: number;
  heapMBBeforeGc: number;
};

const STEP_TIMEOUT_MS = 10_000;
const MIB = 1024 * 1024;

/**
 * Loads the list, then walks through the filter changes the way a reader's Back and Forward do:
 * the URL changes (history.pushState and a popstate event, which the router follows) and the clock
 * stops when the result count shows the new filters and the list is no longer busy. Each change starts
 * from a page at rest (pageAtRest). Then scrolls
 * a few screens and reads the JS heap through the Chrome DevTools Protocol.
 */
export async function browseFilters(browser: Browser, baseURL: string, plan: readonly FilterStep[]): Promise<FilterBrowsing> {
  const { context, page } = await openList(browser, baseURL);
  try {
    const hasFilters = (await page.locator(RESULT_COUNT).count()) > 0;
    const latencies: number[] = [];
    const countMismatches: FilterBrowsing['countMismatches'] = [];
    if (hasFilters) {
      for (const step of plan) {
        await pageAtRest(page);
        const outcome = await changeFilters(page, step.url);
        if (outcome.ms === null)
          throw new Error(`the result count did not change within ${STEP_TIMEOUT_MS / 1000} s after going to ${step.url}`);
        latencies.push(outcome.ms);
        if (outcome.shown !== String(step.expectedCount))
          countMismatches.push({ url: step.url, expected: step.expectedCount, shown: outcome.shown });
      }
    }
    await scrollScreens(page, 10);
    return { latencies: hasFilters ? latencies : null, countMismatches, ...(await heapUsage(page)) };
  } finally {
    await context.close();
  }
}

/**
 * Each change is made from a page at rest, as a reader's is: the previous change's deferred work (the
 * entity counts, worked out after the list, and the files they fetch) is finished, not timed into the
 * next change.
 */
async function pageAtRest(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 30_000 }).catch(() => undefined);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2_000 })));
}

function changeFilters(page: Page, url: string): Promise<{ ms: number | null; shown: string }> {
  return page.evaluate(
    ([target, selector, timeoutMs]) => {
      const element = () => document.querySelector(selector);
      const before = element()?.getAttribute('data-result-count') ?? '';
      const updated = () => {
        const current = element();
        return current !== null && current.getAttribute('aria-busy') !== 'true' && current.getAttribute('data-result-count') !== before;
      };
      return new Promise<{ ms: number | null; shown: string }>((resolve) => {
        let started = 0;
        const finish = (ms: number | null) => {
          observer.disconnect();
          clearTimeout(timer);
          resolve({ ms, shown: element()?.getAttribute('data-result-count') ?? '' });
        };
        const observer = new MutationObserver(() => {
          if (updated()) finish(performance.now() - started);
        });
        observer.observe(document, {
          childList: true,
          subtree: true,
          attributes: true,
          attributeFilter: ['data-result-count', 'aria-busy'],
        });
        const timer = setTimeout(() => finish(null), timeoutMs);
        const state = history.state as { idx?: number } | null;
        started = performance.now();
        history.pushState({ usr: null, key: Math.random().toString(36).slice(2, 10), idx: (state?.idx ?? 0) + 1 }, '', target);
        window.dispatchEvent(new PopStateEvent('popstate', { state: history.state }));
      });
    },
    [url, RESULT_COUNT, STEP_TIMEOUT_MS] as const,
  );
}

async function scrollScreens(page: Page, screens: number): Promise<void> {
  for (let screen = 0; screen < screens; screen += 1) {
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(150);
  }
  await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => undefined);
}

async function heapUsage(page: Page): Promise<{ heapMB: number; heapMBBeforeGc: number }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const used = async () => {
    const { metrics } = await session.send('Performance.getMetrics');
    return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / MIB;
  };
  const heapMBBeforeGc = await used();
  await session.send('HeapProfiler.collectGarbage');
  return { heapMB: await used(), heapMBBeforeGc };
}
