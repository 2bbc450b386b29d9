import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Opens the article at its URL's `#section` or `#quote-<n>`: scrolls there and moves focus there,
 * as a native anchor does, so a keyboard reader continues from that place. The router's own
 * ScrollRestoration also scrolls to fragments, but on a first load it looks while the skeleton is
 * still showing; this runs once the article is in the page. Going Back still restores the saved
 * position: ScrollRestoration's effect runs after this one.
 */
export function useOpenAtFragment(): void {
  const { hash, key } = useLocation();
  useLayoutEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    target.scrollIntoView?.();
    if (target.tabIndex === -1) target.focus({ preventScroll: true });
  }, [hash, key]);
}
