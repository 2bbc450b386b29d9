import { useEffect } from 'react';

/**
 * Marks the page usable: `<html data-interactive>` once a view's code has drawn it (or taken over the
 * prerendered list). Placed after the view, inside its Suspense boundary, so it commits with the view.
 * The end-to-end tests and the benchmark wait for it (bench/browser/page-probe.ts) rather than guess.
 */
export function MarkInteractive() {
  useEffect(() => {
    document.documentElement.dataset.interactive = '';
  }, []);
  return null;
}
