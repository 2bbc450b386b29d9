/**
 * Offline reading and deployments, in Chromium with the site's service worker (src/offline/service-worker.ts):
 * saved articles read in full offline, an article that is not kept says so plainly, and a page left open
 * across a new deployment keeps working and offers the new version.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axeViolations, siteServed, useBrowser } from './browser';
import { freePort, waitForOutput } from './child-processes';
import { SITES_CACHE } from './site-build';

/** The site global-setup.ts built and serves (its DIST_DIR). */
const SERVED_DIST = `${SITES_CACHE}/main/dist`;
/** The same site built unminified (sites.ts), in the background while the unit tests ran. */
const NEXT_DEPLOYMENT_DIST = `${SITES_CACHE}/main-next-deployment/dist`;
const SAVED_CACHE = 'broadsheet-saved-articles';

/** Resolves once the service worker controls the page (it takes over open pages on its first install). */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

async function savedCacheSize(page: Page): Promise<number> {
  return page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, SAVED_CACHE);
}

type ArticleData = { title: string; blocks: Array<{ type: string; text?: string; inlines?: Array<{ text: string }> }> };

/** The article's last paragraph, as its data file has it: the article is read in full when it is on the page. */
async function lastParagraph(id: string): Promise<string> {
  const article = JSON.parse(await readFile(join(SERVED_DIST, 'data', 'articles', `${id}.json`), 'utf8')) as ArticleData;
  const paragraphs = article.blocks.filter((block) => block.type === 'paragraph');
  return paragraphs
    .at(-1)!
    .inlines!.map((inline) => inline.text)
    .join('');
}

describe('offline reading, in Chromium', () => {
  const browser = useBrowser();

  it('reads two saved articles in full offline, lists them in /saved, and says so plainly for one not kept', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });
    await page.goto('/');
    await controlledByServiceWorker(page);
    const cards = page.locator('[data-article-list] article');
    const saved: Array<{ id: string; title: string }> = [];
    for (const card of [cards.nth(0), cards.nth(1)]) {
      const title = (await card.locator('h3').textContent())!;
      const href = (await card.locator('h3 a').getAttribute('href'))!;
      await card.getByRole('button', { name: 'Save' }).click();
      await expect.poll(() => card.getByRole('button', { name: 'Saved' }).getAttribute('aria-pressed')).toBe('true');
      saved.push({ id: href.split('/').at(-1)!, title });
    }
    // The page tells the worker, which keeps each one's page and data file.
    await expect.poll(() => savedCacheSize(page), { timeout: 20_000 }).toBe(4);

    await page.context().setOffline(true);
    await page.reload();
    // The list shows what it can (the precached first screen), and says plainly that the reader is offline.
    await cards.first().waitFor();
    const offlineNotice = page.locator('[data-notice="offline"]');
    await expect.poll(() => offlineNotice.textContent()).toMatch(/^You are offline\./);
    expect(await page.getByText('You are offline: search needs a connection.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/saved');
    for (const { title } of saved) await page.getByRole('heading', { level: 2, name: title }).waitFor();
    for (const { id, title } of saved) {
      // Opened from /saved in the app, then by its address (a full page load from the worker's copy).
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText(await lastParagraph(id)).waitFor();
      await page.goto(`/articles/${id}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText(await lastParagraph(id)).waitFor();
      await page.goto('/saved');
    }

    // The oldest article: neither saved nor read in this browser.
    const ids = (await readdir(join(SERVED_DIST, 'data', 'articles'))).map((name) => name.replace(/\.json$/, '')).sort();
    const notKept = ids.find((id) => !saved.some((article) => article.id === id))!;
    const response = await page.goto(`/articles/${notKept}`);
    expect(response?.ok()).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'This article is not available offline' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Back online, it opens.
    await page.context().setOffline(false);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('heading', { level: 1, name: 'This article is not available offline' }).waitFor({ state: 'detached' });
    await expect.poll(() => offlineNotice.count()).toBe(0);
  });
});

describe('a deployment while a page is open, in Chromium', () => {
  const browser = useBrowser();
  let server: ChildProcess | undefined;
  afterAll(() => {
    server?.kill();
  });

  /** Serves a built site on a port, as a host would after a deployment (the same origin every time). */
  async function serve(dist: string, port: number): Promise<void> {
    server?.kill();
    if (server) await new Promise((resolve) => server!.once('exit', resolve));
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
      env: { ...process.env, PORT: String(port), DIST_DIR: dist },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await waitForOutput(server, 'being served');
  }

  it('keeps the open page working on its own build, and offers the new version with a Reload button', { timeout: 240_000 }, async () => {
    // Build one is the site the other tests use; build two (sites.ts: main-next-deployment) differs in
    // every chunk's name (its code is not minified), so nothing of build one's code is on the server after
    // the deployment. This test serves one, then two, at one origin of its own.
    await siteServed('main-next-deployment');
    const one = SERVED_DIST;
    const two = NEXT_DEPLOYMENT_DIST;
    const oneAssets = new Set(await readdir(join(one, 'assets')));
    const twoAssets = new Set(await readdir(join(two, 'assets')));
    expect([...oneAssets].filter((name) => name.endsWith('.js') && twoAssets.has(name))).toEqual([]);

    const port = await freePort();
    const origin = `http://localhost:${port}`;
    await serve(one, port);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, baseURL: origin, serviceWorkers: 'allow' });
    await page.goto('/');
    await controlledByServiceWorker(page);

    await serve(two, port);
    const oldChunks: string[] = [];
    page.on('response', (response) => {
      const name = new URL(response.url()).pathname.split('/').at(-1)!;
      if (oneAssets.has(name) && response.ok()) oldChunks.push(name);
    });
    // Into views whose code was not loaded yet: it comes from build one, which only the worker still has.
    await page.getByRole('link', { name: 'Saved', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Saved articles' }).waitFor();
    await page.goBack();
    const card = page.locator('[data-article-list] article').first();
    const title = (await card.locator('h3').textContent())!;
    await card.locator('h3 a').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByText('Could not load this page').count()).toBe(0);
    expect(oldChunks.length).toBeGreaterThan(0);

    // The browser looks for a new worker (on a navigation, or when the page asks: start-offline.ts).
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.locator('[data-notice="update"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.textContent()).toContain('A new version of Broadsheet is ready.');
    expect(await axeViolations(page)).toEqual([]);

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const scripts = await page
      .locator('script[src]')
      .evaluateAll((elements) => elements.map((element) => new URL((element as HTMLScriptElement).src).pathname.split('/').at(-1)!));
    expect(scripts.some((name) => twoAssets.has(name))).toBe(true);
  });
});
