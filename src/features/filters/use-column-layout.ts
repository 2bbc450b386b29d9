import { useSyncExternalStore } from 'react';

/** Screens on which the filters are a column beside the list, always shown (filter-panel.module.css). */
const COLUMN_MEDIA = '(min-width: 64em)';

function subscribe(onChange: () => void): () => void {
  const media = matchMedia(COLUMN_MEDIA);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/**
 * Whether the filters show as a column. Where they fold away behind a button (phones, narrow windows) the
 * panel draws its controls only once opened: on a phone they cost the list's first seconds about 150 ms of
 * main-thread work at Lighthouse's 4x slowdown (two date inputs, the entity lists and their counts) for
 * controls nobody sees. Without matchMedia (tests, old browsers) they count as a column: always drawn.
 */
export function useColumnLayout(): boolean {
  return useSyncExternalStore(
    typeof matchMedia === 'function' ? subscribe : noSubscription,
    () => typeof matchMedia !== 'function' || matchMedia(COLUMN_MEDIA).matches,
    // A page drawn at build time draws no controls: a phone taking it over must not draw them to match.
    () => false,
  );
}

const noSubscription = () => () => undefined;
