import { useSyncExternalStore } from 'react';
import { createSavedArticlesStore, type SavedArticlesStore, type SavedSnapshot } from './saved-articles-store';
import { savedStoreReady } from './use-saved-store';

let store: SavedArticlesStore | null = null;

/** The one store of this tab, made on first use (so a page that never saves never touches storage). */
export function savedArticlesStore(): SavedArticlesStore {
  if (!store) {
    store = createSavedArticlesStore(usableLocalStorage(), window);
    savedStoreReady(store);
  }
  return store;
}

/** The saved articles, re-rendering when they change here or in another tab. */
export function useSavedArticles(): SavedSnapshot {
  const current = savedArticlesStore();
  return useSyncExternalStore(current.subscribe, current.getSnapshot, current.getSnapshot);
}

/** localStorage, or null where merely touching it throws (some private modes, storage turned off). */
function usableLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem('broadsheet:probe');
    return storage;
  } catch {
    return null;
  }
}
