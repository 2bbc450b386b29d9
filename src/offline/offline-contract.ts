/**
 * What the page and the service worker (service-worker.ts) agree on: the caches the worker keeps articles
 * in, how many recently read articles it keeps, and the one message the page sends it. Free of browser and
 * worker APIs, so both sides and their tests import it.
 */
import { isArticleId } from '../article/article-id-format';
import { ARTICLES_DIR, DATA_PATH, SEARCH_DIR, articleFileName } from '../data/data-files';

/** Every saved article's page and data file, exactly the saved ones: the page tells the worker which. */
export const SAVED_CACHE = 'broadsheet-saved-articles';
/** The data files of the articles read last (the reader draws an article from its data alone). */
export const RECENT_DATA_CACHE = 'broadsheet-recent-article-data';
/** The pages of the articles opened last by their address (a link from elsewhere, a reload). */
export const RECENT_PAGES_CACHE = 'broadsheet-recent-article-pages';
/** The list's data beyond its first screen (later card chunks, name directories), as far as it was read. */
export const INDEX_CACHE = 'broadsheet-archive-index';

/** How many of the articles read last stay readable offline, besides the saved ones. */
export const RECENT_ARTICLES_KEPT = 50;
/** Index files kept beyond the precached first screen: a bound, so the archive is never cached whole. */
export const INDEX_FILES_KEPT = 60;

/** The page -> worker message that says which articles are saved now (all of them, not a change). */
export type KeepSavedMessage = { type: 'keep-saved'; ids: string[] };
/** The worker's answer once the saved cache holds what it could fetch of them. */
export type SavedKeptMessage = { type: 'saved-kept'; kept: number; missing: number };

export function keepSavedMessage(ids: readonly string[]): KeepSavedMessage {
  return { type: 'keep-saved', ids: ids.filter(isArticleId) };
}

/** A message is a keep-saved one only if it has that shape and every id is an article id (never a path). */
export function readKeepSavedMessage(data: unknown): KeepSavedMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, ids } = data as { type?: unknown; ids?: unknown };
  if (type !== 'keep-saved' || !Array.isArray(ids)) return null;
  if (!ids.every((id): id is string => typeof id === 'string' && isArticleId(id))) return null;
  return { type, ids };
}

/** An article's two URLs below the site's base (the scope the worker is registered for, ending in `/`). */
export function articleUrls(scope: string, id: string): { page: string; data: string } {
  return {
    page: new URL(`${ARTICLES_DIR}/${encodeURIComponent(id)}`, scope).href,
    data: new URL(`${DATA_PATH}/${ARTICLES_DIR}/${articleFileName(id)}`, scope).href,
  };
}

/** The article id a page URL (`<base>articles/<id>`, `.html` or not) or data URL (`<base>data/articles/<id>.json`) is for. */
export function articleIdOf(scope: string, url: string): { id: string; kind: 'page' | 'data' } | null {
  if (!url.startsWith(scope)) return null;
  const path = new URL(url).pathname.slice(new URL(scope).pathname.length);
  const page = new RegExp(`^${ARTICLES_DIR}/([^/]+?)(?:\\.html)?$`).exec(path);
  if (page && isArticleId(page[1]!)) return { id: page[1]!, kind: 'page' };
  const data = new RegExp(`^${DATA_PATH}/${ARTICLES_DIR}/([^/]+)\\.json$`).exec(path);
  if (data && isArticleId(data[1]!)) return { id: data[1]!, kind: 'data' };
  return null;
}

/** Whether a URL is one of the list's index files that may be kept (not the search index: offline, search says so). */
export function isIndexUrl(scope: string, url: string): boolean {
  if (!url.startsWith(scope)) return false;
  const path = new URL(url).pathname.slice(new URL(scope).pathname.length);
  return path.startsWith(`${DATA_PATH}/index/`) && !path.startsWith(`${DATA_PATH}/${SEARCH_DIR}/`);
}
