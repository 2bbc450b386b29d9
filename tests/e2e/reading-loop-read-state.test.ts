import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser, useColorScheme } from './browser';

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

  it('hides read saved articles on /saved with the same Hide read, across a reload', async () => {
    const page = await browser.newPage({ viewport, isMobile, hasTouch: isMobile });
    await page.goto('/');
    const titles: string[] = [];
    for (const at of [0, 1]) {
      const card = page.locator(CARDS).nth(at);
      titles.push((await card.locator('h3').textContent())!);
      await card.getByRole('button', { name: 'Save', exact: true }).click();
      await card.getByRole('button', { name: 'Saved', exact: true }).waitFor();
    }
    await page.locator(CARDS).first().locator('h3 a').click();
    await page.getByRole('heading', { level: 1, name: titles[0] }).waitFor();

    await page.goto('/saved');
    const saved = page.getByRole('region', { name: 'Saved articles' }).locator('article');
    await expect.poll(() => saved.count()).toBe(2);
    expect(await saved.filter({ hasText: titles[0] }).getAttribute('data-read')).not.toBeNull();
    expect(await saved.filter({ hasText: titles[1] }).getAttribute('data-read')).toBeNull();

    await page.getByRole('button', { name: 'Hide read' }).click();
    await page.waitForURL((url) => url.pathname === '/saved' && url.search === '?unread=1');
    const onlyUnread = async () => {
      await expect.poll(() => saved.count()).toBe(1);
      expect(await saved.locator('h2').textContent()).toBe(titles[1]);
      expect(await page.getByRole('button', { name: 'Hide read' }).getAttribute('aria-pressed')).toBe('true');
    };
    await onlyUnread();
    for (const scheme of ['light', 'dark'] as const) {
      await useColorScheme(page, scheme);
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.reload();
    await onlyUnread();
    await page.goBack();
    await expect.poll(() => saved.count()).toBe(2);
  });
});

// The address, heading, chip and search of hide read are the same on any screen; the phone's Hide read
// button is covered above, on /saved.
describe('hide read on the list, on a desktop', () => {
  const browser = useBrowser();

  it('hides read articles with ?unread=1, in the heading and a chip, across a reload, and the chip brings them back', async () => {
    const page = await browser.newPage({ viewport: SCREENS[0].viewport });
    await page.goto('/');
    const total = Number(await page.locator('[data-result-count]').getAttribute('data-result-count'));
    const titles: string[] = [];
    for (const at of [0, 2]) {
      const card = page.locator(CARDS).nth(at);
      const title = (await card.locator('h3').textContent())!;
      titles.push(title);
      await card.locator('h3 a').click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.goBack();
      await expect.poll(() => page.locator(CARDS, { hasText: title }).getAttribute('data-read')).not.toBeNull();
    }

    const hideRead = page.getByRole('button', { name: 'Hide read' });
    expect(await hideRead.getAttribute('aria-pressed')).toBe('false');
    await hideRead.click();
    await page.waitForURL((url) => url.search === '?unread=1');
    const hidden = async () => {
      await expect.poll(() => page.locator('[data-result-count]').getAttribute('data-result-count')).toBe(String(total - 2));
      await page.locator(CARDS).first().waitFor();
      for (const title of titles) expect(await page.locator(CARDS, { hasText: title }).count()).toBe(0);
      expect(await page.locator(`${CARDS}[data-read]`).count()).toBe(0);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Unread articles');
      expect(await page.getByText(`${total - 2} articles match`).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'Hide read' }).getAttribute('aria-pressed')).toBe('true');
    };
    await hidden();
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await hidden();

    // With a search: the words of the first title find it, and hide read leaves it out.
    const words = titles[0]!
      .split(/\s+/)
      .filter((word) => /^[A-Za-z]{5,}$/.test(word))
      .slice(0, 2)
      .join(' ');
    const region = page.getByRole('region', { name: 'Search results' });
    const searched = async (query: string) => {
      await page.goto(`/?${query}`);
      await expect.poll(() => region.getAttribute('data-search-query')).toBe(words);
      await expect.poll(() => region.getAttribute('aria-busy')).toBe('false');
      return region.locator('article').filter({ hasText: titles[0]! }).count();
    };
    expect(await searched(`q=${encodeURIComponent(words)}`)).toBe(1);
    expect(await searched(`q=${encodeURIComponent(words)}&unread=1`)).toBe(0);

    await page.goto('/?unread=1');
    await hidden();
    await page.getByRole('link', { name: 'Remove filter: Unread' }).click();
    await page.waitForURL((url) => url.search === '');
    await expect.poll(() => page.locator('[data-result-count]').getAttribute('data-result-count')).toBe(String(total));
    for (const title of titles) await page.locator(CARDS, { hasText: title }).waitFor();
    await page.goBack();
    await hidden();
  });
});
