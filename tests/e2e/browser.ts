import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type CDPSession, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { AXE_SCRIPT_PATH, AXE_SOURCE_PATH } from './axe-script';
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
 * waited for). Every request to another host fails the test: the reader must never call out.
 *
 * `newPage` gives a new tab whose relative URLs are the site's, in a browser context the worker keeps for
 * those options, across its files: a context of its own for every page cost about 4.5 s of Chromium's CPU per test (a
 * renderer process started, the reader's code compiled afresh), and the suite is bound by that CPU. A tab
 * Playwright opens still starts a renderer of its own (about 0.5 s of CPU here); one the context's keeper
 * tab opens (window.open) joins the keeper's process, so that is how a test's tab is opened. What a reader could carry from one test to the next is cleared before
 * each: the origin's cookies and storage (local storage, IndexedDB, caches); session storage belongs to the
 * tab. The HTTP cache stays, as a returning reader's does. Each test's tabs are closed after it. A colour
 * scheme is the tab's (emulated media), not the context's. Service workers are blocked, except where a
 * test allows them: those pages get a context of their own.
 */
export function useBrowser(site: SiteName = 'main') {
  const foreignRequests: string[] = [];
  const origin = siteOrigin(site);
  const own: BrowserContext[] = [];
  const kept = (workerBrowser ??= keptBrowser());
  let browser: Browser;
  beforeAll(async () => {
    await siteServed(site);
    browser = await kept.connected();
    kept.foreignRequests = foreignRequests;
  });
  afterEach(async () => {
    await Promise.all(own.splice(0).map((context) => context.close()));
    await kept.closeTabs();
  });
  afterAll(() => {
    kept.foreignRequests = null;
    if (foreignRequests.length) throw new Error(`requests left for other hosts: ${foreignRequests.join(', ')}`);
  });

  return {
    origin,
    /** `freshBrowser`: a context of its own, sharing no storage with the test's other tabs (a second reader), its tab opened by Playwright, not a keeper. */
    async newPage(options: BrowserContextOptions = {}, { freshBrowser = false } = {}): Promise<Page> {
      // The site's service worker (offline reading) would answer requests that page.route() then never
      // sees (Playwright's advice: block it where requests are intercepted); offline-reading.test.ts allows it.
      const ownContext = options.serviceWorkers === 'allow' || freshBrowser;
      // A phone's viewport belongs to its context (isMobile); any other is set on the tab, and so is the
      // colour scheme (the same media feature a context's option sets).
      const { viewport = { width: 1280, height: 720 }, colorScheme, isMobile = false, hasTouch = false, ...rest } = options;
      let page: Page;
      if (ownContext) {
        const context = await browser.newContext({ baseURL: origin, serviceWorkers: 'block', ...options });
        kept.watchForeignRequests(context);
        own.push(context);
        page = await context.newPage();
      } else {
        const contextOptions = isMobile ? { ...rest, viewport, isMobile, hasTouch } : hasTouch ? { ...rest, hasTouch } : rest;
        page = await kept.newTab(origin, contextOptions);
        if (!isMobile && viewport) await page.setViewportSize(viewport);
        if (colorScheme) await page.emulateMedia({ colorScheme });
      }
      if (options.javaScriptEnabled !== false) waitForTakeOverOnLoad(page);
      return page;
    },
  };
}

/**
 * The worker's connection to the shared Chromium and its kept contexts, for every file the worker runs: the
 * e2e files keep their worker's modules from one file to the next (vitest.config.ts, isolate: false), so a
 * context kept by one file, its renderer process started and the reader's code compiled, serves the next.
 * A context per file had been 36 contexts a run, each a renderer started and the code compiled afresh (the
 * e2e files 255-269 s, 198-216 s with these). The connection ends with the worker; global-setup.ts closes
 * the browser.
 */
let workerBrowser: KeptBrowser | undefined;

/** A connection to the shared Chromium and its kept contexts, one per site and options. */
type KeptBrowser = {
  connected: () => Promise<Browser>;
  /**
   * A new tab of the kept context for this site and these options, cleared of what an earlier test left.
   * Opened by the context's keeper tab (window.open): a tab Playwright opens itself starts a renderer
   * process of its own (about 0.5 s of Chromium's CPU here, whatever the flags), one the keeper opens joins
   * the keeper's. It starts blank, with the keeper as its opener and a copy of its (empty) session storage.
   */
  newTab: (origin: string, options: BrowserContextOptions) => Promise<Page>;
  /** Closes every tab of the kept contexts but their keepers: what the test just run opened. */
  closeTabs: () => Promise<void>;
  watchForeignRequests: (context: BrowserContext) => void;
  /** Where requests to other hosts are written: the running file's list. */
  foreignRequests: string[] | null;
};

