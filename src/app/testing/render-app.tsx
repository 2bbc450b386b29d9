import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRouter } from '../app-router';
import { AppRoutes } from '../app-routes';
import { createAppMemoryHistory } from '../navigation/app-history';
import { HistoryContext } from '@/ui/pending-location';
import { createQueryClient } from '../query-client';

/**
 * Renders the whole reader at a URL, through the real routes, data and providers, with a memory
 * history. Pair with serveSite() for data. `router.state.location` is the address the reader is at
 * (or going to); `router.navigate(-1)` goes Back, `router.navigate(url)` follows a link.
 */
export function renderApp(url: string) {
  const queryClient = createQueryClient();
  // Failures in tests are meant: retrying would only slow them down.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const history = createAppMemoryHistory([url]);
  const router = {
    state: {
      get location() {
        return history.location;
      },
    },
    navigate: async (to: number | string) => (typeof to === 'number' ? history.go(to) : history.push(to)),
  };
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <HistoryContext value={history}>
        <AppRouter history={history}>
          <AppRoutes />
        </AppRouter>
      </HistoryContext>
    </QueryClientProvider>,
    // A page's failure is drawn by its error boundary, which the tests check; React's console report
    // of each caught error would only bury the test output.
    { onCaughtError: () => {} },
  );
  return { ...view, router, queryClient, user };
}
