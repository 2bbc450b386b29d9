/**
 * Saved articles, kept in the browser (localStorage) and in step across open tabs (the `storage` event).
 *
 * Each entry keeps what the /saved list needs to show an article even after it has left the corpus
 * (title, date), so a saved article is never silently dropped. When storage cannot be used (private
 * mode, quota full, disabled) the store keeps working in memory and says so through `storageProblem`.
 */

import { STORAGE_KEY } from './saved-ids-peek';

export type SavedArticle = { id: string; title: string; date: string; savedAt: string };

export type SavedSnapshot = {
  /** Newest saved first. */
  articles: readonly SavedArticle[];
  /** A sentence for the reader when saved articles cannot be kept beyond this tab; null when all is well. */
  storageProblem: string | null;
};

const EXPORT_FORMAT = 'broadsheet-saved-articles';

export type SavedArticlesStore = {
  getSnapshot(): SavedSnapshot;
  subscribe(listener: () => void): () => void;
  isSaved(id: string): boolean;
  save(article: Omit<SavedArticle, 'savedAt'>): void;
  remove(id: string): void;
  toggle(article: Omit<SavedArticle, 'savedAt'>): void;
  /** The saved articles as a JSON document for a file download. */
  exportJson(): string;
  /** Adds the articles of an exported document (keeping ones already saved); returns how many were new. */
  importJson(text: string): number;
};

export function createSavedArticlesStore(
  storage: Storage | null,
  eventTarget: Pick<Window, 'addEventListener' | 'removeEventListener'> | null,
  now: () => Date = () => new Date(),
): SavedArticlesStore {
  const listeners = new Set<() => void>();
  let snapshot: SavedSnapshot = { articles: [], storageProblem: null };
  snapshot = readFromStorage();

  function readFromStorage(): SavedSnapshot {
    if (!storage) return { articles: snapshot.articles, storageProblem: UNAVAILABLE };
    try {
      const raw = storage.getItem(STORAGE_KEY);
      return { articles: raw ? parseArticles(JSON.parse(raw)) : [], storageProblem: null };
    } catch {
      return { articles: snapshot.articles, storageProblem: UNAVAILABLE };
    }
  }

  function commit(articles: SavedArticle[]) {
    let storageProblem: string | null = null;
    if (!storage) storageProblem = UNAVAILABLE;
    else {
      try {
        storage.setItem(STORAGE_KEY, JSON.stringify(articles));
      } catch (error) {
        storageProblem = isQuotaError(error) ? FULL : UNAVAILABLE;
      }
    }
    snapshot = { articles, storageProblem };
    for (const listener of listeners) listener();
  }

  const onStorage = (event: Event) => {
    const key = (event as StorageEvent).key;
    // key is null when another tab cleared all storage.
    if (key !== null && key !== STORAGE_KEY) return;
    snapshot = readFromStorage();
    for (const listener of listeners) listener();
  };

  const store: SavedArticlesStore = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      if (listeners.size === 0) {
        eventTarget?.addEventListener('storage', onStorage);
        // Nobody listened for a while (a page without save buttons): another tab may have changed them.
        // Not when storage failed: the list in memory is then the only true one.
        if (snapshot.storageProblem === null) snapshot = readFromStorage();
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) eventTarget?.removeEventListener('storage', onStorage);
      };
    },
    isSaved: (id) => snapshot.articles.some((article) => article.id === id),
    save(article) {
      if (store.isSaved(article.id)) return;
      commit([{ ...article, savedAt: now().toISOString() }, ...snapshot.articles]);
    },
    remove(id) {
      commit(snapshot.articles.filter((article) => article.id !== id));
    },
    toggle(article) {
      if (store.isSaved(article.id)) store.remove(article.id);
      else store.save(article);
    },
    exportJson() {
      return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: now().toISOString(), articles: snapshot.articles }, null, 2)}\n`;
    },
    importJson(text) {
      let document: unknown;
      try {
        document = JSON.parse(text);
      } catch {
        throw new Error('That file is not JSON, so nothing was imported.');
      }
      const candidate = document as { format?: unknown; articles?: unknown };
      if (candidate?.format !== EXPORT_FORMAT || !Array.isArray(candidate.articles)) {
        throw new Error('That file is not a Broadsheet export of saved articles, so nothing was imported.');
      }
      const known = new Set(snapshot.articles.map((article) => article.id));
      const added = parseArticles(candidate.articles).filter((article) => !known.has(article.id));
      commit(sortNewestSavedFirst([...snapshot.articles, ...added]));
      return added.length;
    },
  };
  return store;
}

const UNAVAILABLE =
  'This browser is not letting Broadsheet store anything (private browsing, or storage turned off): saved articles last only until this tab closes.';
const FULL = 'This browser’s storage for Broadsheet is full: the latest change to your saved articles lasts only until this tab closes.';

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}

/** Keeps only well-formed entries: a hand-edited or older file never breaks the page. */
function parseArticles(value: unknown): SavedArticle[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    const item = entry as Partial<Record<keyof SavedArticle, unknown>>;
    return item && typeof item.id === 'string' && typeof item.title === 'string' && typeof item.date === 'string'
      ? [{ id: item.id, title: item.title, date: item.date, savedAt: typeof item.savedAt === 'string' ? item.savedAt : '' }]
      : [];
  });
}

function sortNewestSavedFirst(articles: SavedArticle[]): SavedArticle[] {
  return [...articles].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0));
}
