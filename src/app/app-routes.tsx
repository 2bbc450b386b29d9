import { usePrefetchQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { matchPath, Route, Routes } from 'react-router';
import { ArticleSkeleton } from '../features/articles/article/article-skeleton';
import { ListSkeleton } from '../features/articles/list/list-skeleton';
import { MarkInteractive } from './mark-interactive';
import { withoutBase } from './navigation/without-base';
import { NotFoundPage } from './not-found-page';
import { RootLayout } from './root-layout';
import { articleRoute } from './routes/article-route';
import { listRoute } from './routes/list-route';
import { routeQueryOptions, useRouteAt, type RouteData } from './routes/route-query';
import { savedRoute } from './routes/saved-route';

// Each view's code is split from the entry; a route's data starts loading beside it (RouteView).
const loadListPage = async () => ({ default: (await import('../features/filters/filtered-list-page')).FilteredListPage });
const loadSavedPage = async () => ({ default: (await import('../features/saved/saved-page')).SavedPage });
const loadArticlePage = async () => ({ default: (await import('../features/articles/article/article-page')).ArticlePage });
const FilteredListPage = lazy(loadListPage);
const SavedPage = lazy(loadSavedPage);
const ArticlePage = lazy(loadArticlePage);

/** The views, their paths, data and code: for the routes below and for preloading the first view. */
const views = [
  { path: '/', route: listRoute, load: loadListPage },
  { path: '/topics/:slug', route: listRoute, load: loadListPage },
  { path: '/saved', route: savedRoute, load: loadSavedPage },
  { path: '/articles/:id', route: articleRoute, load: loadArticlePage },
] as const;

/**
 * The routes (a public contract: bookmarks depend on them):
 *   /                the list, newest first, grouped by day; ?topic= ?from= ?to= ?person= ?organisation= ?place=
 *                    ?q= filter it (features/filters/list-filters.ts)
 *   /topics/:slug    one topic's landing page: the list of /?topic=<slug> under the topic's name
 *   /saved           saved articles, newest saved first, taking the same filters
 *   /articles/:id    one article; #<heading-id> and #quote-<n> open at a section or quotation
 *   anything else    not found
 * React-router's declarative routes: data loads through TanStack Query (routes/), which costs a third
 * of the data router's code in the first view.
 */
export function AppRoutes() {
  const list = <RouteView route={listRoute} page={FilteredListPage} fallback={<ListSkeleton />} />;
  return (
    <Routes>
      <Route element={<RootLayout />}>
        <Route index element={list} />
        <Route path="topics/:slug" element={list} />
        <Route path="saved" element={<RouteView route={savedRoute} page={SavedPage} fallback={<ListSkeleton />} />} />
        <Route path="articles/:id" element={<RouteView route={articleRoute} page={ArticlePage} fallback={<ArticleSkeleton />} />} />
        <Route path="*" element={<NotFoundPage detail={{ missing: 'page' }} />} />
      </Route>
    </Routes>
  );
}

type RouteViewProps<T> = { route: RouteData<T>; page: ComponentType; fallback: ReactNode };

/** Starts the route's data as its code loads (both at once, not one after the other), then draws the page. */
function RouteView<T>({ route, page: Page, fallback }: RouteViewProps<T>) {
  usePrefetchQuery(routeQueryOptions(useQueryClient(), route, useRouteAt()));
  return (
    <Suspense fallback={fallback}>
      <Page />
      <MarkInteractive />
    </Suspense>
  );
}

/** Loads the data and code of the view at this address (the first one, before React draws it). */
export async function preloadView(queryClient: QueryClient, location: { pathname: string; search: string }): Promise<void> {
  const pathname = withoutBase(location.pathname);
  for (const view of views) {
    const match = matchPath(view.path, pathname);
    if (!match) continue;
    const at = { pathname, search: location.search, params: match.params };
    await Promise.all([queryClient.prefetchQuery(routeQueryOptions(queryClient, view.route as RouteData<unknown>, at)), view.load()]);
    return;
  }
}
