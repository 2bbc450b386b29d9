// Global styles first, so that each view's own (module) styles come after them and win ties.
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/print.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from 'react-error-boundary';
import { unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { AppRoutes, preloadView } from './app/app-routes';
import { createAppBrowserHistory } from './app/navigation/app-history';
import { HistoryContext } from './app/navigation/pending-location';
import { createQueryClient } from './app/query-client';
import { RouteErrorPage } from './app/route-error-page';

const queryClient = createQueryClient();
const history = createAppBrowserHistory();

const root = createRoot(document.getElementById('root')!);
/** How long the first render waits for the first page's data and code before it shows a skeleton. */
const SKELETON_AFTER_MS = 200;

/**
 * The first data and the view's code are preloaded beside the entry (index.html), so they are usually
 * there by the time it has run: rendering then draws the page itself at once, rather than a skeleton
 * that is replaced (and laid out again) a moment later. On a slow network the skeleton still shows.
 */
const firstView = preloadView(queryClient, history.location).catch(() => undefined);
void Promise.race([firstView, new Promise((resolve) => setTimeout(resolve, SKELETON_AFTER_MS))]).then(() => {
  // A transition renders the first tree in slices that yield to the browser (every few milliseconds)
  // instead of one long task, which keeps the page responsive while it starts (Total Blocking Time).
  startTransition(() => {
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <HistoryContext value={history}>
            <HistoryRouter history={history} basename={import.meta.env.BASE_URL}>
              {/* The frame itself failing: the message without the frame. */}
              <ErrorBoundary FallbackComponent={RouteErrorPage}>
                <AppRoutes />
              </ErrorBoundary>
            </HistoryRouter>
          </HistoryContext>
        </QueryClientProvider>
      </StrictMode>,
    );
  });
});
