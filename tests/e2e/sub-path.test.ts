import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser';

/** The documented sub-path deployment: BASE_PATH=/news/ at build time, the site served under /news/ (sites.ts). */
describe('a site built for a sub-path', () => {
  const browser = useBrowser('sub-path');
  const origin = browser.origin;

  it('serves the list and a deep-linked article under the sub-path, with every request under it', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));

    await page.goto(`${origin}/news/articles/000-2109c60526df57ad#focus-on-training-missions`);
    await expect.poll(() => page.locator('h1').textContent()).toMatch(/^NATO Secretary-General Jens Stoltenberg/);
    expect(await page.locator('h2#focus-on-training-missions').count()).toBe(1);

    await page.getByRole('link', { name: 'Broadsheet' }).first().click();
    await expect.poll(() => page.url()).toBe(`${origin}/news/`);
    await expect.poll(() => page.locator('main article').count()).toBeGreaterThan(0);
    expect(requests.filter((path) => !path.startsWith('/news/'))).toEqual([]);
  });
});
