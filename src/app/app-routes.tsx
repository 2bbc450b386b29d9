import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ArticleSkeleton } from '../features/articles/article/article-skeleton';
import { ListSkeleton } from '../features/articles/list/list-skeleton';
import { RootLayout } from './root-layout';
import { RouteErrorPage } from './route-error-page';
import { articleLoader } from './routes/article-route';
import { listLoader } from './routes/list-route';
import { notFoundLoader } from './routes/not-found-route';
import { savedLoader } from './routes/saved-route';

/**
 * The routes (a public contract: bookmarks depend on them):
 *   /                the list, newest first, grouped by day; ?topic= ?from= ?to= ?person= ?organisation= ?place=
 *                    filter it (features/filters/list-filters.ts)
 *   /topics/:slug    one topic's landing page: the list of /?topic=<slug> under the topic's name
 *   /saved           saved articles, newest saved first, taking the same filters
 *   /articles/:id    one article; #<heading-id> and #quote-<n> open at a section or quotation
 *   anything else    not found
 * Loaders are small and ship with the entry, so data starts loading while a view's code (split per
 * route, below) is still downloading.
 */
export function appRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      Component: RootLayout,
      ErrorBoundary: RouteErrorPage,
      children: [
        {
          // Errors below render inside the site's frame.
          ErrorBoundary: RouteErrorPage,
          children: [
            {
              index: true,
              loader: listLoader(queryClient),
              HydrateFallback: ListSkeleton,
              lazy: { Component: async () => (await import('../features/filters/filtered-list-page')).FilteredListPage },
            },
            {
              path: 'topics/:slug',
              loader: listLoader(queryClient),
              HydrateFallback: ListSkeleton,
              lazy: { Component: async () => (await import('../features/filters/filtered-list-page')).FilteredListPage },
            },
            {
              path: 'saved',
              loader: savedLoader(queryClient),
              HydrateFallback: ListSkeleton,
              lazy: { Component: async () => (await import('../features/saved/saved-page')).SavedPage },
            },
            {
              path: 'articles/:id',
              loader: articleLoader(queryClient),
              HydrateFallback: ArticleSkeleton,
              lazy: { Component: async () => (await import('../features/articles/article/article-page')).ArticlePage },
            },
            { path: '*', loader: notFoundLoader },
          ],
        },
      ],
    },
  ];
}
