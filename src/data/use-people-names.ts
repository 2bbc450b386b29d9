import { keepPreviousData, useQueries } from '@tanstack/react-query';
import type { PeopleEntry } from '@/article/people-index';
import { peopleNamesQueryOptions } from './people-query';

/** What the name shards a query reads hold together, once all have loaded. */
export type PeopleNames = {
  /** Every speaker of the shards, once each (a name can be in two); undefined until all have loaded. */
  data: PeopleEntry[] | undefined;
  isFetching: boolean;
  error: Error | null;
};

/**
 * Reads these name shards of index/people-names/ (nameShardsFor). Usually one; a query of one letter reads each
 * shard that letter starts. `keepPrevious`: while another shard loads, the last names stay (the list does not
 * empty at every letter typed).
 */
export function usePeopleNames(shards: readonly string[], { keepPrevious = false } = {}): PeopleNames {
  return useQueries({
    queries: shards.map((shard) => ({ ...peopleNamesQueryOptions(shard), placeholderData: keepPrevious ? keepPreviousData : undefined })),
    combine: (results) => ({
      data: results.every((result) => result.data) ? onceEach(results.flatMap((result) => result.data!)) : undefined,
      isFetching: results.some((result) => result.isFetching),
      error: results.find((result) => result.error)?.error ?? null,
    }),
  });
}

const onceEach = (entries: PeopleEntry[]): PeopleEntry[] => [...new Map(entries.map((entry) => [entry[0], entry])).values()];
