import { keepPreviousData, useQueries } from '@tanstack/react-query';
import { nameShardsOf, type PeopleEntry } from '@/article/people-index';
import { personSlug } from '@/article/person-slug';
import { peopleNamesQueryOptions } from './people-query';

/**
 * Finding a speaker by name, as typed: on /people and in the list's search, which offers a speaker's page first.
 * Every word typed must start a word of the name (or of its slug, which has no accents): "stolt", "jens stol".
 */

/** Words of a query, lower-cased, each of which must match. */
export const wordsOf = (q: string) => q.toLowerCase().split(/\s+/).filter(Boolean);

/**
 * The name shards (index/people-names/) a name query reads, of the archive's `shards`: those that start as its
 * first word's shard does. A shard is at most two characters, so that is the one shard of a first word of two or
 * more, and every shard of a first word of one character. Null for no words.
 */
export function nameShardsFor(q: string, shards: readonly string[]): string[] | null {
  const [first] = wordsOf(q);
  if (!first) return null;
  const [start = ''] = nameShardsOf(personSlug(first));
  return shards.filter((shard) => shard.startsWith(start));
}

/** Whether every word of the query starts a word of the name (or its slug, which has no accents). */
export function nameMatches([slug, name]: PeopleEntry, q: string): boolean {
  const nameWords = [...name.toLowerCase().split(/[\s-]+/), ...slug.split('-')];
  return wordsOf(q).every((word) => {
    const plain = personSlug(word);
    return nameWords.some((each) => each.startsWith(word) || (plain !== '' && each.startsWith(plain)));
  });
}

/** Most quoted first; ties by name. */
export const byMostQuoted = (a: PeopleEntry, b: PeopleEntry) => b[2] - a[2] || a[1].localeCompare(b[1]);

/** What the name shards a query reads hold together, once all have loaded. */
export type PeopleNames = {
  /** Every speaker of the shards, once each (a name can be in two); undefined until all have loaded. */
  data: PeopleEntry[] | undefined;
  isFetching: boolean;
  error: Error | null;
};

/**
 * Reads these name shards of index/people-names/ (nameShardsFor above). Usually one; a query of one letter reads
 * each shard that letter starts. `keepPrevious`: while another shard loads, the last names stay (the list does not
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
