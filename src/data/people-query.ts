import { queryOptions } from '@tanstack/react-query';
import type { PeopleEntry, PeopleIndex, PeopleMonth, PersonFile, PersonQuote } from '@/article/people-index';
import { DataMalformed } from './data-errors';
import { dataFiles } from './data-files';
import { dataUrl } from './data-url';
import { fetchJson } from './fetch-json';
import { isPeopleIndex, isPeopleMonth, isPeopleNames, isPersonFile, isPersonQuotes } from './people-validators.generated';

/**
 * The people files (src/article/people-index.ts), one query factory each. A file is checked against its format
 * (checks generated from the zod schemas, src/article/data-validators.ts): a damaged one is a clear error, not a
 * broken page.
 */
const fetched =
  <T>(path: string, check: (value: unknown) => boolean, what: string) =>
  async ({ signal }: { signal: AbortSignal }) => {
    const url = dataUrl(path);
    const value = await fetchJson(url, signal);
    if (!check(value)) throw new DataMalformed(url, `it is not ${what}`);
    return value as T;
  };

/** The most quoted, and the name shards and months there are: the /people page's first view. */
export function peopleIndexQueryOptions() {
  return queryOptions({
    queryKey: ['people'],
    queryFn: fetched<PeopleIndex>(dataFiles.people, isPeopleIndex, 'a people index'),
  });
}

/** One speaker's file (a missing one is a DataNotFound: no such person). */
export function personQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['person', slug],
    queryFn: fetched<PersonFile>(dataFiles.person(encodeURIComponent(slug)), isPersonFile, 'a person’s file'),
  });
}

/** A speaker's older quotations, page 1, 2, ... */
export function personPageQueryOptions(slug: string, page: number) {
  return queryOptions({
    queryKey: ['person', slug, page],
    queryFn: fetched<PersonQuote[]>(dataFiles.personPage(encodeURIComponent(slug), page), isPersonQuotes, 'a page of quotations'),
  });
}

/** Every speaker whose slug starts with this character. */
export function peopleNamesQueryOptions(shard: string) {
  return queryOptions({
    queryKey: ['people-names', shard],
    queryFn: fetched<PeopleEntry[]>(dataFiles.peopleNames(encodeURIComponent(shard)), isPeopleNames, 'a list of names'),
  });
}

/** Who was quoted in one month ("YYYY-MM"), on which topics. */
export function peopleMonthQueryOptions(month: string) {
  return queryOptions({
    queryKey: ['people-month', month],
    queryFn: fetched<PeopleMonth>(dataFiles.peopleMonth(month), isPeopleMonth, 'a month of quotations'),
  });
}
