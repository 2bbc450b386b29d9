import { useContext, useEffect, useLayoutEffect } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { fragmentTarget } from '@/ui/fragment-target';
import { keepsScroll } from '@/ui/keep-scroll';
import { HistoryContext, type ListenableHistory } from '@/ui/pending-location';

const STORAGE_KEY = 'broadsheet:scroll-positions';
/** Enough history entries for any reading session; the oldest are forgotten first. */
const KEPT_POSITIONS = 200;
/** How long a restored position waits for the page to grow tall enough to reach it. */
const RESTORE_WITHIN_MS = 10_000;
/** The reader scrolling, tapping or typing: from then on the page is where they put it. */
const READER_INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

const positions = new Map<string, number>(readSaved());

/**
 * Per history entry, where the page was scrolled to: Back returns to the same pixel, a new page
 * starts at the top (or at its #fragment, which the page itself opens), and a page that asked to
 * keep its place (KEEP_SCROLL) stays. Positions are saved the moment the history changes, before the
 * next page replaces this one, and survive a reload of the tab (session storage). A page first drawn
 * shorter than the saved position (its skeleton, while a reload fetches its data) is scrolled there
 * once it has grown.
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
    if (navigationType === 'POP') return saved === undefined ? undefined : scrollBackTo(saved);
    // Runs after the page's own effects, so a fragment's target is in the page if it exists (and the
    // page has scrolled there itself).
    if (!keepsScroll(location) && fragmentTarget(location.hash) === null) window.scrollTo(0, 0);
  }, [location, navigationType]);
}

/**
 * Scrolls to a saved position, and again each time the page grows until it is reached: the reader's
 * own scrolling, the next page or a few seconds end the attempt. Returns how to end it.
 */
function scrollBackTo(top: number): (() => void) | undefined {
  window.scrollTo(0, top);
  if (reached(top) || typeof ResizeObserver === 'undefined') return undefined;
  const growing = new ResizeObserver(() => {
    window.scrollTo(0, top);
    if (reached(top)) stop();
  });
  growing.observe(document.body);
  const timer = setTimeout(() => stop(), RESTORE_WITHIN_MS);
  for (const type of READER_INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  function stop() {
    growing.disconnect();
    clearTimeout(timer);
    for (const type of READER_INPUT) window.removeEventListener(type, stop, { capture: true });
  }
  return stop;
}

const reached = (top: number) => Math.abs(window.scrollY - top) < 1;

function rememberPositions(history: ListenableHistory): () => void {
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
  // A phone may discard a hidden tab without a pagehide: saved when hidden too.
  const saveWhenHidden = () => {
    if (document.visibilityState === 'hidden') save();
  };
  window.addEventListener('pagehide', save);
  document.addEventListener('visibilitychange', saveWhenHidden);
  return () => {
    stopListening();
    window.removeEventListener('pagehide', save);
    document.removeEventListener('visibilitychange', saveWhenHidden);
  };
}

function readSaved(): Array<[string, number]> {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(saved)
      ? saved.filter((entry): entry is [string, number] => typeof entry?.[0] === 'string' && typeof entry[1] === 'number')
      : [];
  } catch {
    return [];
  }
}
