import { queryOptions } from '@tanstack/react-query';
import type { EntityDirectory, EntityKind, EntityPostings } from '../../../article/site-index';
import { DataMalformed, DataNotFound } from '../../articles/api/data-errors';
import { dataUrl } from '../../articles/api/data-url';
import { fetchJson } from '../../articles/api/fetch-json';

/** index/entities/<kind>.json: the most mentioned people, organisations or places, for the filter controls. */
export function entityDirectoryQueryOptions(kind: EntityKind) {
  return queryOptions({
    queryKey: ['entities', kind],
    queryFn: async ({ signal }) => {
      const url = dataUrl(`index/entities/${kind}.json`);
      // A corpus that names no places has no places files: an empty directory, not an error.
      const value = (await fetchJson(url, signal).catch(orNothing({ shards: 1, entries: [] }))) as Partial<EntityDirectory> | null;
      if (typeof value?.shards !== 'number' || !Array.isArray(value.entries)) throw new DataMalformed(url, 'it is not an entity directory');
      return value as EntityDirectory;
    },
    staleTime: Infinity,
  });
}

/** One shard of a kind's postings: which articles mention each entity whose name hashes to the shard. */
export function entityPostingsQueryOptions(kind: EntityKind, shard: number) {
  return queryOptions({
    queryKey: ['entities', kind, shard],
    queryFn: async ({ signal }) => {
      const url = dataUrl(`index/entities/${kind}/${shard}.json`);
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
