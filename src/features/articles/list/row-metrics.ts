import { useSyncExternalStore } from 'react';
import type { RowHeights } from '../model/list-layout';

/**
 * Every row of the list has a fixed height, in rem, for each of two layouts. Known heights make the
 * virtual list exact: its full length comes from the manifest before any card arrives, skeletons
 * have their final size (no layout shift), and a saved scroll position lands on the same row.
 * The card's CSS (article-card.module.css) is designed to fit these heights; change both together.
 */
export const ROW_REM = {
  narrow: { day: 3.75, card: 15.25 },
  wide: { day: 4, card: 12.5 },
} as const;

/** Where the card switches to its two-column layout; the same width as in article-card.module.css. */
export const WIDE_QUERY = '(min-width: 48em)';

const metricsByKey = new Map<string, RowHeights>();

/** Row heights in pixels for the current layout and root font size; the same object while they hold. */
export function useRowMetrics(): RowHeights {
  const key = useSyncExternalStore(subscribe, currentKey, () => 'narrow:16');
  let metrics = metricsByKey.get(key);
  if (!metrics) {
    const [layout, fontSize] = key.split(':') as ['narrow' | 'wide', string];
    const rem = Number(fontSize);
    metrics = { day: ROW_REM[layout].day * rem, card: ROW_REM[layout].card * rem };
    metricsByKey.set(key, metrics);
  }
  return metrics;
}

/**
 * The layout and font size only change with the window (a resize, a zoom): read them then, not on every
 * render, since getComputedStyle during a render forces the browser to work out the page's styles.
 */
let cachedKey: string | null = null;

function currentKey(): string {
  cachedKey ??= measuredKey();
  return cachedKey;
}

function measuredKey(): string {
  const wide = window.matchMedia?.(WIDE_QUERY).matches ?? false;
  const fontSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  return `${wide ? 'wide' : 'narrow'}:${fontSize}`;
}

function subscribe(onChange: () => void): () => void {
  const onResize = () => {
    cachedKey = null;
    onChange();
  };
  window.addEventListener('resize', onResize);
  return () => window.removeEventListener('resize', onResize);
}
