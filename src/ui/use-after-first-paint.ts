import { startTransition, useEffect, useState } from 'react';

/**
 * False for the first paint, true soon after: components that are not needed to show the page render
 * only then, so their lazily loaded code is not fetched before the first content (the critical JS budget).
 */
export function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let timer = 0;
    // After the next frame has painted.
    const frame = requestAnimationFrame(() => {
      // As a transition: what renders then (the filter controls, hundreds of elements) is drawn in
      // slices that let the browser answer input in between, not in one long task.
      timer = window.setTimeout(() => startTransition(() => setReady(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready;
}
