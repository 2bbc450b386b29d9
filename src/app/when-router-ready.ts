import type { createBrowserRouter } from 'react-router';

type DataRouter = ReturnType<typeof createBrowserRouter>;

/**
 * Resolves once the router has loaded the first page's data and code, or after `waitMs`, whichever
 * comes first. The first data and the view's code are preloaded beside the entry (index.html), so they
 * are usually there by the time it has run: rendering then draws the page itself at once, rather than
 * a skeleton that is replaced (and laid out again) a moment later. On a slow network the skeleton
 * still shows, after `waitMs`.
 */
export function whenRouterReady(router: Pick<DataRouter, 'state' | 'subscribe'>, waitMs: number): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, waitMs);
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) done();
    });
  });
}
