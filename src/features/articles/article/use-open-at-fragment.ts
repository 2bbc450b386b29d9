import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { fragmentTarget } from '@/ui/fragment-target';

/**
 * Opens the article at its URL's `#section` or `#quote-<n>`: scrolls there and moves focus there,
 * as a native anchor does, so a keyboard reader continues from that place. It runs once the article
 * is in the page (on a first load, the skeleton shows before it). Going Back still restores the saved
 * position (app/navigation/scroll-restoration.ts).
 */
export function useOpenAtFragment(): void {
  const { hash, key } = useLocation();
  useLayoutEffect(() => {
    const target = fragmentTarget(hash);
    if (!target) return;
    target.scrollIntoView?.();
    if (target.tabIndex === -1) target.focus({ preventScroll: true });
  }, [hash, key]);
}
