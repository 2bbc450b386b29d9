import type { QueryClient } from '@tanstack/react-query';
import { entityShard, type EntityKind, type SiteManifest } from '@/article/site-index';
import { listOrdinalsFromGaps } from '../card-chunks';
import { manifestQueryOptions } from '../manifest-query';
import { countWithin, createArticleIndex, maskOf, type ArticleIndex, type IndexQuery } from './article-index';
import type { ListFilters } from '../list-filters';
import { columnsQueryOptions } from './columns-query';
import type { DecodedColumns } from './decode-columns';
import { filteredListQueryOptions } from './filtered-list-query';
import { entityDirectoryQueryOptions, entityPostingsQueryOptions } from './entity-queries';
import type { ReadArticles } from '../read-articles';
import { unreadMask } from './read-mask';

export type FilteredList = {
  count: number;
  /** Articles per day of the matching list, newest first, as the virtual list lays it out. */
  days: Array<[number, number]>;
  /** Archive ordinals of the matches, newest first. */
  ordinals: Uint32Array;
  topicCounts: Uint32Array;
  dayCounts: Uint32Array;
  firstDay: number;
  /** Sentences about entity names that no article mentions (they were left out). */
  notices: string[];
};

/** What the filter controls show of a list: its count, topic counts and day histogram. */
export type ListView = Pick<FilteredList, 'count' | 'topicCounts' | 'dayCounts' | 'firstDay'>;

const ENTITY_FILTERS: Array<[EntityKind, 'people' | 'organisations' | 'places', string]> = [
  ['people', 'people', 'person'],
  ['organisations', 'organisations', 'organisation'],
  ['places', 'places', 'place'],
];

const indexes = new WeakMap<DecodedColumns, ArticleIndex>();

/** The list for these filters; `read` is the read state that `unread` hides (null without it). */
export async function runFilters(queryClient: QueryClient, filters: ListFilters, read: ReadArticles | null = null): Promise<FilteredList> {
  const { manifest, index } = await loadIndex(queryClient);
  const [{ masks, notices }, searchMask, unread] = await Promise.all([
    entityMasks(queryClient, filters, index.size),
    searchMaskOf(queryClient, filters.q, index.size),
    filters.unread && read ? unreadMask(queryClient, manifest, index.days, read).then((mask) => [mask]) : [],
  ]);
  return listOf(index, manifest, filters, [...masks.values(), ...searchMask, ...unread], notices);
}

/**
 * The list for topic and date filters at once, from what is already downloaded (no waiting, so a
 * filter change is drawn in the same render): undefined when something it needs is not here yet, or
 * when the filters need more (names, a search, hiding read articles), which runFilters answers.
 */
export function runTopicDateFiltersNow(queryClient: QueryClient, filters: ListFilters): FilteredList | undefined {
  if (filters.q.trim() || filters.unread || ENTITY_FILTERS.some(([, key]) => filters[key].length > 0)) return undefined;
  const manifest = queryClient.getQueryData(manifestQueryOptions().queryKey);
  const columns = queryClient.getQueryData(columnsQueryOptions().queryKey);
  if (!manifest || !columns) return undefined;
  return listOf(indexOf(manifest, columns), manifest, filters, [], []);
}

function listOf(index: ArticleIndex, manifest: SiteManifest, filters: ListFilters, masks: Uint8Array[], notices: string[]): FilteredList {
  const result = index.query({ ...baseQuery(manifest, filters), masks });
  return { ...result, count: result.ordinals.length, days: daysOf(index.days, result.ordinals), notices };
}

/**
 * How many articles each of these people, organisations or places has under the other filters: the
 * filters of every other kind and the search, and not this kind's own choice (as the topic counts leave
 * out the topics).
 */
export async function entityCounts(
  queryClient: QueryClient,
  filters: ListFilters,
  kind: EntityKind,
  names: readonly string[],
): Promise<Map<string, number>> {
  const { index } = await loadIndex(queryClient);
  // The list without this kind's choice: while the kind has none, that is the list on screen, already
  // worked out and cached, so counting costs no second pass over the archive.
  const [{ ordinals: matches }, lists] = await Promise.all([
    queryClient.ensureQueryData(filteredListQueryOptions({ ...filters, [kind]: [] })),
    Promise.all(names.map((name) => postingsOf(queryClient, kind, name, { preferTop: true }))),
  ]);
  const counts = countWithin(
    index.size,
    matches,
    lists.map((list) => list ?? new Uint32Array(0)),
  );
  return new Map(names.map((name, at) => [name, counts[at]!]));
}

