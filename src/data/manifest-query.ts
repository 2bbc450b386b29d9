import { queryOptions } from '@tanstack/react-query';
import { checkManifest } from './check-index';
import { dataFiles } from './data-files';
import { dataUrl } from './data-url';
import { fetchJson } from './fetch-json';

/** The site manifest: counts, topics and the day histogram that lays out the whole list. */
export function manifestQueryOptions() {
  return queryOptions({
    queryKey: ['manifest'],
    queryFn: async ({ signal }) => {
      const url = dataUrl(dataFiles.manifest);
      return checkManifest(await fetchJson(url, signal), url);
    },
  });
}
