import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from './browser';

const STORAGE_KEY = 'broadsheet:saved:v1';
const SEED = { id: '000-2109c60526df57ad', date: '2020-10-21' };

/** `count` saved entries: the archive's newest articles first (as many as asked of `real`), then ones not in it. */
function entries(count: number, real: Card[] = []) {
  return Array.from({ length: count }, (_, index) => ({
    ...(real[index] ?? { id: `saved-elsewhere-${index}`, title: `Saved elsewhere ${index}`, date: '2021-06-01' }),
    savedAt: new Date(Date.UTC(2025, 0, 1) - index * 1000).toISOString(),
  }));
}

/** Counts the article files a page asks for (the data /saved fetched once per saved entry, every visit). */
function countArticleRequests(page: Page): { count: () => number } {
  let count = 0;
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/data/articles/')) count += 1;
  });
  return { count: () => count };
}

type Card = { id: string; title: string; date: string };

/** A data file of the site, as the page fetches it. */
const dataFile = <T>(page: Page, path: string) => page.evaluate(async (url) => (await (await fetch(url)).json()) as T, `/data/${path}`);

const IMPORTED_CAPPED = 'Imported 5,000 saved articles. That file lists 20,000: only the first 5,000 were read, the most one import takes.';

const listed = (page: Page) => page.locator('[data-article-list] li article');

/** As long as a locator's waitFor: the files arrive a few at a time, and the machine running the tests may be busy. */
const PATIENCE = { timeout: 30_000 };

async function expectUsable(page: Page) {
  expect(await page.getByText('Something went wrong').count()).toBe(0);
  await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
}

describe('/saved with bad saved data, in Chromium', () => {
  const browser = useBrowser();

  it('drops bad and repeated entries, keeps the rest, says so until dismissed, and survives reloads', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    const seedTitle = (await dataFile<{ title: string }>(page, `articles/${SEED.id}.json`)).title;
    const stored = [
      { ...SEED, title: seedTitle, savedAt: '2026-01-03T00:00:00.000Z' },
      { id: 'bad-date', title: 'Dated banana', date: 'banana', savedAt: '2026-01-02T00:00:00.000Z' },
      { id: 'far-future', title: 'Dated 9999', date: '9999-12-31', savedAt: '2026-01-01T00:00:00.000Z' },
      { ...SEED, title: 'The seed again' },
      { id: 42 },
      '<img src=x onerror=alert(1)>',
    ];
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, JSON.stringify(stored)] as const);
    await page.goto('/saved');
    await expectUsable(page);
    const notice = page.getByRole('alert').filter({ hasText: 'Saved data was damaged' });
    expect(await notice.textContent()).toContain('Saved data was damaged; 2 entries kept. 4 entries could not be read and were left out.');
    await expect.poll(() => listed(page).locator('h2').allTextContents(), PATIENCE).toEqual([seedTitle, 'Dated 9999']);
    // The 9999 entry is not in the archive: listed as gone, and its date stretches the histogram to centuries.
    await page.getByText('No longer available', { exact: false }).waitFor();
    await page.getByRole('slider', { name: 'Articles per century' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expectUsable(page);
    await notice.getByRole('button', { name: 'OK' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await expectUsable(page);
    await expect.poll(() => listed(page).count(), PATIENCE).toBe(2);
    expect(await page.getByRole('alert').count()).toBe(0);
  });

  it('reads what it can of corrupt JSON, without blaming private browsing, and repairs it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    const whole = JSON.stringify(entries(3));
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, `${whole.slice(0, -40)}\u0000garbage`] as const);
    await page.goto('/saved');
    await expectUsable(page);
    await page.getByRole('alert').filter({ hasText: 'Saved data was damaged; 2 entries kept.' }).waitFor();
    expect(await page.getByText('private browsing', { exact: false }).count()).toBe(0);
    await expect.poll(() => listed(page).count(), PATIENCE).toBe(2);
    const repaired = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!) as unknown[], STORAGE_KEY);
    expect(repaired).toHaveLength(2);
  });

  it('imports 5,000 of a 20,000-entry file, says so, and fetches the files of one page at a time', { timeout: 180_000 }, async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests = countArticleRequests(page);
    await page.goto('/saved');
    await expectUsable(page);
    const real = await dataFile<Card[]>(page, 'index/cards/0.json');
    const file = JSON.stringify({ format: 'broadsheet-saved-articles', version: 1, articles: entries(20_000, real.slice(0, 10)) });
    const upload = { name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(file) };
    await page.getByLabel('Import saved articles').setInputFiles(upload);
    await page.getByRole('status').filter({ hasText: IMPORTED_CAPPED }).waitFor();
    await expect.poll(() => listed(page).count(), PATIENCE).toBe(20);
    await page.getByText('Showing 20 of 5,000 saved articles.').waitFor();
    // The first page's files, and no more: 10 in the archive, 10 gone.
    await expect.poll(() => page.getByText('No longer available', { exact: false }).count(), PATIENCE).toBe(10);
    expect(requests.count()).toBeLessThanOrEqual(20);

    await page.getByRole('button', { name: 'Show more saved articles' }).click();
    await expect.poll(() => listed(page).count(), PATIENCE).toBe(40);
    await expect.poll(() => page.getByText('No longer available', { exact: false }).count(), PATIENCE).toBe(30);
    expect(requests.count()).toBeLessThanOrEqual(40);

    // Under a topic filter it checks files in order until a page is full (an article that left the archive
    // cannot be checked, so it is listed), never all 5,000.
    const topic = (await dataFile<{ topics: Array<{ slug: string }> }>(page, 'index/manifest.json')).topics[0]!.slug;
    const before = requests.count();
    await page.goto(`/saved?topic=${topic}`);
    await expectUsable(page);
    await expect.poll(() => listed(page).count(), PATIENCE).toBe(20);
    await page.getByText(/^Checked \d+ of 5,000 saved articles against these filters\.$/).waitFor();
    expect(requests.count() - before).toBeLessThanOrEqual(40);
  });

  it('with 20,000 saved, a visit asks for the first page’s files only, and the page works', { timeout: 180_000 }, async () => {
    const again = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await again.goto('/');
    const real = await dataFile<Card[]>(again, 'index/cards/0.json');
    const later = countArticleRequests(again);
    const stored = JSON.stringify(entries(20_000, real.slice(0, 10)));
    await again.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, stored] as const);
    await again.goto('/saved');
    await expectUsable(again);
    await expect.poll(() => listed(again).count(), PATIENCE).toBe(20);
    await again.getByText('Showing 20 of 20,000 saved articles.').waitFor();
    await expect.poll(() => again.getByText('No longer available', { exact: false }).count(), PATIENCE).toBe(10);
    expect(later.count()).toBeLessThanOrEqual(20);
    // Still a page that works: unsaving the first one takes it off the list.
    const first = listed(again).first();
    const title = await first.locator('h2').textContent();
    await first.getByRole('button', { name: 'Saved' }).click();
    await expect.poll(() => listed(again).first().locator('h2').textContent(), PATIENCE).not.toBe(title);
  });
});
