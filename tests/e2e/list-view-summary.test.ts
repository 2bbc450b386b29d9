import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, useBrowser } from './browser';

const VIEWPORTS = {
  desktop: { viewport: { width: 1366, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
} as const;

const heading = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();
const chipNames = (page: Page) =>
  page
    .getByRole('list', { name: 'Active filters' })
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => link.textContent!.trim()));

describe.each(Object.entries(VIEWPORTS))('the heading and chips of a filtered list, on %s', (_, options) => {
  const browser = useBrowser();

  it('names a topic and a year, removes one chip at a time, and Back restores it', async () => {
    const page = await browser.newPage(options);
    await page.goto('/?topic=politics&from=2020-01-01&to=2020-12-31');
    await expect.poll(() => heading(page)).toBe('Politics · 2020');
    await expect.poll(() => page.title()).toBe('Politics · 2020 · Broadsheet');
    expect(await chipNames(page)).toEqual(['Remove filter: Politics', 'Remove filter: 2020']);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Remove filter: 2020' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?topic=politics');
    await expect.poll(() => heading(page)).toBe('Politics');
    expect(await chipNames(page)).toEqual(['Remove filter: Politics']);

    await page.goBack();
    await expect.poll(() => heading(page)).toBe('Politics · 2020');
    await page.getByRole('link', { name: 'Remove filter: Politics' }).click();
    await expect.poll(() => new URL(page.url()).search).toBe('?from=2020-01-01&to=2020-12-31');
    await expect.poll(() => heading(page)).toBe('2020');
  });

  it('names a search and a person, each with its chip', async () => {
    const page = await browser.newPage(options);
    await page.goto('/?q=stoltenberg');
    await expect.poll(() => heading(page)).toBe('Search: stoltenberg');
    expect(await chipNames(page)).toEqual(['Remove search: stoltenberg']);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/?person=Jens%20Stoltenberg');
    await expect.poll(() => heading(page)).toBe('Jens Stoltenberg');
    await expect.poll(() => page.title()).toBe('Jens Stoltenberg · Broadsheet');
    expect(await chipNames(page)).toEqual(['Remove filter: Jens Stoltenberg']);
    await page.getByRole('link', { name: 'Remove filter: Jens Stoltenberg' }).click();
    await expect.poll(() => heading(page)).toBe('Latest articles');
    await expect.poll(() => page.getByRole('list', { name: 'Active filters' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
