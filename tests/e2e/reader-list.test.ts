import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser, useColorScheme } from './browser';

/**
 * Scrolls the window down until the locator's element exists (the list renders only rows near the window),
 * a screen at a time, each after the rows of the last one were drawn (two frames).
 */
async function scrollUntilPresent(page: Page, selector: string): Promise<void> {
  for (let step = 0; step < 200; step += 1) {
    if ((await page.locator(selector).count()) > 0) return;
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.scrollBy(0, window.innerHeight);
          requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
        }),
    );
  }
  const where = await page.evaluate(() => ({
    scrollY: window.scrollY,
    height: document.documentElement.scrollHeight,
    cards: [...document.querySelectorAll('article h3 a')].map((link) => link.getAttribute('href')),
  }));
  throw new Error(`never found ${selector}; at ${JSON.stringify(where)}`);
}

describe('the list, in Chromium', () => {
  const browser = useBrowser();

  it('shows the newest articles first under day headings, without sideways scrolling on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Latest articles');
    const firstDay = page.getByRole('heading', { level: 2 }).first();
    expect(await firstDay.textContent()).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await page.locator('article h3 a').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it('renders a bounded number of rows however long the list is', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    await page.locator('article h3 a').first().waitFor();
    const manifest = await page.evaluate(async () => (await (await fetch('/data/index/manifest.json')).json()) as { articleCount: number });
    const rendered = await page.locator('article').count();
    expect(rendered).toBeLessThan(30);
    expect(rendered).toBeLessThanOrEqual(manifest.articleCount);
  });

  it('keeps the scroll position when coming Back from an article', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    await page.locator('article h3 a').first().waitFor();
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2500);
    // The card nearest the top of the window, and where it stands. Waited for: the list is virtual,
    // so the rows for a new scroll position are drawn a frame or more after the scroll.
    const found = await page.waitForFunction(() => {
      const links = [...document.querySelectorAll<HTMLAnchorElement>('article h3 a')];
      const link = links.find((each) => each.getBoundingClientRect().top > 0);
      return link && { href: link.getAttribute('href')!, top: link.getBoundingClientRect().top, scrollY: window.scrollY };
    });
    const before = (await found.jsonValue()) as { href: string; top: number; scrollY: number };
    await page.locator(`article h3 a[href="${before.href}"]`).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.url()).toContain('/articles/');
    await page.goBack();
    await page.locator(`article h3 a[href="${before.href}"]`).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(before.scrollY);
    const top = await page.locator(`article h3 a[href="${before.href}"]`).evaluate((link) => link.getBoundingClientRect().top);
    expect(Math.abs(top - before.top)).toBeLessThan(2);
  });

  it('finds the seed article further down and opens it', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    await page.locator('article h3 a').first().waitFor();
    await scrollUntilPresent(page, 'a[href="/articles/000-2109c60526df57ad"]');
    await page.locator('a[href="/articles/000-2109c60526df57ad"]').click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Stoltenberg/);
  });

  it('has no axe violations in the light and dark themes on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.goto('/');
    await page.locator('article h3 a').first().waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});
