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
      const value = await fetchJson(url, signal);
      // Parsing and checking a large archive's manifest (its day histogram has a row per day) were one
      // long task on a phone: the check runs in a task of its own.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return checkManifest(value, url);
    },
    // The manifest never changes within a deployment, so comparing a refetch with the old copy, key by
    // key over thousands of days, would be wasted work on the main thread.
    structuralSharing: false,
  });
}
