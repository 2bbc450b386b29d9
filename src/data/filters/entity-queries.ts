import { queryOptions } from '@tanstack/react-query';
import type { EntityDirectory, EntityKind, EntityPostings } from '@/article/site-index';
import { DataMalformed, DataNotFound } from '../data-errors';
import { dataFiles } from '../data-files';
import { dataUrl } from '../data-url';
import { fetchJson } from '../fetch-json';
import type { ListFilters } from '../list-filters';
import { filterKey } from './filtered-list-query';

/** index/entities/<kind>.json: the most mentioned people, organisations or places, for the filter controls. */
export function entityDirectoryQueryOptions(kind: EntityKind) {
  return queryOptions({
    queryKey: ['entities', kind],
    queryFn: async ({ signal }) => {
      const url = dataUrl(dataFiles.entityDirectory(kind));
      // A corpus that names no places has no places files: an empty directory, not an error.
      const value = (await fetchJson(url, signal).catch(orNothing({ shards: 1, entries: [], top: 0 }))) as Partial<EntityDirectory> | null;
      if (typeof value?.shards !== 'number' || !Array.isArray(value.entries)) throw new DataMalformed(url, 'it is not an entity directory');
      // Written before top.json existed: every name is counted from its shard.
      return { ...value, top: typeof value.top === 'number' ? value.top : 0 } as EntityDirectory;
    },
    staleTime: Infinity,
  });
}

/**
 * One file of a kind's postings: which articles mention each entity, for the names whose name hashes to
 * shard `file`, or (`'top'`) for the directory's first `top` names.
 */
export function entityPostingsQueryOptions(kind: EntityKind, file: number | 'top') {
  return queryOptions({
    queryKey: ['entities', kind, file],
    queryFn: async ({ signal }) => {
      const url = dataUrl(dataFiles.entityPostings(kind, file));
      const value = await fetchJson(url, signal).catch(orNothing({}));
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new DataMalformed(url, 'it is not entity postings');
      return value as EntityPostings;
    },
    staleTime: Infinity,
  });
}

function orNothing(empty: unknown) {
  return (error: unknown) => {
    if (error instanceof DataNotFound) return empty;
    throw error;
  };
}

/**
 * Counts of these people, organisations or places under the other filters and the search (their own
 * kind's choice left out). Needs the postings of each name, so it is asked only while some other filter
 * narrows the list; kept per filters and names, like the list.
 */
export function entityCountsQueryOptions(filters: ListFilters, kind: EntityKind, names: readonly string[]) {
  return queryOptions({
    queryKey: ['entity-counts', kind, filterKey({ ...filters, [kind]: [] }), names],
    queryFn: async ({ client }) => (await import('./run-filters')).entityCounts(client, filters, kind, names),
    staleTime: Infinity,
  });
}
