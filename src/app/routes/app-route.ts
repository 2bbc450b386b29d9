import { lazy, useEffect, type ComponentType } from 'react';
import type { RouteAt, RouteData } from './route-query';
import type { View } from './route-table';

/**
 * One view of the reader, as its route module (list-route.ts, saved-route.ts, article-route.ts) defines
 * it: its entry in the route table (paths), its data (worked out from the URL) and its page, whose code is
 * split from the entry and handed the data as a prop.
 */
export type AppRoute<T> = RouteData<T> & {
  view: View;
  Page: ComponentType<{ data: T }>;
  /** Loads the page's code (the first view starts it beside the data; others warm it ahead of a click). */
  loadPage: () => Promise<unknown>;
  /** Drawn while the page's data or code loads. */
  Skeleton: ComponentType;
  /**
   * Whether a move between two addresses of this view is made in place, drawn at once when its data is here
   * (loadNow) rather than in a transition (app/navigation/router-history.ts). Without it, every move waits.
   */
  movesInPlace?: (from: RouteAt, to: RouteAt) => boolean;
};

/** A page split from the entry: the lazy component, and its loader for preloading. */
export function lazyPage<T>(load: () => Promise<ComponentType<{ data: T }>>) {
  return { Page: lazy(async () => ({ default: await load() })), loadPage: load };
}

/** Once this page has shown and the browser is idle, fetch another view's code, so the first click on it opens at once. */
export function useWarmPage(route: Pick<AppRoute<unknown>, 'loadPage'>): void {
  useEffect(() => {
    const warm = () => void route.loadPage().catch(() => undefined);
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(warm, 2000);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(warm, { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }, [route]);
}
