// Global styles first, so that each view's own (module) styles come after them and win ties.
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/print.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { appRoutes } from './app/app-routes';
import { createQueryClient } from './app/query-client';
import { whenRouterReady } from './app/when-router-ready';

const queryClient = createQueryClient();
const router = createBrowserRouter(appRoutes(queryClient), { basename: import.meta.env.BASE_URL });

const root = createRoot(document.getElementById('root')!);
/** How long the first render waits for the first page's data and code before it shows a skeleton. */
const SKELETON_AFTER_MS = 200;

void whenRouterReady(router, SKELETON_AFTER_MS).then(() => {
  // A transition renders the first tree in slices that yield to the browser (every few milliseconds)
  // instead of one long task, which keeps the page responsive while it starts (Total Blocking Time).
  startTransition(() => {
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </StrictMode>,
    );
  });
});
