import { useEffect, useState } from 'react';

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
      timer = window.setTimeout(() => setReady(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return ready;
}
