// Global styles first, so that each view's own (module) styles come after them and win ties.
import './app/styles/tokens.css';
import './app/styles/base.css';
import './app/styles/print.css';
import { startTransition } from 'react';
import { createRoot, hydrateRoot, type RootOptions } from 'react-dom/client';
import { App } from './app/app';
import { preloadView } from './app/app-routes';
import { createAppBrowserHistory } from './app/navigation/app-history';
import { NotFound } from './app/not-found';
import { createQueryClient } from './app/query-client';

const queryClient = createQueryClient();
const history = createAppBrowserHistory();
const container = document.getElementById('root')!;
/** How long the first render waits for the first page's data and code before it shows a skeleton. */
const SKELETON_AFTER_MS = 200;

/**
 * The first data and the view's code are preloaded beside the entry (index.html), so they are usually
 * there by the time it has run.
 */
const firstView = preloadView(queryClient, history.location).catch(() => undefined);
const app = <App queryClient={queryClient} history={history} />;
const rootOptions: RootOptions = {
  // A missing page or article is an answer the not-found page gives, not a failure to report.
  onCaughtError: (error, info) => {
    if (!(error instanceof NotFound)) console.error(error, info.componentStack);
  },
};

// index.html's boot script keeps this mark only at the address the build drew (the plain list).
if (container.hasAttribute('data-prerendered')) {
  // The page is already on screen (drawn at build time: src/entry-server.tsx). Hydrating it once its
  // data and code are here draws the same tree over it, which React adopts rather than replaces; as a
  // transition, in slices that leave the page responsive (the reader may already be scrolling it).
  void firstView.then(() => startTransition(() => void hydrateRoot(container, app, rootOptions)));
} else {
  // Rendering once the data is here draws the page itself at once, rather than a skeleton that is
  // replaced (and laid out again) a moment later. On a slow network the skeleton still shows.
  void Promise.race([firstView, new Promise((resolve) => setTimeout(resolve, SKELETON_AFTER_MS))]).then(() => {
    // A transition renders the first tree in slices that yield to the browser (every few milliseconds)
    // instead of one long task, which keeps the page responsive while it starts (Total Blocking Time).
    startTransition(() => createRoot(container, rootOptions).render(app));
  });
}

// Offline reading and the new-version notice (the service worker), once the page has loaded, the reader's
// code has taken it over (<html data-interactive>: src/app/mark-interactive.tsx) and the browser is idle:
// none of it competes with the first view (src/app/offline/start-offline.tsx).
if (import.meta.env.PROD) {
  const start = () => void import('./app/offline/start-offline').then(({ startOffline }) => startOffline()).catch(() => undefined);
  const whenIdle = () =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 5000 }) : setTimeout(start, 1000);
  const whenLoaded = () => (document.readyState === 'complete' ? whenIdle() : window.addEventListener('load', whenIdle, { once: true }));
  const root = document.documentElement;
  if (root.hasAttribute('data-interactive')) whenLoaded();
  else
    new MutationObserver((_, observer) => {
      if (!root.hasAttribute('data-interactive')) return;
      observer.disconnect();
      whenLoaded();
    }).observe(root, { attributes: true, attributeFilter: ['data-interactive'] });
}
