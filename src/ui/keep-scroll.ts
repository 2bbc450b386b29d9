import type { Location } from 'react-router';

/**
 * Navigation state that keeps the page where it is (a filter changed beside the list, not a new page),
 * which the app's scroll restoration (src/app/navigation/scroll-restoration.ts) honours.
 */
export const KEEP_SCROLL = { keepScroll: true } as const;

export function keepsScroll(location: Location): boolean {
  const state: unknown = location.state;
  return typeof state === 'object' && state !== null && (state as { keepScroll?: unknown }).keepScroll === true;
}
