import type { Browser, BrowserContext, Page } from 'playwright-core';
import { installPageProbe, LIST_ITEM_LINK } from './page-probe';

/**
 * tsx compiles this code with esbuild's keepNames, which wraps named functions in a `__name` helper
 * that exists only in Node: functions sent into the page need a stand-in.
 */
const KEEP_NAMES_SHIM = 'globalThis.__name = globalThis.__name || ((target) => target);';

/**
 * Opens the list in a fresh context (empty cache: a first visit), with the benchmark's probe
 * installed, and waits for its first item, for it to be usable and for the network to go quiet.
 */
export async function openList(
  browser: Browser,
  baseURL: string,
): Promise<{ context: BrowserContext; page: Page; requests: FinishedRequest[] }> {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    const requests = recordRequests(page);
    await page.addInitScript({ content: KEEP_NAMES_SHIM });
    await page.addInitScript(installPageProbe, LIST_ITEM_LINK);
    await page.goto('/', { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.firstItemAt !== undefined && window.__bench.interactiveAt !== undefined, null, {
      timeout: 60_000,
    });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    return { context, page, requests };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** A request the browser finished, as Playwright saw it: the page's and its workers' alike. */
export type FinishedRequest = { path: string; startedAtEpochMs: number; bytes: number };

/**
 * Every request of the page and of its workers. Resource Timing in the page lists only the page's own,
 * and a worker's list ends with the worker (the filter engine's columns are fetched in one).
 */
function recordRequests(page: Page): FinishedRequest[] {
  const finished: FinishedRequest[] = [];
  page.on('requestfinished', (request) => {
    void request
      .sizes()
      .then((sizes) =>
        finished.push({
          path: new URL(request.url()).pathname,
          startedAtEpochMs: request.timing().startTime,
          bytes: sizes.responseBodySize,
        }),
      )
      .catch(() => undefined);
  });
  return finished;
}
