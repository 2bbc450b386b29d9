import { QueryErrorResetBoundary, useQueryClient } from '@tanstack/react-query';
import { useContext, useEffect, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'react-router';
import { HistoryContext } from '@/ui/pending-location';
import { RouteErrorPage } from './route-error-page';
import { forgetFailedRoutes } from './routes/route-query';

/**
 * Catches a page's failure (a missing article, a file that would not load, a bug) and shows what went
 * wrong in its place. Going elsewhere clears it; Retry loads the page's data again. Failed route data
 * is forgotten on Retry and on every navigation (before the next page is drawn), so neither Retry nor
 * coming back to a page that failed ever shows the old failure from the cache.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  const queryClient = useQueryClient();
  const history = useContext(HistoryContext);
  useEffect(() => history?.listen(() => forgetFailedRoutes(queryClient)), [history, queryClient]);
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          FallbackComponent={RouteErrorPage}
          onReset={() => {
            forgetFailedRoutes(queryClient);
            reset();
          }}
          resetKeys={[key]}
        >
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
