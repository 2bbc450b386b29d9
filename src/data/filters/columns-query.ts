import { queryOptions } from '@tanstack/react-query';
import { dataFiles } from '../data-files';
import { dataUrl } from '../data-url';
import { loadColumnsOffMainThread } from './columns-worker-client';

/**
 * index/columns.json, decoded into typed columns (off the main thread), fetched only once a filter
 * needs it (or when idle).
 */
export function columnsQueryOptions() {
  return queryOptions({
    queryKey: ['columns'],
    queryFn: ({ signal }) => loadColumnsOffMainThread(dataUrl(dataFiles.columns), signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
