/// <reference lib="webworker" />
/**
 * The service worker (built by vite-plugin-pwa's injectManifest from this file; vite.config.ts). What it keeps:
 * - the app shell, precached: index.html, the code and stylesheet, the icons, and the list's first data
 *   (its manifest, first card chunk and filter columns), so the list opens offline;
 * - every saved article's page and data file, exactly the saved ones (the page says which: keep-saved);
 * - the data files of the 50 articles read last, and the pages of the 50 opened last by their address;
 * - the list's later index files as far as they were read, 60 at most.
 * Nothing else: the archive is never cached whole, and the search index is not cached (offline, search
 * says so). A new deployment installs a new worker that waits: the open pages keep the old one, which
 * serves them their own build's code, until the reader reloads (the page offers it: offline-updates.ts).
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import {
  articleIdOf,
  INDEX_CACHE,
  INDEX_FILES_KEPT,
  isIndexUrl,
  readKeepSavedMessage,
  RECENT_ARTICLES_KEPT,
  RECENT_DATA_CACHE,
  RECENT_PAGES_CACHE,
  SAVED_CACHE,
  type SavedKeptMessage,
} from './offline-contract';
import { keepSaved } from './keep-saved';

declare const self: ServiceWorkerGlobalScope;

const scope = self.registration.scope;
const SHELL = 'index.html';

precacheAndRoute(self.__WB_MANIFEST);
// The first install takes over the open pages at once, so their later chunks come from the precache
// too: a deployment soon after the page opened cannot leave it without its code.
clientsClaim();
// Precaches of older Workbox versions (never the current one's entries, which the precache itself prunes).
cleanupOutdatedCaches();

self.addEventListener('message', (event) => {
  // The reader chose Reload on the new-version notice (workbox-window's messageSkipWaiting).
  if (event.data?.type === 'SKIP_WAITING') {
    void self.skipWaiting();
    return;
  }
  const message = readKeepSavedMessage(event.data);
  if (!message) return;
  event.waitUntil(
    keepSaved(caches, scope, message.ids, fetch).then(({ kept, missing }) => {
      const answer: SavedKeptMessage = { type: 'saved-kept', kept, missing };
      event.source?.postMessage(answer);
    }),
  );
});

const recentData = new NetworkFirst({
  cacheName: RECENT_DATA_CACHE,
  plugins: [new ExpirationPlugin({ maxEntries: RECENT_ARTICLES_KEPT })],
});
const recentPages = new NetworkFirst({
  cacheName: RECENT_PAGES_CACHE,
  plugins: [new ExpirationPlugin({ maxEntries: RECENT_ARTICLES_KEPT })],
});

/** The saved copy of a URL, when the network and the recent cache had nothing. */
async function savedCopy(url: string): Promise<Response | undefined> {
  return (await caches.open(SAVED_CACHE)).match(url, { ignoreSearch: true });
}

// An article's data file: fresh from the network (kept as one of the last read), else a kept copy. Not
// kept: the fetch fails, and the reader says the article is not available offline.
registerRoute(
  ({ url }) => articleIdOf(scope, url.href)?.kind === 'data',
  async (options) => {
    try {
      return await recentData.handle(options);
    } catch (error) {
      const saved = await savedCopy(options.request.url);
      if (saved) return saved;
      throw error;
    }
  },
);

// An article's page opened by its address: fresh, else a kept copy, else the app shell, which draws it
// from a kept data file or says plainly that it is not kept (never the browser's error page).
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && articleIdOf(scope, url.href)?.kind === 'page',
  async (options) => {
    try {
      return await recentPages.handle(options);
    } catch (error) {
      const kept = (await savedCopy(options.request.url)) ?? (await matchPrecache(SHELL));
      if (kept) return kept;
      throw error;
    }
  },
);

// The app's other pages (the list, a topic, /saved) are the shell, which the boot script fills. Only
// those: a feed, the sitemap or any other file opened by its address goes to the network as usual.
const appPages = [/^$/, /^index\.html$/, /^saved\/?$/, /^topics\/[^/]+\/?$/].map(
  (path) => new RegExp(`^${escapeRegExp(new URL(scope).pathname)}${path.source.slice(1)}`),
);
registerRoute(new NavigationRoute(createHandlerBoundToURL(SHELL), { allowlist: appPages }));

// The list's index files beyond the precached ones: fresh while online, the last copy offline.
registerRoute(
  ({ url }) => isIndexUrl(scope, url.href),
  new NetworkFirst({ cacheName: INDEX_CACHE, plugins: [new ExpirationPlugin({ maxEntries: INDEX_FILES_KEPT })] }),
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