function keptBrowser(): KeptBrowser {
  let browser: Promise<Browser> | undefined;
  const contexts = new Map<string, Promise<KeptContext>>();

  const connected = async () => {
    const current = await browser;
    if (current?.isConnected()) return current;
    contexts.clear();
    browser = chromium.connect(inject('browserWSEndpoint'));
    return browser;
  };

  /** A kept context: its keeper, a tab of the site kept open so that the renderer process outlives each test's tabs. */
  const keep = async (origin: string, options: BrowserContextOptions): Promise<KeptContext> => {
    const context = await (await connected()).newContext({ baseURL: origin, serviceWorkers: 'block', ...options });
    self.watchForeignRequests(context);
    const keeper = await context.newPage();
    await keeper.goto('/robots.txt');
    return { context, keeper, storage: await context.newCDPSession(keeper) };
  };

  const self: KeptBrowser = {
    foreignRequests: null,
    connected,
    watchForeignRequests: (context) =>
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (!['localhost', '127.0.0.1'].includes(url.hostname) && url.protocol.startsWith('http')) {
          (self.foreignRequests ?? []).push(request.url());
        }
      }),
    async newTab(origin, options) {
      const key = JSON.stringify([origin, Object.entries(options).sort(([a], [b]) => a.localeCompare(b))]);
      const existing = contexts.get(key);
      const made = existing ?? keep(origin, options);
      if (!existing) contexts.set(key, made);
      const { context, keeper, storage } = await made;
      if (existing) await storage.send('Storage.clearDataForOrigin', { origin, storageTypes: CLEARED_STORAGE });
      // Without JavaScript the keeper cannot open a tab.
      if (options.javaScriptEnabled === false) return context.newPage();
      const [tab] = await Promise.all([context.waitForEvent('page'), keeper.evaluate(() => void window.open('about:blank', '_blank'))]);
      // Its blank page loaded first, so that the test's first navigation is not taken for (or cut by) that one.
      await tab.waitForLoadState();
      return tab;
    },
    async closeTabs() {
      for (const made of contexts.values()) {
        const { context, keeper } = await made;
        await Promise.all(
          context
            .pages()
            .filter((page) => page !== keeper)
            .map((page) => page.close()),
        );
      }
    },
  };
  return self;
}

type KeptContext = { context: BrowserContext; keeper: Page; storage: CDPSession };

/** What Storage.clearDataForOrigin clears between tests: all a page can keep for its origin, except the HTTP cache. */
const CLEARED_STORAGE = 'cookies,local_storage,indexeddb,cache_storage,service_workers,file_systems,websql,shader_cache';

const axeSource = readFileSync(AXE_SOURCE_PATH, 'utf8');

type AxeViolation = { id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> };

/**
 * Runs axe-core in the page and returns its violations, described one per line (empty when clean). The 52
 * runs of a suite cost about 74 s of Chromium's time on two busy cores, 31 s of it reading axe's 550 KB
 * into pages. So a page that has axe already (a second theme, a second look) is not given it again; axe is
 * loaded as a script of the site (AXE_SCRIPT_PATH), which Chromium compiles once per run, not once per page;
 * and axe works out the details of the violations only, the results it is asked for (its resultTypes option).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await loadAxe(page);
  const violations = await page.evaluate(async () => {
    type Axe = { run: (context: Document, options: { resultTypes: string[] }) => Promise<{ violations: unknown[] }> };
    const { axe } = window as unknown as { axe: Axe };
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return (violations as AxeViolation[]).map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Gives the page axe-core: the site's copy (global-setup.ts), or else, where there is none, its source evaluated over the DevTools protocol. */
async function loadAxe(page: Page): Promise<void> {
  const src = new URL(`/${AXE_SCRIPT_PATH}`, page.url()).href;
  const load = page.evaluate(
    (url) =>
      new Promise<boolean>((resolve) => {
        const script = document.createElement('script');
        script.src = url;
        script.onload = () => resolve(true);
        script.onerror = () => resolve(false);
        document.head.append(script);
      }),
    src,
  );
  // A page without JavaScript never runs the script, nor says so; a page closed meanwhile rejects.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), 10_000)));
  const loaded = await Promise.race([load.catch(() => false), timedOut]).finally(() => clearTimeout(timer));
  if (!loaded || !(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
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
