import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

/**
 * The declarative router with its data in TanStack Query, in Chromium: where each page is scrolled to,
 * what a failed or missing page shows and how it recovers, and the pending state between pages.
 */
const SEED = '/articles/000-2109c60526df57ad';

/**
 * Waits for what the reader should see. Patient: on a busy two-core machine a page can take seconds,
 * and a failed file is tried three times, a second or two apart, before its page says so.
 */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000 });
const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const scrollTo = async (page: Page, top: number) => {
  await page.evaluate((y) => window.scrollTo(0, y), top);
  await eventually(() => scrollY(page)).toBe(top);
};
const listShown = (page: Page) => page.locator('article h3 a').first().waitFor();
const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
/** The thin bar under the masthead: active while the next page loads. */
const progressActive = (page: Page) => page.locator('[data-print="hide"][data-active]').getAttribute('data-active');
/** Clicks a link where it stands: Playwright's own click first scrolls it into view, which would move the page. */
const clickInPlace = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((link: HTMLElement) => link.click());

/** The list, scrolled to `top`. */
async function scrolledList(page: Page, top: number): Promise<Page> {
  await page.goto('/');
  await listShown(page);
  await scrollTo(page, top);
  return page;
}

/**
 * The href of the first card link wholly below the top of the window. Waits for it: the list is
 * virtual, so the rows for a new scroll position are drawn a frame or more after the scroll.
 */
const firstVisibleCard = async (page: Page): Promise<string> => {
  const visible = await page.waitForFunction(() =>
    [...document.querySelectorAll('article h3 a')].find((link) => link.getBoundingClientRect().top > 0)?.getAttribute('href'),
  );
  return (await visible.jsonValue()) as string;
};

/**
 * An article's data file on a slow network: `requested` once the reader asked for it, answered only
 * when `release` is called, which resolves to the answer.
 */
async function holdArticle(page: Page, href: string) {
  const file = `**/data/articles/${href.split('/').pop()}.json`;
  let requestedNow!: () => void;
  const requested = new Promise<void>((resolve) => (requestedNow = resolve));
  let answer!: () => void;
  const released = new Promise<void>((resolve) => (answer = resolve));
  await page.route(file, async (route) => {
    requestedNow();
    await released;
    await route.continue();
  });
  const release = async () => {
    const answered = page.waitForResponse(file);
    answer();
    await answered;
  };
  return { requested, release };
}

