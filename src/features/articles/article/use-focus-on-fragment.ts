import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * After following a link to a section or quotation, focus moves there too (the router has already
 * scrolled), so a keyboard reader continues from the place they jumped to, as with a native anchor.
 */
export function useFocusOnFragment(): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    if (!hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target && target.tabIndex === -1) target.focus({ preventScroll: true });
  }, [hash, key]);
}
