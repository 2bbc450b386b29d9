import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { AppRouter } from './app-router';
import { AppRoutes } from './app-routes';
import type { AppHistory } from './navigation/app-history';
import { HistoryContext } from '@/ui/pending-location';
import { RouteErrorPage } from './route-error-page';

type Props = { queryClient: QueryClient; history: AppHistory };

/**
 * The whole reader: its data cache, its history and routes. The same tree is drawn in the browser
 * (main.tsx) and, at build time, into index.html (entry-server.tsx), so the browser can take over the
 * prerendered page (hydrate it) rather than draw it again.
 */
export function App({ queryClient, history }: Props) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <HistoryContext value={history}>
          <AppRouter history={history}>
            {/* The frame itself failing: the message without the frame. */}
            <ErrorBoundary FallbackComponent={RouteErrorPage}>
              <AppRoutes />
            </ErrorBoundary>
          </AppRouter>
        </HistoryContext>
      </QueryClientProvider>
    </StrictMode>
  );
}
