import { describe, expect, it } from 'vitest';
import { baseURL, useBrowser } from './browser';
import { consoleErrors, layoutShift, paintAndFirstRequest, parsedRoot, RECORD_PARSED_ROOT } from './prerendered-page';

/**
 * The build draws the list's first screen into index.html (src/build/vite-plugin-prerender.ts): these
 * check that it is the real page, that the browser adopts it rather than drawing it again, and that no
 * other address ever shows it.
 */

describe('the prerendered list, in Chromium', () => {
  const browser = useBrowser();

  it('is in the HTML itself: the heading, the archive summary and the newest cards with their links', async () => {
    const html = await (await fetch(new URL('/', baseURL))).text();
    const manifest = (await (await fetch(new URL('/data/index/manifest.json', baseURL))).json()) as { articleCount: number };
    const cards = (await (await fetch(new URL('/data/index/cards/0.json', baseURL))).json()) as Array<{ id: string; title: string }>;
    expect(html).toContain('<title>Broadsheet: the latest articles</title>');
    expect(html).toMatch(/<h1[^>]*>Latest articles<\/h1>/);
    expect(html).toContain(`${manifest.articleCount} articles from`);
    expect(html).toContain(`href="/articles/${cards[0]!.id}"`);
    expect(html).toContain(`href="/articles/${cards[2]!.id}"`);
  });

  it('is adopted by the code, not drawn again: the same elements, no hydration error, and it works', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = consoleErrors(page);
    await page.addInitScript(RECORD_PARSED_ROOT);
    await page.goto('/');
    // The page says when its code has taken over (src/app/mark-interactive.tsx).
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    const parsed = await parsedRoot(page);
    expect(parsed.cards).toBeGreaterThan(2);
    expect(parsed.adopted).toBe(true);
    expect(errors).toEqual([]);
    await page.locator('main article h3 a').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/articles\//);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('is laid out as the live list is, on a phone and on a wide screen (no shift when the code takes over)', async () => {
    for (const viewport of [
      { width: 375, height: 740 },
      { width: 1280, height: 800 },
    ]) {
      const page = await browser.newPage({ viewport, javaScriptEnabled: false });
      await page.goto('/');
      const before = await page.locator('main article').evaluateAll((cards) => cards.map((card) => card.getBoundingClientRect().top));
      const live = await browser.newPage({ viewport });
      await live.goto('/');
      await live.getByRole('region', { name: 'Filters' }).waitFor();
      const after = await live
        .locator('main article')
        .evaluateAll((cards) => cards.slice(0, 4).map((card) => card.getBoundingClientRect().top));
      expect(before.slice(0, 4)).toEqual(after);
      const shifts = await layoutShift(live);
      expect(shifts).toBe(0);
    }
  });

  it('paints before any of its code or data is asked for, which would only compete with that paint', async () => {
    // A context of its own: a tab of the worker's kept context now and then records no paint entry at all.
    const page = await browser.newPage({}, { freshBrowser: true });
    await page.goto('/');
    await page.getByRole('region', { name: 'Filters' }).waitFor();
    const { paint, firstRequest } = await paintAndFirstRequest(page);
    expect(firstRequest).toBeGreaterThanOrEqual(paint);
  });

  it('reads without JavaScript: the newest articles and working links', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto('/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Latest articles');
    const link = page.locator('main article h3 a').first();
    expect(await link.getAttribute('href')).toMatch(/^\/articles\/[a-z0-9-]+$/);
  });

  it('is never shown at another address: a filtered list, the saved articles, a topic, an unknown path', async () => {
    for (const address of ['/?topic=politics', '/saved', '/topics/politics', '/articles/no-such-article']) {
      const page = await browser.newPage();
      await page.addInitScript(RECORD_PARSED_ROOT);
      await page.goto(address);
      await page.getByRole('heading', { level: 1 }).waitFor();
      const { heading, cards } = await parsedRoot(page);
      expect({ address, heading, cards }).toEqual({ address, heading: null, cards: 0 });
      // The masthead stays, so the page is not blank while its code loads.
      expect(await page.locator('header a', { hasText: 'Broadsheet' }).count()).toBe(1);
    }
  });

  it('is not an article’s page: an article has its own, drawn at build time (prerendered-article.test.ts)', async () => {
    const cards = (await (await fetch(new URL('/data/index/cards/0.json', baseURL))).json()) as Array<{ id: string; title: string }>;
    const page = await browser.newPage();
    await page.addInitScript(RECORD_PARSED_ROOT);
    await page.goto(`/articles/${cards[3]!.id}`);
    const { heading, cards: parsedCards } = await parsedRoot(page);
    // Its one <article> is the article itself, not a list's cards.
    expect({ heading, cards: parsedCards }).toEqual({ heading: cards[3]!.title, cards: 1 });
  });
});
