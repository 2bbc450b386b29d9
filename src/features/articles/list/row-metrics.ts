import { useSyncExternalStore } from 'react';
import type { RowHeights } from '../model/list-layout';
import type { ListDensity } from './list-density';

/**
 * Every row of the list has a fixed height, in rem, for each of two layouts. Known heights make the
 * virtual list exact: its full length comes from the manifest before any card arrives, skeletons
 * have their final size (no layout shift), and a saved scroll position lands on the same row.
 * The card's CSS (article-card.module.css) is designed to fit these heights; change both together.
 */
export const ROW_REM = {
  narrow: { day: 1.5, card: 10.5 },
  wide: { day: 1.75, card: 5.5 },
} as const;

/** The same for the headlines-only density (list-density.ts), which has no day headings. */
export const HEADLINE_ROW_REM = {
  narrow: { day: 0, card: 6 },
  wide: { day: 0, card: 2.75 },
} as const;

export const ROW_REM_BY_DENSITY = { default: ROW_REM, headlines: HEADLINE_ROW_REM } as const;

/** Where the card switches to its two-column layout; the same width as in article-card.module.css. */
export const WIDE_QUERY = '(min-width: 48em)';

const metricsByKey = new Map<string, RowHeights>();

/** Row heights in pixels for the current layout, root font size and density; the same object while they hold. */
export function useRowMetrics(density: ListDensity = 'default'): RowHeights {
  const key = `${useSyncExternalStore(subscribe, currentKey, () => 'narrow:16')}:${density}`;
  let metrics = metricsByKey.get(key);
  if (!metrics) {
    const [layout, fontSize] = key.split(':') as ['narrow' | 'wide', string];
    const rem = Number(fontSize);
    const heights = ROW_REM_BY_DENSITY[density][layout];
    metrics = { day: heights.day * rem, card: heights.card * rem };
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
