import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

/** Keys do something once the reader's code has taken over the prerendered list (src/app/mark-interactive.tsx). */
async function openList(page: Page): Promise<void> {
  await page.goto('/');
  await page.locator('html[data-interactive]').waitFor({ state: 'attached' });
}

const focusedTitle = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-article-list] article')?.querySelector('h3')?.textContent ?? null);

describe('keyboard shortcuts, in Chromium', () => {
  const browser = useBrowser();

  it('moves with j and k through the virtual list, saves with s and opens with o', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openList(page);
    await page.locator('[data-article-list] article h3').first().waitFor();
    const titles = await page.locator('[data-article-list] article h3').allTextContents();
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(titles[0]);
    for (let step = 0; step < 6; step += 1) await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(titles[6]);
    await page.keyboard.press('k');
    await expect.poll(() => focusedTitle(page)).toBe(titles[5]);
    // In view, and visibly focused.
    const box = await page.evaluate(() => document.activeElement!.closest('article')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(800);
    expect(await page.evaluate(() => document.activeElement!.matches(':focus-visible'))).toBe(true);

    await page.keyboard.press('s');
    const card = page.locator('[data-article-list] article', { hasText: titles[5]! });
    await expect.poll(() => card.getByRole('button', { name: 'Saved' }).count()).toBe(1);
    await page.keyboard.press('o');
    await page.getByRole('heading', { level: 1, name: titles[5]! }).waitFor();
    // On the article page, s saves (here: unsaves) the article read.
    await page.keyboard.press('s');
    await expect.poll(() => page.locator('main [data-save-button]').getAttribute('aria-pressed')).toBe('false');
  });

  it('keeps j pressed before the reader’s code has run, and acts on it once it has', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // The entry's code is held back: the prerendered list shows, and nothing of the app listens yet.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // The frame's own goto: the page's waits for the code to take over (browser.ts), which is held back here.
    await page.mainFrame().goto('/', { waitUntil: 'domcontentloaded' });
    const firstTitle = await page.locator('[data-article-list] article h3').first().textContent();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-interactive'))).toBe(false);
    release();
    await expect.poll(() => focusedTitle(page)).toBe(firstTitle);
  });

  it('shows the shortcuts in a dialog with ?, closes it with Escape, and stays quiet while typing', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openList(page);
    await page.locator('[data-article-list] article').first().waitFor();
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Next article in the list');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Focus goes back where it was: after j, the same article.
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).not.toBeNull();
    const before = await focusedTitle(page);
    await page.keyboard.press('Shift+?');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await focusedTitle(page)).toBe(before);

    // "/" goes to the search box once the masthead has one, else to the filters; keys typed in a field are text, not shortcuts.
    await page.keyboard.press('/');
    const target = (await page.getByRole('searchbox').count()) > 0 ? '[type="search"]' : '#filters';
    await expect.poll(() => page.evaluate((selector) => document.activeElement?.closest(selector) !== null, target)).toBe(true);
    const from = page.getByLabel('From', { exact: true });
    await from.focus();
    await page.keyboard.press('j');
    expect(await focusedTitle(page)).toBeNull();
    // Not with a modifier either.
    await page.locator('body').focus();
    await page.keyboard.press('Control+j');
    expect(await focusedTitle(page)).toBeNull();
  });
});
