import { queryOptions } from '@tanstack/react-query';
import type { PeopleEntry, PeopleIndex, PeopleMonth, PersonFile, PersonQuote } from '@/article/people-index';
import { DataMalformed } from './data-errors';
import { dataFiles } from './data-files';
import { dataUrl } from './data-url';
import { fetchJson } from './fetch-json';

/**
 * The people files (src/article/people-index.ts), one query factory each. A file is checked for the shape its
 * page reads (ingest wrote it with the format's types): a damaged one is a clear error, not a broken page.
 */
const fetched =
  <T>(path: string, check: (value: unknown) => boolean, what: string) =>
  async ({ signal }: { signal: AbortSignal }) => {
    const url = dataUrl(path);
    const value = await fetchJson(url, signal);
    if (!check(value)) throw new DataMalformed(url, `it is not ${what}`);
    return value as T;
  };

// The people files have no generated validator yet (src/article/data-validators.ts covers the article and
// the index): these check the shape their pages read.
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

const isEntries = (value: unknown) =>
  Array.isArray(value) && value.every((entry) => Array.isArray(entry) && isString(entry[0]) && isCount(entry[2]));
const isQuotes = (value: unknown) =>
  Array.isArray(value) && value.every((quote) => isRecord(quote) && isString(quote.id) && isString(quote.text) && isCount(quote.n));

/** The most quoted, and the name shards and months there are: the /people page's first view. */
export function peopleIndexQueryOptions() {
  return queryOptions({
    queryKey: ['people'],
    queryFn: fetched<PeopleIndex>(
      dataFiles.people,
      (value) => isRecord(value) && isEntries(value.top) && Array.isArray(value.months),
      'a people index',
    ),
  });
}

/** One speaker's file (a missing one is a DataNotFound: no such person). */
export function personQueryOptions(slug: string) {
  return queryOptions({
    queryKey: ['person', slug],
    queryFn: fetched<PersonFile>(
      dataFiles.person(encodeURIComponent(slug)),
      (value) => isRecord(value) && isString(value.name) && isQuotes(value.quotes) && isCount(value.pages),
      'a person’s file',
    ),
  });
}

/** A speaker's older quotations, page 1, 2, ... */
export function personPageQueryOptions(slug: string, page: number) {
  return queryOptions({
    queryKey: ['person', slug, page],
    queryFn: fetched<PersonQuote[]>(dataFiles.personPage(encodeURIComponent(slug), page), isQuotes, 'a page of quotations'),
  });
}

/** Every speaker whose slug starts with this character. */
export function peopleNamesQueryOptions(shard: string) {
  return queryOptions({
    queryKey: ['people-names', shard],
    queryFn: fetched<PeopleEntry[]>(dataFiles.peopleNames(encodeURIComponent(shard)), isEntries, 'a list of names'),
  });
}

/** Who was quoted in one month ("YYYY-MM"), on which topics. */
export function peopleMonthQueryOptions(month: string) {
  return queryOptions({
    queryKey: ['people-month', month],
    queryFn: fetched<PeopleMonth>(
      dataFiles.peopleMonth(month),
      (value) => Array.isArray(value) && value.every((entry) => Array.isArray(entry) && isString(entry[0]) && Array.isArray(entry[2])),
      'a month of quotations',
    ),
  });
}
