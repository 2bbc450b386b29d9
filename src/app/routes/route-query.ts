import { queryOptions, useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { useLocation, useParams } from 'react-router';

/** Where a route is: its path parameters and query string. */
export type RouteAt = { pathname: string; search: string; params: Readonly<Record<string, string | undefined>> };

/** A route's data: what its page needs before it is drawn, worked out from the URL. */
export type RouteData<T> = {
  name: string;
  load: (queryClient: QueryClient, at: RouteAt) => Promise<T>;
  /**
   * The same data without waiting, when everything it needs is already here (undefined otherwise):
   * the page is then drawn in the render that follows the URL change, with no loading step.
   */
  loadNow?: (queryClient: QueryClient, at: RouteAt) => T | undefined;
};

/** The first part of every route query's key. */
const ROUTE_KEY = 'route';

/**
 * A route's data as a query, one per URL: going Back to a page shows it at once from the cache, and
 * a failure is the route's error (a missing article is a NotFound), shown by its error boundary,
 * never retried blindly (the files it reads retry on their own). Never stale, so never refetched
 * while kept; kept for the cache's usual gcTime (five minutes) after its page was left, as are the
 * files it ensured, so route queries do not pile up and Back within those minutes is instant.
 */
export function routeQueryOptions<T>(route: RouteData<T>, at: RouteAt) {
  return queryOptions({
    queryKey: [ROUTE_KEY, route.name, at.pathname, at.search],
    queryFn: ({ client }) => route.loadNow?.(client, at) ?? route.load(client, at),
    staleTime: Infinity,
    retry: false,
  });
}

/**
 * Drops every route whose data failed, so the next time one is asked for it loads again. A failed
 * query stays in the cache, and a page that suspends on it would throw the old error again without
 * asking the network (until the error boundary is reset): coming back to a page that failed, or to one
 * that failed in the background after the reader went elsewhere, would show a stale error.
 */
export function forgetFailedRoutes(queryClient: QueryClient): void {
  queryClient.removeQueries({ queryKey: [ROUTE_KEY], predicate: (query) => query.state.status === 'error' });
}

/** The route's data for the page on screen; suspends while it loads, unless it can be had at once (loadNow). */
export function useRouteData<T>(route: RouteData<T>): T {
  const queryClient = useQueryClient();
  const at = useRouteAt();
  const { loadNow } = route;
  return useSuspenseQuery({ ...routeQueryOptions(route, at), initialData: loadNow && (() => loadNow(queryClient, at)) }).data;
}

export function useRouteAt(): RouteAt {
  const { pathname, search } = useLocation();
  return { pathname, search, params: useParams() };
}
