import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { BUILD_FAILED_STATUS, BUILDING_STATUS } from './site-status';
import type { SiteName } from './sites';

/** The main site's origin, e.g. http://localhost:41234. */
export const baseURL = inject('baseURL');

/** A site of sites.ts: its origin (pages of a sub-path site are under its base, e.g. `${origin}/news/`). */
export const siteOrigin = (site: SiteName): string => inject('sites')[site].origin;

// Every file that drives the main site waits for it first: the sites are built while the unit tests run.
beforeAll(() => siteServed('main'));

/**
 * Resolves once the site is served: global-setup.ts builds it in the background and its port answers 503
 * until then, or 500 with the build's error, which fails the file with that error.
 */
export async function siteServed(site: SiteName): Promise<void> {
  const { origin, base } = inject('sites')[site];
  for (;;) {
    const response = await fetch(`${origin}${base}`).catch(() => null);
    if (response?.status === BUILD_FAILED_STATUS) throw new Error(await response.text());
    if (response && response.status !== BUILDING_STATUS) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Connects the test file to the shared Chromium, for one site of sites.ts (the main one by default,
 * waited for); each call of `newPage` gets a fresh context (no cookies, storage or cache carried between
 * tests) whose relative URLs are the site's. Every request to another host fails the test: the reader
 * must never call out.
 */
export function useBrowser(site: SiteName = 'main') {
  let browser: Browser;
  const foreignRequests: string[] = [];
  const origin = siteOrigin(site);
  beforeAll(async () => {
    await siteServed(site);
    browser = await chromium.connect(inject('browserWSEndpoint'));
  });
  afterAll(async () => {
    await browser.close();
    if (foreignRequests.length) throw new Error(`requests left for other hosts: ${foreignRequests.join(', ')}`);
  });
  return {
    origin,
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      // The site's service worker (offline reading) would answer requests that page.route() then never
      // sees (Playwright's advice: block it where requests are intercepted); offline-reading.test.ts allows it.
      const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block', ...options });
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http')) {
          foreignRequests.push(request.url());
        }
      });
      const page = await context.newPage();
      if (options.javaScriptEnabled !== false) waitForTakeOverOnLoad(page);
      return page;
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

/** Runs axe-core in the page and returns its violations, described one per line (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol: an added <script> would be refused by the site's Content-Security-Policy.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return (violations as AxeViolation[]).map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/**
 * Switches the page to the light or dark theme as the system would, live: the theme follows the system's
 * setting through CSS (reader-theme.test.ts), so one loaded page can be checked in both. Returns once the
 * colours have settled: a quotation's tint fades (a CSS transition), and axe must not read it halfway.
 */
export async function useColorScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  // Transitions only: a loading skeleton's pulse never finishes. One cancelled (its element gone) is settled too.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation instanceof CSSTransition)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}

/**
 * The list's first screen is in the HTML (src/build/vite-plugin-prerender.ts) and shows before the reader's
 * code has taken it over: until then a key or a typed word does nothing, and a link is a full page load.
 * A person would not notice; a test acting within milliseconds would. So after a load shows the prerendered
 * list, goto and reload return once the code has taken over (`<html data-interactive>`).
 */
function waitForTakeOverOnLoad(page: Page): void {
  const takenOver = async () => {
    const prerendered = await page.evaluate(() => document.querySelector('#root[data-prerendered]') !== null).catch(() => false);
    if (prerendered) await page.locator('html[data-interactive]').waitFor({ state: 'attached', timeout: 30_000 });
  };
  const goto = page.goto.bind(page);
  page.goto = async (...args) => {
    const response = await goto(...args);
    await takenOver();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (...args) => {
    const response = await reload(...args);
    await takenOver();
    return response;
  };
}
