import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

describe('the theme, in Chromium', () => {
  const browser = useBrowser();

  it('follows the system, and a chosen theme is remembered and applied before the first paint', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, colorScheme: 'dark' });
    await page.goto('/');
    await page.getByRole('radio', { name: 'Auto' }).waitFor();
    const paper = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await paper()).toBe('rgb(20, 20, 20)');

    await page.getByRole('radio', { name: 'Light' }).check();
    expect(await page.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);
    expect(await paper()).toBe('rgb(252, 251, 248)');

    // On reload the inline script in index.html sets the theme before any of the app's code runs.
    const themeAtFirstScript: string[] = [];
    await page.exposeFunction('reportTheme', (theme: string) => themeAtFirstScript.push(theme));
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { reportTheme: (theme: string) => void }).reportTheme(document.documentElement.dataset.theme ?? 'none');
      });
    });
    await page.reload();
    await page.getByRole('radio', { name: 'Light' }).waitFor();
    expect(themeAtFirstScript).toEqual(['light']);
    expect(await page.getByRole('radio', { name: 'Light' }).isChecked()).toBe(true);

    await page.getByRole('radio', { name: 'Auto' }).check();
    expect(await paper()).toBe('rgb(20, 20, 20)');
    expect(await page.evaluate(() => localStorage.getItem('broadsheet:theme'))).toBeNull();
  });

  it('can be switched from the keyboard', async () => {
    const page = await browser.newPage({ colorScheme: 'light' });
    await page.goto('/');
    await page.getByRole('radio', { name: 'Auto' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });

  it('offers a skip link as the first stop of the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto('/');
    await page.locator('article h3 a').first().waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skip.evaluate((link) => link === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    // Past the heading and the filters, onto the articles: the next Tab is the first article (issue 18).
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('main');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-skip-target'))).toBe(true);
    expect(new URL(page.url()).hash).toBe('');
  });
});
