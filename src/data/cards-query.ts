import { queryOptions } from '@tanstack/react-query';
import { checkCards } from './check-index';
import { dataFiles } from './data-files';
import { dataUrl } from './data-url';
import { fetchJson } from './fetch-json';

/** One chunk of list cards, newest first (which ordinals it holds: card-chunks.ts). */
export function cardsChunkQueryOptions(chunk: number) {
  return queryOptions({
    queryKey: ['cards', chunk],
    queryFn: async ({ signal }) => {
      const url = dataUrl(dataFiles.cardsChunk(chunk));
      return checkCards(await fetchJson(url, signal), url);
    },
    // Kept long after their rows scroll away, so coming back to the list never shows skeletons again.
    gcTime: 30 * 60_000,
  });
}
