import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from './browser';

/** Saves the newest article of a topic from its filtered list; returns its title. */
async function saveNewestOn(page: Page, topic: string): Promise<string> {
  await page.goto(`/?topic=${topic}`);
  const card = page.locator('[data-article-list] article').first();
  await card.waitFor({ timeout: 60_000 });
  const title = (await card.locator('h3').textContent())!;
  await card.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => card.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).toBe('true');
  return title;
}

const savedTitles = (page: Page) => page.locator('[data-article-list] article h2').allTextContents();

describe('saved articles take the list’s filters, in Chromium', () => {
  const browser = useBrowser();

  it('lists only the saved articles on the topic in /saved?topic=, with the filter shown and clearable', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const sport = await saveNewestOn(page, 'sport');
    const politics = await saveNewestOn(page, 'politics');
    expect(sport).not.toBe(politics);

    await page.goto('/saved?topic=sport');
    await expect.poll(() => savedTitles(page), { timeout: 20_000 }).toEqual([sport]);
    const sportBox = page.getByRole('checkbox', { name: /^sport/i });
    await expect.poll(() => sportBox.isChecked(), { timeout: 10_000 }).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Another topic is one click away, and both then match (any of them).
    await page.getByRole('checkbox', { name: /^politics/i }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('topic')).toEqual(['sport', 'politics']);
    await expect.poll(() => savedTitles(page)).toEqual([politics, sport]);
    await page.goBack();
    await expect.poll(() => savedTitles(page)).toEqual([sport]);

    await page.getByRole('link', { name: 'Clear all filters' }).click();
    await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe('/saved');
    await expect.poll(() => savedTitles(page)).toEqual([politics, sport]);
  });

  it('says which values it left out, and offers to clear a filter that matches nothing saved', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    const sport = await saveNewestOn(page, 'sport');
    await page.goto('/saved?topic=banana&from=nonsense');
    await page.getByRole('status').filter({ hasText: 'There is no topic “banana”' }).waitFor();
    await expect.poll(() => savedTitles(page)).toEqual([sport]);

    await page.goto('/saved?topic=politics');
    await page.getByText('No saved articles match these filters.').waitFor();
    await page.getByRole('link', { name: 'Clear the filters' }).click();
    await expect.poll(() => savedTitles(page)).toEqual([sport]);
  });
});
