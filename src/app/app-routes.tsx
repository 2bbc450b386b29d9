import { usePrefetchQuery, type QueryClient } from '@tanstack/react-query';
import { Suspense } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { MarkInteractive } from './mark-interactive';
import { withoutBase } from '@/ui/without-base';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import type { AppRoute } from './routes/app-route';
import { articleRoute } from './routes/article-route';
import { listRoute } from './routes/list-route';
import { peopleRoute, personRoute } from './routes/people-routes';
import { routeQueryOptions, useRouteAt, useRouteData, type RouteAt } from './routes/route-query';
import { savedRoute } from './routes/saved-route';

/**
 * The views (their URLs: routes/route-table.ts, a public contract that bookmarks depend on); anything
 * else is not found. React-router's declarative routes: data loads through TanStack Query
 * (routes/route-query.ts), which costs a third of the data router's code in the first view.
 */
const routes = [listRoute, savedRoute, articleRoute, peopleRoute, personRoute] as ReadonlyArray<AppRoute<unknown>>;

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<RootLayout />}>
        {routes.flatMap((route) =>
          route.view.paths.map(({ path }) => <Route key={path} path={path} element={<RouteView route={route} />} />),
        )}
        <Route path="*" element={<NotFoundPage detail={{ missing: 'page' }} />} />
      </Route>
    </Routes>
  );
}

/** Starts the route's data as its code loads (both at once, not one after the other), then draws the page. */
function RouteView<T>({ route }: { route: AppRoute<T> }) {
  usePrefetchQuery(routeQueryOptions(route, useRouteAt()));
  return (
    <Suspense fallback={<route.Skeleton />}>
      <RoutePage route={route} />
      <MarkInteractive />
    </Suspense>
  );
}

function RoutePage<T>({ route }: { route: AppRoute<T> }) {
  const data = useRouteData(route);
  return <route.Page data={data} />;
}

/** Loads the data and code of the view at this address (the first one, before React draws it). */
export async function preloadView(queryClient: QueryClient, location: { pathname: string; search: string }): Promise<void> {
  const view = viewAt(location);
  if (view) await Promise.all([queryClient.prefetchQuery(routeQueryOptions(view.route, view.at)), view.route.loadPage()]);
}

/**
 * Whether a move stays in one view that draws the next address at once: the view says the move is made
 * in place (movesInPlace) and its data is here (loadNow). Such a move needs no transition
 * (navigation/router-history.ts).
 */
export function drawsAtOnce(queryClient: QueryClient, from: ViewAddress, to: ViewAddress): boolean {
  const current = viewAt(from);
  const next = viewAt(to);
  if (!current || !next || current.route !== next.route || !next.route.movesInPlace?.(current.at, next.at)) return false;
  const data = next.route.loadNow?.(queryClient, next.at);
  if (data === undefined) return false;
  // Kept as the route's data: the render that follows finds it, where a query of its own would first
  // resolve a promise, and a page suspended on one in a render that is not a transition shows its skeleton.
  queryClient.setQueryData(routeQueryOptions(next.route, next.at).queryKey, data);
  return true;
}

type ViewAddress = { pathname: string; search: string };

/** The view at an address, and where in it the address is; null when no view answers it (not found). */
function viewAt(location: ViewAddress): { route: AppRoute<unknown>; at: RouteAt } | null {
  const pathname = withoutBase(location.pathname);
  for (const route of routes) {
    for (const { path } of route.view.paths) {
      const match = matchPath(path, pathname);
      if (match) return { route, at: { pathname, search: location.search, params: match.params } };
    }
  }
  return null;
}
