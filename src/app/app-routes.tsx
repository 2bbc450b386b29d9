import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { ArticleSkeleton } from '../features/articles/article/article-skeleton';
import { ListSkeleton } from '../features/articles/list/list-skeleton';
import { RootLayout } from './root-layout';
import { RouteErrorPage } from './route-error-page';
import { articleLoader } from './routes/article-route';
import { listLoader } from './routes/list-route';
import { notFoundLoader } from './routes/not-found-route';

/**
 * The routes (a public contract: bookmarks depend on them):
 *   /                the list, newest first, grouped by day
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
              lazy: { Component: async () => (await import('../features/articles/list/list-page')).ListPage },
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
