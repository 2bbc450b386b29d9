import { UNSAFE_createBrowserHistory, UNSAFE_createMemoryHistory } from 'react-router';

type RouterHistory = ReturnType<typeof UNSAFE_createBrowserHistory>;
type Update = Parameters<Parameters<RouterHistory['listen']>[0]>[0];
type Listener = (update: Update) => void;

/** The reader's history: react-router's own, which several parts of the reader can listen to. */
export type AppHistory = RouterHistory;

/**
 * React-router's history takes one listener (the router). The reader needs two more: where the
 * reader is going while the next page's data loads (the router moves in a transition, so the page
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
  return shareable(UNSAFE_createBrowserHistory({ v5Compat: true }));
}

/** A history in memory, for tests. */
export function createAppMemoryHistory(initialEntries: string[]): AppHistory {
  return shareable(UNSAFE_createMemoryHistory({ initialEntries, v5Compat: true }));
}
