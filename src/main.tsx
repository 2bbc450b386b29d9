// Global styles first, so that each view's own (module) styles come after them and win ties.
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/print.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { appRoutes } from './app/app-routes';
import { createQueryClient } from './app/query-client';

const queryClient = createQueryClient();
const router = createBrowserRouter(appRoutes(queryClient), { basename: import.meta.env.BASE_URL });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
