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
export async function openList(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: KEEP_NAMES_SHIM });
    await page.addInitScript(installPageProbe, LIST_ITEM_LINK);
    await page.goto('/', { waitUntil: 'load', timeout: 60_000 });
    await page.waitForFunction(() => window.__bench.firstItemAt !== undefined && window.__bench.interactiveAt !== undefined, null, { timeout: 60_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 });
    return { context, page };
  } catch (error) {
    await context.close();
    throw error;
  }
}
