import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from './browser';

/** Issue 18's two screens: a desktop and a phone. */
const SCREENS = [
  { name: 'desktop', viewport: { width: 1366, height: 900 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

type Manifest = { newest: string; oldest: string };

const manifestOf = (page: Page) => page.evaluate(async () => (await (await fetch('/data/index/manifest.json')).json()) as Manifest);

/** The dates of the cards drawn, once the list is not busy. */
async function cardDates(page: Page): Promise<string[]> {
  const list = page.locator('[data-result-count]');
  await expect.poll(() => list.getAttribute('aria-busy'), { timeout: 10_000 }).not.toBe('true');
  return page.locator('[data-article-list] article time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
}

/** On a phone the filters are folded away behind a button. The panel is drawn after the first paint. */
async function showFilters(page: Page): Promise<void> {
  const toggle = page.locator('[data-filters-toggle]');
  const from = page.getByLabel('From', { exact: true });
  await expect.poll(async () => (await toggle.isVisible()) || (await from.isVisible()), { timeout: 20_000 }).toBe(true);
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

describe.each(SCREENS)('inputs that keep what is typed, on a $name', ({ viewport, isMobile }) => {
  const browser = useBrowser();
  const newPage = () => browser.newPage({ viewport, isMobile, hasTouch: isMobile, locale: 'en-US' });

  it('filters the list by a date typed digit by digit into From, then To', async () => {
    const page = await newPage();
    await page.goto('/');
    const { oldest, newest } = await manifestOf(page);
    // A day inside the archive, typed as a person does in an en-US date field: month, day, year.
    const from = `${Number(oldest.slice(0, 4)) + 1}-03-15`;
    const to = `${newest.slice(0, 4)}-01-20`;
    await showFilters(page);
    const typeDate = async (label: string, iso: string) => {
      // Focus lands on the field's first part, the month.
      await page.getByLabel(label, { exact: true }).focus();
      const [year, month, day] = iso.split('-');
      await page.keyboard.type(`${month}${day}${year}`);
    };
    await typeDate('From', from);
    await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(from);
    expect(await page.getByLabel('From', { exact: true }).inputValue()).toBe(from);
    for (const date of await cardDates(page)) expect(date >= from).toBe(true);

    await typeDate('To', to);
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe(to);
    expect(new URL(page.url()).searchParams.get('from')).toBe(from);
    const dates = await cardDates(page);
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date >= from && date <= to).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps every letter typed straight after "/", also on a slow connection', async () => {
    for (const throttled of [false, true]) {
      const page = await newPage();
      await page.goto('/');
      if (throttled) {
        // Slow enough that the shortcuts' and the search's code take seconds to arrive.
        const session = await page.context().newCDPSession(page);
        await session.send('Network.enable');
        await session.send('Network.emulateNetworkConditions', {
          offline: false,
          latency: 800,
          downloadThroughput: 20_000,
          uploadThroughput: 20_000,
        });
      }
      await page.locator('body').click({ position: { x: 5, y: 300 } });
      await page.keyboard.press('/');
      await page.keyboard.type('harbour');
      const box = page.getByRole('searchbox');
      expect(await box.inputValue()).toBe('harbour');
      await expect.poll(() => new URL(page.url()).searchParams.get('q'), { timeout: 30_000 }).toBe('harbour');
      await page.close();
    }
  });
});
