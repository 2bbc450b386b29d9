import { useEffect, useState } from 'react';
import type { SavedArticlesStore } from './saved-articles-store';
import { storageHoldsSaved } from './saved-ids-peek';

let loading: Promise<SavedArticlesStore> | null = null;
let loaded: SavedArticlesStore | null = null;
/** Hooks waiting for the store, whoever loads it (a save, /saved, another tab). */
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
 * Calls `use` with the store once something needs it: at once when storage holds saved articles (or
 * the store is loaded already), else when the first save, /saved or another tab's change loads it. A
 * first visit with nothing saved never evaluates the store's code for the offline worker's sake.
 */
export function whenSavedStoreNeeded(use: (store: SavedArticlesStore) => void): void {
  if (loaded) return use(loaded);
  if (storageHoldsSaved()) return void loadSavedStore().then(use);
  const once = (store: SavedArticlesStore) => {
    waiting.delete(once);
    window.removeEventListener('storage', fromOtherTab);
    use(store);
  };
  const fromOtherTab = () => void loadSavedStore();
  waiting.add(once);
  window.addEventListener('storage', fromOtherTab);
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
    let live = true;
    const use = (ready: SavedArticlesStore) => live && setStore(ready);
    const load = () => void loadSavedStore().then(use);
    waiting.add(use);
    const whenIdle = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 3000 }) : window.setTimeout(load, 200);
    const idle = storageHoldsSaved() ? whenIdle() : null;
    // Another tab changed the saved articles: what was read at first may be out of date, so load now.
    window.addEventListener('storage', load, { once: true });
    return () => {
      live = false;
      waiting.delete(use);
      window.removeEventListener('storage', load);
      if (idle === null) return;
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else clearTimeout(idle);
    };
  }, [store]);
  return store;
}