async function loadIndex(queryClient: QueryClient): Promise<{ manifest: SiteManifest; index: ArticleIndex }> {
  const [manifest, columns] = await Promise.all([
    queryClient.ensureQueryData(manifestQueryOptions()),
    queryClient.ensureQueryData(columnsQueryOptions()),
  ]);
  return { manifest, index: indexOf(manifest, columns) };
}

function baseQuery(manifest: SiteManifest, filters: ListFilters): Omit<IndexQuery, 'masks'> {
  const topics = filters.topics.map((slug) => manifest.topics.findIndex((topic) => topic.slug === slug)).filter((at) => at >= 0);
  return { topics, from: filters.from, to: filters.to };
}

/**
 * The search's matches as a mask ([] with no search): the search engine's code and files load only here,
 * so filters without a search never download them.
 */
async function searchMaskOf(queryClient: QueryClient, text: string, size: number): Promise<Uint8Array[]> {
  if (!text.trim()) return [];
  const matches = await (await import('./search-matches')).searchMatches(queryClient, text);
  return matches ? [maskOf(size, [matches])] : [];
}

/** One mask per entity kind with a choice (articles that mention any chosen entity of the kind). */
async function entityMasks(
  queryClient: QueryClient,
  filters: ListFilters,
  size: number,
): Promise<{ masks: Map<EntityKind, Uint8Array>; notices: string[] }> {
  const notices: string[] = [];
  const masks = new Map<EntityKind, Uint8Array>();
  for (const [kind, key, noun] of ENTITY_FILTERS) {
    if (filters[key].length === 0) continue;
    const lists = await Promise.all(filters[key].map((name) => postingsOf(queryClient, kind, name, { preferTop: false })));
    const known = lists.filter((list): list is Uint32Array => list !== null);
    filters[key].forEach((name, at) => {
      if (!lists[at]) notices.push(`No article mentions the ${noun} “${name}”, so it was left out.`);
    });
    if (known.length) masks.set(kind, maskOf(size, known));
  }
  return { masks, notices };
}

function indexOf(manifest: SiteManifest, columns: DecodedColumns): ArticleIndex {
  let index = indexes.get(columns);
  if (!index) {
    index = createArticleIndex(manifest, columns);
    indexes.set(columns, index);
  }
  return index;
}

/**
 * The ordinals of the articles that mention `name` (null when none does). A name among the directory's
 * first `top` comes from top.json when `preferTop` (counting the panel's names: one file for all of
 * them) or when top.json is already here; any other from its shard (one file for one chosen name).
 */
async function postingsOf(
  queryClient: QueryClient,
  kind: EntityKind,
  name: string,
  { preferTop }: { preferTop: boolean },
): Promise<Uint32Array | null> {
  const [directory, manifest] = await Promise.all([
    queryClient.ensureQueryData(entityDirectoryQueryOptions(kind)),
    queryClient.ensureQueryData(manifestQueryOptions()),
  ]);
  const lower = name.toLowerCase();
  const inTop = directory.entries.slice(0, directory.top).some(([entry]) => entry.toLowerCase() === lower);
  const topFile = entityPostingsQueryOptions(kind, 'top');
  const file =
    inTop && (preferTop || queryClient.getQueryData(topFile.queryKey))
      ? topFile
      : entityPostingsQueryOptions(kind, entityShard(name, directory.shards));
  const postings = await queryClient.ensureQueryData(file);
  const gaps = postings[name] ?? Object.entries(postings).find(([key]) => key.toLowerCase() === lower)?.[1];
  return gaps ? listOrdinalsFromGaps(gaps, manifest.articleCount) : null;
}

/** Matching ordinals (newest first) -> [day, count] runs, newest day first. */
export function daysOf(days: Int32Array, ordinals: Uint32Array): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const ordinal of ordinals) {
    const day = days[ordinal]!;
    const last = runs[runs.length - 1];
    if (last && last[0] === day) last[1] += 1;
    else runs.push([day, 1]);
  }
  return runs;
}
