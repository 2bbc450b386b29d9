import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';
import { EXTREME_DATE_ARTICLES as ARTICLES } from './sites';

/**
 * A small site whose articles span the whole accepted range of dates, 1000-01-01 to 2999-12-31, with a
 * normal spread between (sites.ts): every view must draw without an error page, and the histogram must
 * stay a handful of bars (it drew 12,298 for an archive starting in year 1000).
 */
describe('a site with articles dated 1000-01-01 and 2999-12-31', () => {
  const browser = useBrowser('extreme-dates');

  const scriptErrors = new WeakMap<Page, string[]>();

  /**
   * A page of this site, its script errors kept for expectNoErrorPage. `freshBrowser` for a test that sets
   * the clock, which is the whole browser context's (Playwright's page.clock), kept for the next test else.
   */
  async function openPage(path: string, { freshBrowser = false } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } }, { freshBrowser });
    const errors: string[] = [];
    scriptErrors.set(page, errors);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(path);
    return page;
  }

  async function expectNoErrorPage(page: Page) {
    expect(await page.getByText('Something went wrong').count()).toBe(0);
    expect(scriptErrors.get(page), `script errors on ${page.url()}`).toEqual([]);
  }

  const histogram = (page: Page) => page.getByRole('slider', { name: 'Articles per century' });
  /** As long as a locator's waitFor: the machine running the tests may be busy. */
  const PATIENCE = { timeout: 30_000 };

  it('draws the list with a histogram of centuries, and picks dates from it, the quick ranges and the century list', async () => {
    const page = await openPage('/', { freshBrowser: true });
    await expect.poll(() => page.locator('[data-article-list] article').count(), PATIENCE).toBe(ARTICLES.length);
    const slider = histogram(page);
    await slider.waitFor();
    // 1000-1099 to 2900-2999: twenty bars, where months would have been 24,000.
    expect(await slider.locator(':scope > span').count()).toBe(20);
    await slider.focus();
    await page.keyboard.press('Home');
    expect(await slider.getAttribute('aria-valuetext')).toBe('1000–1099: 1 article');
    await page.keyboard.press('Shift+End');
    expect(await slider.getAttribute('aria-valuetext')).toBe(`1000 to 2999: ${ARTICLES.length} articles`);
    await page.keyboard.press('Escape');

    // The quick ranges count from today: on the archive's newest day, "This year" is 2999.
    await page.clock.setFixedTime(new Date('2999-12-31T12:00:00'));
    await page.reload();
    await page.getByRole('button', { name: 'This year (2999)' }).click();
    await expect.poll(() => new URL(page.url()).search, PATIENCE).toBe('?from=2999-01-01&to=2999-12-31');
    await page.getByText('1 article matches').waitFor();
    await page.getByRole('button', { name: 'Last year (2998)' }).click();
    await expect.poll(() => new URL(page.url()).search, PATIENCE).toBe('?from=2998-01-01&to=2998-12-31');
    await page.getByText('No articles match these filters.').waitFor();

    await page.getByRole('combobox', { name: 'Century' }).selectOption({ label: '1000–1099 (1)' });
    await expect.poll(() => new URL(page.url()).search, PATIENCE).toBe('?from=1000-01-01&to=1099-12-31');
    await page.locator('[data-article-list] article time[datetime="1000-01-01"]').waitFor();
    expect(await page.locator('[data-article-list] article').count()).toBe(1);
    await expectNoErrorPage(page);
    await page.close();
  });

  it('draws every article with its date written out', async () => {
    const page = await openPage('/articles/far-past');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('article time[datetime="1000-01-01"]').first().textContent()).toBe('Wednesday 1 January 1000');
    for (const [, name, date] of ARTICLES) {
      await page.goto(`/articles/${name.replace('.txt', '')}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      // :visible: the article's print line (shown on paper only) holds the date too.
      await page.locator(`time[datetime="${date}"]:visible`).first().waitFor();
      await expectNoErrorPage(page);
    }
    await page.close();
  });

  it('draws lists filtered by topic and dates, and a topic page', async () => {
    const page = await openPage('/');
    const slug = await page.evaluate(async () => {
      const manifest = (await (await fetch('/data/index/manifest.json')).json()) as { topics: Array<{ qcode: string; slug: string }> };
      const article = (await (await fetch('/data/articles/far-past.json')).json()) as { topics: string[] };
      return manifest.topics.find((topic) => topic.qcode === article.topics[0])!.slug;
    });
    for (const path of [`/?topic=${slug}`, `/topics/${slug}`, `/?topic=${slug}&from=1000-01-01&to=1000-01-01`, '/?from=1999-01-01']) {
      await page.goto(path);
      await page.locator('[data-article-list] article').first().waitFor();
      await histogram(page).waitFor();
      await expectNoErrorPage(page);
    }
    await page.close();
  });

  it('saves the oldest and newest articles and lists them on /saved', async () => {
    const page = await openPage('/articles/far-past');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Saved', exact: true }).waitFor();
    await page.goto('/articles/far-future');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('button', { name: 'Saved', exact: true }).waitFor();

    await page.goto('/saved');
    const dates = () => page.locator('[data-article-list] time').evaluateAll((times) => times.map((time) => time.textContent));
    await expect.poll(dates, PATIENCE).toEqual(['31 Dec 2999', '1 Jan 1000']);
    await histogram(page).waitFor();
    await page.goto('/saved?from=2999-01-01');
    await expect.poll(() => page.locator('[data-article-list] article').count(), PATIENCE).toBe(1);
    await expectNoErrorPage(page);
    await page.close();
  });

  it('finds the oldest article by search', async () => {
    const page = await openPage('/?q=coalition');
    const results = page.locator('[data-search-query="coalition"]:not([aria-busy="true"])');
    await results.waitFor({ timeout: 30_000 });
    await results.locator('article time[datetime="1000-01-01"]').waitFor();
    await expectNoErrorPage(page);
    await page.close();
  });
});
