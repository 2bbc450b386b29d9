import { describe, expect, it } from 'vitest';
import { baseURL, useBrowser } from './browser';
import { consoleErrors, layoutShift, paintAndFirstRequest, parsedRoot, RECORD_PARSED_ROOT } from './prerendered-page';

/**
 * The build draws every article into its own HTML file (src/build/vite-plugin-prerender.ts), which the
 * server answers `/articles/<id>` with: these check that it is the real article, that the browser
 * adopts it rather than drawing it again, and that it paints and reads before any script has run.
 */

const SEED = '/articles/000-2109c60526df57ad';

describe('a prerendered article, in Chromium', () => {
  const browser = useBrowser();

  it('is in the HTML itself: title, description, section heading and quotations, marked as this article', async () => {
    const response = await fetch(new URL(SEED, baseURL));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`data-prerendered="${SEED}"`);
    expect(html).toMatch(/<title>NATO Secretary-General Jens Stoltenberg said that[^<]*· Broadsheet<\/title>/);
    expect(html).toMatch(/<h1[^>]*>NATO Secretary-General Jens Stoltenberg said that/);
    expect(html).toMatch(/<h2[^>]*id="focus-on-training-missions"[^>]*>/);
    expect(html).toMatch(/<q id="quote-2"[^>]*>“(<!-- -->)?The Taliban must live up to their commitments/);
    // A shared link's preview: the article's own description and Open Graph tags, once each.
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(html).toMatch(
      // The excerpt goes on from the title (a lead sentence cut at a clause) after an ellipsis, never repeating it.
      /<meta name="description" content="…regardless of the outcome of US presidential elections/,
    );
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toContain('<meta property="article:published_time" content="2020-10-21" />');
  });

  it('is adopted by the code, not drawn again: the same elements, no hydration error, and it works', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = consoleErrors(page);
    await page.addInitScript(RECORD_PARSED_ROOT);
    await page.goto(SEED);
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    const { adopted, quotations } = await parsedRoot(page);
    expect({ adopted, quotations }).toEqual({ adopted: true, quotations: 3 });
    // Its neighbours come with the code (they are not in the HTML), and the page works as drawn live.
    await page.getByRole('complementary', { name: 'More articles' }).getByRole('link').first().waitFor();
    expect(errors).toEqual([]);
    await page.getByRole('list', { name: 'Topics' }).getByRole('link').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/topics\//);
  });

  it('is kept for a shared link with a query string (?utm_source=), which does not change an article', async () => {
    const page = await browser.newPage();
    const errors = consoleErrors(page);
    await page.addInitScript(RECORD_PARSED_ROOT);
    await page.goto(`${SEED}?utm_source=newsletter`);
    await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
    expect((await parsedRoot(page)).adopted).toBe(true);
    expect(errors).toEqual([]);
  });

  it('paints before any of its code or data is asked for, and does not move when the code takes over', async () => {
    for (const viewport of [
      { width: 375, height: 740 },
      { width: 1280, height: 800 },
    ]) {
      // A context of its own: a tab of the worker's kept context now and then records no paint entry at all.
      const page = await browser.newPage({ viewport }, { freshBrowser: true });
      await page.goto(SEED);
      await page.getByRole('complementary', { name: 'More articles' }).getByRole('link').first().waitFor();
      const { paint, firstRequest } = await paintAndFirstRequest(page);
      expect(firstRequest).toBeGreaterThanOrEqual(paint);
      expect(await layoutShift(page)).toBe(0);
    }
  });

  it('reads without JavaScript, and a quotation’s address opens at that quotation', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 1280, height: 600 } });
    await page.goto(`${SEED}#quote-3`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^NATO Secretary-General Jens Stoltenberg/);
    expect(await page.locator('article p').count()).toBeGreaterThan(4);
    const quote = await page.locator('#quote-3').boundingBox();
    expect(quote!.y).toBeGreaterThanOrEqual(0);
    expect(quote!.y).toBeLessThan(600);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('leaves an address it does not show to the reader: a missing article is the not-found page', async () => {
    const page = await browser.newPage();
    const response = await page.goto('/articles/no-such-article');
    expect(response!.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: /not found|no article/i }).waitFor();
  });
});
