import { useCallback, useRef, useState } from 'react';

/** How far below the window a hit starts loading, so it is there by the time it scrolls in. */
const AHEAD = '600px';

/**
 * Whether the element has come within reach of the window (and stays true once it has): hits load their
 * card chunk and article only then, so a first query downloads what the reader sees, not ten chunks.
 * Without IntersectionObserver (old browsers, jsdom) everything counts as near.
 */
export function useNearViewport(): [ref: (element: Element | null) => void, near: boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback((element: Element | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element || typeof IntersectionObserver === 'undefined') return;
    observer.current = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        setNear(true);
        observer.current?.disconnect();
      },
      { rootMargin: `0px 0px ${AHEAD} 0px` },
    );
    observer.current.observe(element);
  }, []);
  return [ref, near];
}
