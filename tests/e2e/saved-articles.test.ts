import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from './browser';

describe('saved articles, in Chromium', () => {
  const browser = useBrowser();

  it('saves from the list, lists it in /saved after a reload and in a second tab, and unsaves from the article', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    const card = page.locator('[data-article-list] article').first();
    const title = (await card.locator('h3').textContent())!;
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).toBe('true');

    await page.goto('/saved');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();

    // A second tab of the same browser sees it, and sees it go when the first tab unsaves it.
    const second = await page.context().newPage();
    await second.goto('/saved');
    await second.getByRole('heading', { level: 2, name: title }).waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByRole('button', { name: 'Saved' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Save', exact: true }).getAttribute('aria-pressed')).toBe('false');
    await expect.poll(() => second.getByText('Nothing saved yet', { exact: false }).count()).toBe(1);
  });

  it('exports to a JSON file and imports it back, keeping an article that left the archive as unavailable', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto('/');
    const card = page.locator('[data-article-list] article').first();
    const title = (await card.locator('h3').textContent())!;
    await card.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => card.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto('/saved');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export saved articles' }).click(),
    ]);
    const exported = JSON.parse(await text(await download.createReadStream())) as {
      articles: Array<{ id: string; title: string; date: string }>;
    };
    expect(exported.articles.map((article) => article.title)).toEqual([title]);

    // Into a fresh browser (nothing saved there), with one more article that is not in the archive.
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } }, { freshBrowser: true });
    await fresh.goto('/saved');
    await fresh.getByText('Nothing saved yet', { exact: false }).waitFor();
    const gone = {
      id: 'gone-for-good',
      title: 'An article that left the archive',
      date: '2020-01-01',
      savedAt: '2020-01-02T00:00:00.000Z',
    };
    const file = JSON.stringify({ ...exported, articles: [...exported.articles, gone] });
    await fresh
      .getByLabel('Import saved articles')
      .setInputFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await fresh.getByRole('status').filter({ hasText: 'Imported 2 saved articles.' }).waitFor();
    await fresh.getByRole('heading', { level: 2, name: title }).waitFor();
    await fresh.getByText('No longer available', { exact: false }).waitFor();
    expect(await fresh.getByRole('heading', { level: 2, name: gone.title }).count()).toBe(1);
    expect(await axeViolations(fresh)).toEqual([]);
  });

  it('says so when storage is unavailable, and keeps working for this tab', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto('/');
    await page.locator('[data-article-list] article').first().getByRole('button', { name: 'Save' }).click();
    // Said at once, where the reader saved.
    const notice = page.getByRole('alert').filter({ hasText: 'not letting Broadsheet store anything' });
    await notice.waitFor();
    await notice.getByRole('button', { name: 'OK' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Saved', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'not letting Broadsheet store anything' }).waitFor();
    expect(await page.locator('[data-article-list] article').count()).toBe(1);
  });
});
