import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser, useColorScheme } from './browser';

const SEED_ID = '000-2109c60526df57ad';

const searchBox = (page: Page) => page.locator('header').getByRole('searchbox', { name: /search/i });

/** The results region once it shows the hits of `query` (the bench's contract: data-search-query, aria-busy). */
async function resultsFor(page: Page, query: string): Promise<Locator> {
  const results = page.locator(`[data-search-query="${query.replaceAll('"', '\\"')}"]:not([aria-busy="true"])`);
  await results.waitFor({ timeout: 30_000 });
  return results;
}

async function seedTitle(page: Page): Promise<string> {
  return page.evaluate(async (id) => ((await (await fetch(`/data/articles/${id}.json`)).json()) as { title: string }).title, SEED_ID);
}

const hitTitles = (results: Locator) => results.locator('article h3').allTextContents();

describe('search, in Chromium', () => {
  const browser = useBrowser();

  it('shows ranked results with the words marked as you type, opens one, and Back brings the search back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    await page.locator('[data-article-list] article').first().waitFor({ timeout: 60_000 });
    const title = await seedTitle(page);
    await searchBox(page).click();
    await searchBox(page).pressSequentially('Stoltenberg Taliban', { delay: 60 });

    const results = await resultsFor(page, 'Stoltenberg Taliban');
    expect((await hitTitles(results))[0]).toBe(title);
    const first = results.locator('article').first();
    expect((await first.locator('h3 mark').allTextContents()).map((word) => word.toLowerCase())).toContain('stoltenberg');
    // What Stoltenberg said, each quotation linking to its place in the article.
    const quotes = first.getByRole('list', { name: 'Matching quotations' });
    await quotes.waitFor();
    expect(await quotes.getByRole('link').first().getAttribute('href')).toMatch(new RegExp(`^/articles/${SEED_ID}#quote-\\d+$`));
    await expect.poll(() => new URL(page.url()).search).toBe('?q=Stoltenberg+Taliban');
    expect(await page.locator('[role="status"]', { hasText: /match/ }).first().textContent()).toMatch(
      /^\d+ articles? match(es)? “Stoltenberg Taliban”/,
    );

    await first.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.goBack();
    await resultsFor(page, 'Stoltenberg Taliban');
    expect(await searchBox(page).inputValue()).toBe('Stoltenberg Taliban');
    // Typing made one history entry: one more Back is the list before the search.
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => searchBox(page).inputValue()).toBe('');
    await page.locator('[data-result-count]').waitFor();
  });

  it('restores a search from its URL on reload, and combines it with a topic filter', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/?q=ceasefire');
    const all = await hitTitles(await resultsFor(page, 'ceasefire'));
    expect(all.length).toBeGreaterThan(1);
    await page.reload();
    expect(await hitTitles(await resultsFor(page, 'ceasefire'))).toEqual(all);
    expect(await searchBox(page).inputValue()).toBe('ceasefire');

    await page.goto('/?q=ceasefire&topic=conflict-war-and-peace&from=2020-01-01');
    const results = await resultsFor(page, 'ceasefire');
    const narrowed = await hitTitles(results);
    expect(narrowed.length).toBeGreaterThan(0);
    // The same hits in the same order, less those outside the filters.
    expect(all.filter((hit) => narrowed.includes(hit))).toEqual(narrowed);
    for (const date of await results.locator('article time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!))) {
      expect(date >= '2020-01-01').toBe(true);
    }
    expect(await results.getByRole('status').textContent()).toMatch(/within the filters/);
  });

  it('says plainly when nothing matches and offers to clear the search', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/?q=xylophonist');
    const results = await resultsFor(page, 'xylophonist');
    await results.getByText('No articles match “xylophonist”.').waitFor();
    await results.getByRole('link', { name: 'Clear the search' }).click();
    await page.locator('[data-result-count]').waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await searchBox(page).inputValue()).toBe('');
  });

  it('forgives a typo: "stoltenbrg" finds the seed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`/articles/${SEED_ID}`);
    const title = await seedTitle(page);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    // "/" goes to the search box from any page; typing there goes to the list's results.
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('stoltenbrg', { delay: 60 });
    const results = await resultsFor(page, 'stoltenbrg');
    expect((await hitTitles(results))[0]).toBe(title);
    expect(new URL(page.url()).pathname).toBe('/');
    // Escape clears the search, and then leaves the box.
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).not.toBe('search');
  });

  it('has no axe violations on the results view, light and dark', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/?q=Stoltenberg');
    const results = await resultsFor(page, 'Stoltenberg');
    await results.getByRole('list', { name: 'Matching quotations' }).first().waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await useColorScheme(page, colorScheme);
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
});
