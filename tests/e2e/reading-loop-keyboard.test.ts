import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

const SCREENS = [
  { name: 'desktop', viewport: { width: 1366, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

const TITLES = '[data-article-list] article h3';

const focusedTitle = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-article-list] article')?.querySelector('h3')?.textContent ?? null);

const heading = (page: Page) => page.locator('main h1').first().textContent();

/** Opens the list at `path` and its second article from the keyboard (j, j, o); gives the list's titles. */
async function openSecondCard(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  // On a filtered address the reader works its list out after taking over the page, and a list drawn again
  // meanwhile takes the focus with it (o then opens nothing): the keys go to the list once it has settled.
  await page.waitForLoadState('networkidle');
  await page.locator('[data-article-list][aria-busy="false"] article h3').first().waitFor();
  const titles = await page.locator(TITLES).allTextContents();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect.poll(() => focusedTitle(page)).toBe(titles[1]);
  await page.keyboard.press('o');
  await expect.poll(() => heading(page)).toBe(titles[1]);
  return titles;
}

/**
 * Presses j or k on an article page once its previous/next links name `title`: a key pressed while they
 * are still loading has nothing to go to yet.
 */
async function pressToward(page: Page, key: 'j' | 'k', title: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Previous and next articles' }).locator('a', { hasText: title }).first().waitFor();
  await page.keyboard.press(key);
}

describe.each(SCREENS)('the keyboard loop, on a $name', ({ viewport, isMobile }) => {
  const browser = useBrowser();
  const newPage = () => browser.newPage({ viewport, isMobile, hasTouch: isMobile });

  it('keeps a focused card in the upper third, and gives focus back to the opened card after Back', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.locator(TITLES).first().waitFor();
    const titles = await page.locator(TITLES).allTextContents();
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(titles[3]);
    const top = await page.evaluate(() => document.activeElement!.closest('article')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThanOrEqual(viewport.height / 3);

    await page.keyboard.press('o');
    await expect.poll(() => heading(page)).toBe(titles[3]);
    await page.goBack();
    await expect.poll(() => focusedTitle(page)).toBe(titles[3]);
    // The loop goes on from there.
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(titles[4]);
  });

  it('reaches the first result in two Tab stops through the skip link', async () => {
    const page = await newPage();
    await page.goto('/');
    await page.locator(TITLES).first().waitFor();
    const first = (await page.locator(TITLES).first().textContent())!;
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedTitle(page)).toBe(first);
  });
});

// Where the list an article came from leads, and where focus lands after Back, is the same logic on any
// screen; the phone's own layout (the focused card's place, the skip link) is covered above.
describe('the keyboard loop through the list an article came from, on a desktop', () => {
  const browser = useBrowser();
  const newPage = () => browser.newPage({ viewport: SCREENS[0].viewport });

  it('gives focus to the next card shown after Back when hide read (?unread=1) leaves the opened one out', async () => {
    const page = await newPage();
    const titles = await openSecondCard(page, '/?unread=1');
    await page.goBack();
    await expect.poll(() => focusedTitle(page)).toBe(titles[2]);
    expect(await page.locator(TITLES).allTextContents()).not.toContain(titles[1]);
    await page.keyboard.press('j');
    await expect.poll(() => focusedTitle(page)).toBe(titles[3]);
  });

  it('moves to the next and previous article of the list with j and k on an article page', async () => {
    const page = await newPage();
    const titles = await openSecondCard(page, '/');
    await pressToward(page, 'j', titles[2]!);
    await expect.poll(() => heading(page)).toBe(titles[2]);
    await pressToward(page, 'k', titles[1]!);
    await expect.poll(() => heading(page)).toBe(titles[1]);
    await pressToward(page, 'k', titles[0]!);
    await expect.poll(() => heading(page)).toBe(titles[0]);
  });

  it('follows the list an article was opened from with j and k: its topic, after a reload too', async () => {
    const page = await newPage();
    const titles = await openSecondCard(page, '/?topic=conflict-war-and-peace');
    // Until the topic's list has arrived the links are the archive's: j waits for the topic's next one.
    await pressToward(page, 'j', titles[2]!);
    await expect.poll(() => heading(page)).toBe(titles[2]);
    // The list travels in the page's history state, so a reload keeps it.
    await page.reload();
    await expect.poll(() => heading(page)).toBe(titles[2]);
    await pressToward(page, 'j', titles[3]!);
    await expect.poll(() => heading(page)).toBe(titles[3]);
    await pressToward(page, 'k', titles[2]!);
    await expect.poll(() => heading(page)).toBe(titles[2]);
    // Not the archive's order: on the whole list, the article after the topic's second is another one.
    await page.goto('/');
    await page.locator(TITLES).first().waitFor();
    const archive = await page.locator(TITLES).allTextContents();
    const second = archive.indexOf(titles[1]!);
    expect(second === -1 ? null : archive[second + 1]).not.toBe(titles[2]);
  });
});
