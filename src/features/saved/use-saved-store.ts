import { useEffect, useState } from 'react';
import type { SavedArticlesStore } from './saved-articles-store';

let loading: Promise<SavedArticlesStore> | null = null;
let loaded: SavedArticlesStore | null = null;

/** The store's code, fetched once (list cards show save buttons before they need it). */
export function loadSavedStore(): Promise<SavedArticlesStore> {
  loading ??= import('./saved-articles').then(({ savedArticlesStore }) => savedArticlesStore());
  return loading;
}

/** Called by saved-articles.ts when it makes the store (also when /saved made it first): buttons use it from then on. */
export function savedStoreReady(store: SavedArticlesStore): void {
  loaded = store;
}

/**
 * The saved articles store once its code has loaded, null before. Loading starts when the browser is
 * idle after the first view (or when another tab changes them), so the first paint never waits for it
 * and the first click rarely does.
 */
export function useSavedStore(): SavedArticlesStore | null {
  const [store, setStore] = useState(loaded);
  useEffect(() => {
    if (store) return;
    let live = true;
    const load = () => void loadSavedStore().then((ready) => live && setStore(ready));
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load, { timeout: 3000 }) : window.setTimeout(load, 200);
    // Another tab changed the saved articles: what was read at first may be out of date, so load now.
    window.addEventListener('storage', load, { once: true });
    return () => {
      live = false;
      window.removeEventListener('storage', load);
      if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      else clearTimeout(idle);
    };
  }, [store]);
  return store;
}
