import { describe, expect, it } from 'vitest';
import { baseURL, useBrowser } from './browser';

describe('the built site, served as a static host would', () => {
  const browser = useBrowser();

  it('answers a deep link with the app', async () => {
    const page = await browser.newPage();
    const response = await page.goto('/articles/000-2109c60526df57ad');
    expect(response?.status()).toBe(200);
    expect(await page.locator('#root').count()).toBe(1);
  });

  it('serves the ingested data, and a real 404 for a missing article file', async () => {
    const manifest = await fetch(`${baseURL}/data/index/manifest.json`);
    expect(manifest.status).toBe(200);
    expect(((await manifest.json()) as { articleCount: number }).articleCount).toBeGreaterThan(0);
    expect((await fetch(`${baseURL}/data/articles/no-such-article.json`)).status).toBe(404);
  });
});
