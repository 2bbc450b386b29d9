import type { Browser } from 'playwright-core';
import { openList } from './open-list';
import { LIST_ITEM_LINK } from './page-probe';
import { kilobytes, kindOf, resourceEntries } from './resource-sizes';

export type ArticleOpen = {
  /** From the click on a list item to the article's h1 (the same title) visible. */
  ms: number;
  href: string;
  /** Data files downloaded for the opening: the budget is that article's file alone. */
  dataFiles: string[];
  dataKB: number;
  jsKB: number;
};

const OPEN_TIMEOUT_MS = 30_000;
const LIST_IDLE_MS = 3000;

/** Loads the list in a fresh context, clicks its `index`-th item and times the article's arrival. */
export async function measureArticleOpen(browser: Browser, baseURL: string, index: number): Promise<ArticleOpen> {
  const { context, page } = await openList(browser, baseURL);
  try {
    // Let the list finish what it prefetches once idle, so that what follows the click is the opening's own.
    await page.waitForTimeout(LIST_IDLE_MS);
    const loadedBefore = (await resourceEntries(page)).length;
    const opened = await page.evaluate(
      ([selector, wanted, timeoutMs]) => {
        const { visible, normalise } = window.__bench;
        const links = document.querySelectorAll<HTMLAnchorElement>(selector);
        const link = links[Math.min(wanted, links.length - 1)];
        if (!link) throw new Error('no list item to open');
        const title = normalise(link.textContent);
        const arrived = () =>
          location.pathname.includes('/articles/') &&
          [...document.querySelectorAll('h1')].some((heading) => normalise(heading.textContent) === title && visible(heading));
        return new Promise<{ ms: number | null; href: string }>((resolve) => {
          const started = performance.now();
          const finish = (ms: number | null) => {
            observer.disconnect();
            clearTimeout(timer);
            resolve({ ms, href: link.href });
          };
          const observer = new MutationObserver(() => {
            if (arrived()) finish(performance.now() - started);
          });
          observer.observe(document, { childList: true, subtree: true, characterData: true });
          const timer = setTimeout(() => finish(null), timeoutMs);
          link.click();
        });
      },
      [LIST_ITEM_LINK, index, OPEN_TIMEOUT_MS] as const,
    );
    if (opened.ms === null)
      throw new Error(`the article's h1 did not show within ${OPEN_TIMEOUT_MS / 1000} s after clicking ${opened.href}`);
    // The SPA navigation fires no load event to wait for: give trailing requests (prefetches) time to show.
    await page.waitForTimeout(1000);
    const after = (await resourceEntries(page)).slice(loadedBefore);
    const data = after.filter((entry) => kindOf(entry.path) === 'data');
    return {
      ms: opened.ms,
      href: new URL(opened.href).pathname,
      dataFiles: data.map((entry) => entry.path),
      dataKB: kilobytes(data),
      jsKB: kilobytes(after.filter((entry) => kindOf(entry.path) === 'js')),
    };
  } finally {
    await context.close();
  }
}