describe('scroll restoration, in Chromium', () => {
  const browser = useBrowser();

  it('opens a clicked article at the top, and Back restores the list to the same pixel even after the article was reloaded', async () => {
    const page = await scrolledList(await browser.newPage({ viewport: { width: 1280, height: 800 } }), 2400);
    const href = await firstVisibleCard(page);

    await clickInPlace(page, `article h3 a[href="${href}"]`);
    await page.locator('article header h1').waitFor();
    expect(await scrollY(page)).toBe(0);
    await page.reload();
    await page.locator('article header h1').waitFor();

    await page.goBack();
    await page.locator(`article h3 a[href="${href}"]`).waitFor();
    await eventually(() => scrollY(page)).toBe(2400);
  });

  it('keeps a scrolled list where it was across a reload', async () => {
    const page = await scrolledList(await browser.newPage({ viewport: { width: 1280, height: 800 } }), 2400);
    await page.reload();
    await listShown(page);
    await eventually(() => scrollY(page)).toBe(2400);
  });

  it('returns to the same pixel after reloading a prerendered article, however long its data takes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(SEED);
    await page.locator('article header h1').waitFor();
    await scrollTo(page, 900);

    const article = await holdArticle(page, SEED);
    // The reload returns once the code has taken the page over, which needs the held file.
    const reloaded = page.reload();
    await article.requested;
    await article.release();
    await reloaded;
    await eventually(() => scrollY(page)).toBe(900);
  });

  it('returns to the same pixel after a reload whose page is first drawn as its skeleton', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(SEED);
    await page.locator('article header h1').waitFor();
    await scrollTo(page, 900);

    // A host that answers every address with index.html (no article pages): the article is drawn by
    // the code, a skeleton until its file arrives.
    await page.route(
      (url) => url.pathname === SEED,
      async (route) => route.fulfill({ response: await route.fetch({ url: new URL('/', route.request().url()).href }) }),
    );
    const article = await holdArticle(page, SEED);
    await page.reload();
    await page.locator('[aria-busy="true"]').first().waitFor();
    await article.release();
    await page.locator('article header h1').waitFor();
    await eventually(() => scrollY(page)).toBe(900);
  });

  it('starts a page loaded afresh in the same tab at the top, wherever an earlier page load was scrolled', async () => {
    const page = await scrolledList(await browser.newPage({ viewport: { width: 1280, height: 800 } }), 2400);
    // A typed address or a bookmark: a new page load, not a step through history.
    await page.goto('/?from=1900-01-01');
    await listShown(page);
    expect(await scrollY(page)).toBe(0);
  });

  it('scrolls to a section its link names, and Back returns to where the reader was', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto(SEED);
    await page.getByRole('navigation', { name: 'Contents' }).waitFor();

    await clickInPlace(page, 'nav a[href$="#focus-on-training-missions"]');
    await eventually(() => new URL(page.url()).hash).toBe('#focus-on-training-missions');
    const section = page.locator('h2#focus-on-training-missions');
    await eventually(() => section.evaluate((element) => Math.round(element.getBoundingClientRect().top))).toBeLessThan(60);
    const atSection = await scrollY(page);
    expect(atSection).toBeGreaterThan(0);

    // The article no longer links to its own quotations (their speakers stand beside them): a quotation's
    // link is followed from a person's page or a search result, tested below and in people-pages.test.ts.
    await page.goBack();
    await eventually(() => new URL(page.url()).hash).toBe('');
    await eventually(() => scrollY(page)).toBe(0);
  });

  it('opens a quotation linked from the search results at the quotation', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
    await page.goto('/?q=Stoltenberg');
    const link = page.getByRole('list', { name: 'Matching quotations' }).first().getByRole('link').first();
    await link.waitFor();
    const href = (await link.getAttribute('href'))!;

    await link.click();
    const quote = page.locator(`#${href.split('#')[1]}`);
    await quote.waitFor();
    await eventually(() =>
      quote.evaluate((element) => element.getBoundingClientRect().top >= 0 && element.getBoundingClientRect().bottom <= window.innerHeight),
    ).toBe(true);
    expect(await scrollY(page)).toBeGreaterThan(0);
  });

  it('keeps the scroll position when a filter changes beside the list, and Back keeps it too', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    await listShown(page);
    const politics = page.getByRole('checkbox', { name: /^politics/i });
    await politics.waitFor();
    await scrollTo(page, 200);

    await politics.evaluate((box: HTMLInputElement) => box.click());
    await eventually(() => new URL(page.url()).search).toBe('?topic=politics');
    await eventually(() => page.locator('[data-article-list]').getAttribute('aria-busy')).toBe('false');
    expect(await scrollY(page)).toBe(200);

    await page.goBack();
    await eventually(() => new URL(page.url()).search).toBe('');
    await eventually(() => page.locator('[data-article-list]').getAttribute('aria-busy')).toBe('false');
    expect(await scrollY(page)).toBe(200);
  });
});

