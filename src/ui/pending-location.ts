import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import { useLocation, type Location } from 'react-router';
import { withoutBase } from './without-base';

/** What this needs of the reader's history (src/app/navigation/app-history.ts), which the app provides. */
export type ListenableHistory = { readonly location: Location; listen: (listener: (update: { location: Location }) => void) => () => void };

export const HistoryContext = createContext<ListenableHistory | null>(null);

/**
 * Where the reader is going while that page's data and code load, or null once it is on screen.
 * The router makes a move that has to wait in a transition, so every component below it keeps the location
 * on screen until the next page is ready; the history knows the new one at once. A move drawn at once
 * (app/navigation/router-history.ts) is never pending. Paths are relative to the site's
 * base, as the router's are.
 */
export function usePendingLocation(): Location | null {
  const history = useContext(HistoryContext);
  const shown = useLocation();
  const subscribe = useCallback((onChange: () => void) => history?.listen(onChange) ?? (() => {}), [history]);
  // The key, not the location: the address bar's history builds a new location object on every read.
  const latestKey = useSyncExternalStore(
    subscribe,
    () => history?.location.key ?? shown.key,
    () => shown.key,
  );
  if (!history || latestKey === shown.key) return null;
  const latest = history.location;
  return { ...latest, pathname: withoutBase(latest.pathname) };
}
