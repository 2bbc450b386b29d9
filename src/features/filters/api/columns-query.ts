import { queryOptions } from '@tanstack/react-query';
import { dataUrl } from '../../articles/api/data-url';
import { loadColumnsOffMainThread } from './columns-worker-client';

/**
 * index/columns.json, decoded into typed columns (off the main thread), fetched only once a filter
 * needs it (or when idle).
 */
export function columnsQueryOptions() {
  return queryOptions({
    queryKey: ['columns'],
    queryFn: ({ signal }) => loadColumnsOffMainThread(dataUrl('index/columns.json'), signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
