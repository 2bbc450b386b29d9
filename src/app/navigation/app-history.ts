import { UNSAFE_createBrowserHistory, UNSAFE_createMemoryHistory } from 'react-router';

type RouterHistory = ReturnType<typeof UNSAFE_createBrowserHistory>;
type Update = Parameters<Parameters<RouterHistory['listen']>[0]>[0];
type Listener = (update: Update) => void;

/** The reader's history: react-router's own, which several parts of the reader can listen to. */
export type AppHistory = RouterHistory;

/**
 * React-router's history takes one listener (the router). The reader needs two more: where the
 * reader is going while the next page's data loads (the router makes such moves in a transition, so the page
 * on screen still shows the old location) and where each page was scrolled to, saved before the
 * page changes. This fans one listener out to any number.
 */
function shareable(history: RouterHistory): AppHistory {
  const listeners = new Set<Listener>();
  history.listen((update) => {
    for (const listener of [...listeners]) listener(update);
  });
  const shared: AppHistory = Object.create(history);
  shared.listen = (listener: Listener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return shared;
}

/** The address bar's history. `v5Compat` makes push and replace tell the listeners too, as Back does. */
export function createAppBrowserHistory(): AppHistory {
  keyTheLoadedEntry();
  return shareable(UNSAFE_createBrowserHistory({ v5Compat: true }));
}

/**
 * React-router keys each entry it pushes, but calls the entry a page was loaded at "default". Every
 * page load in a tab would then share one key, and the scroll position kept for one (in session
 * storage) would be restored on another: a bookmark or a typed address opening halfway down. Its own
 * key, kept in the entry's state the way react-router keeps its own, survives a reload and Back.
 */
function keyTheLoadedEntry(): void {
  const state: unknown = window.history.state;
  const entry = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  if (typeof entry.key === 'string') return;
  window.history.replaceState({ ...entry, key: Math.random().toString(36).slice(2, 10) }, '');
}

/** A history in memory, for tests. */
export function createAppMemoryHistory(initialEntries: string[]): AppHistory {
  return shareable(UNSAFE_createMemoryHistory({ initialEntries, v5Compat: true }));
}
