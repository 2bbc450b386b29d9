import { useCallback, useRef, useState } from 'react';

/**
 * Whether the element has come within `ahead` below the window (and stays true once it has), for work
 * only worth doing for what the reader can see: search hits load their card chunk and article then (600px
 * ahead, so they are there when scrolled to), so a first query downloads what the reader sees, not ten
 * chunks. Without IntersectionObserver (old browsers, jsdom) everything counts as near.
 */
export function useNearViewport(ahead = '600px'): [ref: (element: Element | null) => void, near: boolean] {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback(
    (element: Element | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!element || typeof IntersectionObserver === 'undefined') return;
      observer.current = new IntersectionObserver(
        (entries) => {
          if (!entries.some((entry) => entry.isIntersecting)) return;
          setNear(true);
          observer.current?.disconnect();
        },
        { rootMargin: `0px 0px ${ahead} 0px` },
      );
      observer.current.observe(element);
    },
    [ahead],
  );
  return [ref, near];
}
