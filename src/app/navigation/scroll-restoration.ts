import { useContext, useEffect, useLayoutEffect } from 'react';
import { useLocation, useNavigationType, type Location } from 'react-router';
import type { AppHistory } from './app-history';
import { HistoryContext } from './pending-location';

const STORAGE_KEY = 'broadsheet:scroll-positions';
/** Enough history entries for any reading session; the oldest are forgotten first. */
const KEPT_POSITIONS = 200;

/** Navigation state that keeps the page where it is (a filter changed beside the list, not a new page). */
export const KEEP_SCROLL = { keepScroll: true } as const;

const positions = new Map<string, number>(readSaved());

/**
 * Per history entry, where the page was scrolled to: Back returns to the same pixel, a new page
 * starts at the top (or at its #fragment, which the page itself opens), and a page that asked to
 * keep its place (KEEP_SCROLL) stays. Positions are saved the moment the history changes, before the
 * next page replaces this one, and survive a reload of the tab (session storage).
 */
export function useScrollRestoration(): void {
  const history = useContext(HistoryContext);
  const location = useLocation();
  const navigationType = useNavigationType();

  useEffect(() => {
    if (!history) return;
    window.history.scrollRestoration = 'manual';
    return rememberPositions(history);
  }, [history]);

  useLayoutEffect(() => {
    const saved = positions.get(location.key);
    if (navigationType === 'POP' && saved !== undefined) window.scrollTo(0, saved);
    else if (navigationType !== 'POP' && !location.hash && !keepsScroll(location)) window.scrollTo(0, 0);
  }, [location, navigationType]);
}

function rememberPositions(history: AppHistory): () => void {
  let shownKey = history.location.key;
  const stopListening = history.listen(({ location }) => {
    positions.set(shownKey, window.scrollY);
    shownKey = location.key;
  });
  const save = () => {
    positions.set(shownKey, window.scrollY);
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions].slice(-KEPT_POSITIONS)));
    } catch {
      // Storage unavailable or full: positions are then kept for this page's life only.
    }
  };
  window.addEventListener('pagehide', save);
  return () => {
    stopListening();
    window.removeEventListener('pagehide', save);
  };
}

function keepsScroll(location: Location): boolean {
  const state: unknown = location.state;
  return typeof state === 'object' && state !== null && (state as { keepScroll?: unknown }).keepScroll === true;
}

function readSaved(): Array<[string, number]> {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((entry): entry is [string, number] => typeof entry?.[0] === 'string' && typeof entry[1] === 'number') : [];
  } catch {
    return [];
  }
}
