import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from './browser';

const SCREENS = [
  { name: 'desktop', viewport: { width: 1366, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

const CARDS = '[data-article-list] article';

describe.each(SCREENS)('read state, on a $name', ({ viewport, isMobile }) => {
  const browser = useBrowser();

  it('marks an opened article as read, across a reload and in another tab, and marks all as read', async () => {
    const page = await browser.newPage({ viewport, isMobile, hasTouch: isMobile });
    await page.goto('/');
    const first = page.locator(CARDS).first();
    const title = (await first.locator('h3').textContent())!;
    expect(await first.getAttribute('data-read')).toBeNull();
    // A second tab of the same browser, open on the list while the first one reads.
    const other = await page.context().newPage();
    await other.goto('/');
    await other.locator(CARDS).first().waitFor();

    await first.locator('h3 a').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.goBack();
    const card = page.locator(CARDS, { hasText: title });
    await expect.poll(() => card.getAttribute('data-read')).not.toBeNull();
    // Said in words, not only by the dimmed title.
    expect(await card.locator('p').last().textContent()).toMatch(/^(Topic: \S.*?)?Read/);
    expect(await page.locator(`${CARDS}[data-read]`).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await expect.poll(() => other.locator(CARDS, { hasText: title }).getAttribute('data-read')).not.toBeNull();
    await page.reload();
    await expect.poll(() => page.locator(CARDS, { hasText: title }).getAttribute('data-read')).not.toBeNull();

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect.poll(() => page.locator(`${CARDS}:not([data-read])`).count()).toBe(0);
    await expect.poll(() => other.locator(`${CARDS}:not([data-read])`).count()).toBe(0);
    await page.reload();
    await page.locator(CARDS).first().waitFor();
    await expect.poll(() => page.locator(`${CARDS}:not([data-read])`).count()).toBe(0);
  });
});
