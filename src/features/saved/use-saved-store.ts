import { useEffect, useState } from 'react';
import type { SavedArticlesStore } from './saved-articles-store';
import { storageHoldsSaved } from './saved-ids-peek';

let loading: Promise<SavedArticlesStore> | null = null;
let loaded: SavedArticlesStore | null = null;
/** Who waits for the store (whenStoreMade), whoever loads it (a save, /saved, another tab). */
const waiting = new Set<(store: SavedArticlesStore) => void>();

/** The store's code, fetched once (list cards show save buttons before they need it). */
export function loadSavedStore(): Promise<SavedArticlesStore> {
  loading ??= import('./saved-articles').then(({ savedArticlesStore }) => savedArticlesStore());
  return loading;
}

/** Called by saved-articles.ts when it makes the store (also when /saved made it first): buttons use it from then on. */
export function savedStoreReady(store: SavedArticlesStore): void {
  loaded = store;
  for (const ready of waiting) ready(store);
}

/**
 * Calls `use` once the store is made, whoever loads it (a save, /saved); another tab's change to the saved
 * articles loads it, since what this tab read at first may be out of date. Returns what stops waiting.
 */
function whenStoreMade(use: (store: SavedArticlesStore) => void): () => void {
  if (loaded) {
    use(loaded);
    return () => {};
  }
  const load = () => void loadSavedStore();
  const stop = () => {
    waiting.delete(ready);
    window.removeEventListener('storage', load);
  };
  const ready = (store: SavedArticlesStore) => {
    stop();
    use(store);
  };
  waiting.add(ready);
  window.addEventListener('storage', load);
  return stop;
}

/**
 * Calls `use` with the store once something needs it: at once when storage holds saved articles (or
 * the store is loaded already), else when the first save, /saved or another tab's change loads it. A
 * first visit with nothing saved never evaluates the store's code for the offline worker's sake.
 */
export function whenSavedStoreNeeded(use: (store: SavedArticlesStore) => void): void {
  whenStoreMade(use);
  if (storageHoldsSaved()) void loadSavedStore();
}

/**
 * The saved articles store once its code has loaded, null before. Loading starts when the browser is
 * idle after the first view (or when another tab changes them), so the first paint never waits for it
 * and the first click rarely does; with nothing saved yet, only when another tab saves (or a button is
 * pointed at or focused, which loads it: save-button.tsx).
 */
export function useSavedStore(): SavedArticlesStore | null {
  const [store, setStore] = useState(loaded);
  useEffect(() => {
    if (store) return;
    const stopWaiting = whenStoreMade(setStore);
    const load = () => void loadSavedStore();
    const idle = !storageHoldsSaved()
      ? null
      : typeof requestIdleCallback === 'function'
        ? requestIdleCallback(load, { timeout: 3000 })
        : window.setTimeout(load, 200);
    return () => {
      stopWaiting();
      if (idle === null) return;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else clearTimeout(idle);
    };
  }, [store]);
  return store;
}