describe('failed and missing pages, in Chromium', () => {
  const browser = useBrowser();

  /** The list, and the first card's article answering 500 until `recover` is called. */
  async function listWithFailingArticle(page: Page) {
    let failing = true;
    const requests: string[] = [];
    await page.goto('/');
    await listShown(page);
    const href = (await page.locator('article h3 a').first().getAttribute('href'))!;
    await page.route(`**/data/articles/${href.split('/').pop()}.json`, async (route) => {
      requests.push(route.request().url());
      await (failing ? route.fulfill({ status: 500, body: 'Server error' }) : route.continue());
    });
    const title = (await page.locator('article h3 a').first().textContent())!;
    return { href, title, requests, recover: () => (failing = false) };
  }

  it('fetches the data again on Retry after a failed load, and shows the page', async () => {
    const page = await browser.newPage();
    const article = await listWithFailingArticle(page);
    await page.locator(`article h3 a[href="${article.href}"]`).click();
    await eventually(() => heading(page)).toBe('Could not load this page');
    expect(await page.title()).toBe('Could not load this page · Broadsheet');
    expect(await progressActive(page)).toBe('false');
    const failed = article.requests.length;

    article.recover();
    await page.getByRole('button', { name: 'Retry' }).click();
    await eventually(() => heading(page)).toBe(article.title);
    expect(article.requests.length).toBe(failed + 1);
  });

  it('offers Retry when a view’s code cannot be downloaded, and Retry loads the page again', async () => {
    const page = await browser.newPage();
    await page.route('**/assets/article-page-*.js', (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto('/');
    await listShown(page);
    const link = page.locator('article h3 a').first();
    const title = (await link.textContent())!;
    await link.click();
    await eventually(() => heading(page)).toBe('Could not load this page');

    await page.unroute('**/assets/article-page-*.js');
    await page.getByRole('button', { name: 'Retry' }).click();
    await eventually(() => heading(page)).toBe(title);
  });

  // A page that failed loads again when the reader leaves it and comes back: src/app/route-error-boundary.test.tsx
  // takes those steps through the router (its memory history, one attempt a load). The browser's own Back and
  // Forward are driven by the scroll tests above, and the retries before the error page by the Retry test.

  // One tab for all four addresses: what differs between them is the router's, not the tab's.
  it('shows the not-found page, titled, at an unknown topic, article, malformed id and path', async () => {
    const page = await browser.newPage();
    for (const [path, missing] of [
      ['/topics/nope', 'Page not found'],
      ['/articles/does-not-exist', 'Article not found'],
      ['/articles/Not_An_Id', 'Article not found'],
      ['/anything-else', 'Page not found'],
    ] as const) {
      await page.goto(path);
      await eventually(() => heading(page)).toBe(missing);
      expect(await page.title(), path).toBe(`${missing} · Broadsheet`);
      expect(await page.getByText('404', { exact: true }).count(), path).toBe(1);
      expect(await page.getByRole('link', { name: 'Go to the latest articles' }).count(), path).toBe(1);
    }
  });
});

describe('the pending state between pages, in Chromium', () => {
  const browser = useBrowser();

  it('clears when a slow navigation is overtaken by another, and stays clear when the slow one arrives', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    await listShown(page);
    const [slow, fast] = await page
      .locator('article h3 a')
      .evaluateAll((links) => links.slice(0, 2).map((link) => link.getAttribute('href')!));
    const article = await holdArticle(page, slow!);

    await page.locator(`article h3 a[href="${slow}"]`).click();
    await article.requested;
    await eventually(() => progressActive(page)).toBe('true');
    expect(await page.locator('[data-article-list]').getAttribute('aria-busy')).toBe('true');
    await page.locator(`article h3 a[href="${fast}"]`).click();
    await eventually(() => new URL(page.url()).pathname).toBe(fast);
    await page.locator('article header h1').waitFor();
    expect(await progressActive(page)).toBe('false');

    await article.release();
    expect(await progressActive(page)).toBe('false');
    expect(new URL(page.url()).pathname).toBe(fast);
  });

  it('clears after Back during a slow navigation, and the list is no longer busy', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    await listShown(page);
    const slow = (await page.locator('article h3 a').first().getAttribute('href'))!;
    const article = await holdArticle(page, slow);

    await page.locator(`article h3 a[href="${slow}"]`).click();
    await article.requested;
    await eventually(() => progressActive(page)).toBe('true');
    await page.goBack();
    await eventually(() => progressActive(page)).toBe('false');
    expect(await page.locator('[data-article-list]').getAttribute('aria-busy')).toBe('false');

    await article.release();
    expect(await progressActive(page)).toBe('false');
    expect(await heading(page)).toBe('Latest articles');
  });
});
