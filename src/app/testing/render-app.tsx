import { QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { appRoutes } from '../app-routes';
import { createQueryClient } from '../query-client';

// Role queries walk the accessibility tree of a whole page, which jsdom computes slowly.
configure({ asyncUtilTimeout: 5000 });

/**
 * Renders the whole reader at a URL, through the real routes, loaders and providers, with a memory
 * history. Pair with serveSite() for data.
 */
export function renderApp(url: string) {
  const queryClient = createQueryClient();
  // Failures in tests are meant: retrying would only slow them down.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const router = createMemoryRouter(appRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient, user };
}
