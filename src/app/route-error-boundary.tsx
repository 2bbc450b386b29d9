import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'react-router';
import { RouteErrorPage } from './route-error-page';

/**
 * Catches a page's failure (a missing article, a file that would not load, a bug) and shows what went
 * wrong in its place. Going elsewhere clears it; Retry loads the page's data again (the failed queries
 * are reset, not served from the cache).
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { key } = useLocation();
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary FallbackComponent={RouteErrorPage} onReset={reset} resetKeys={[key]}>
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
