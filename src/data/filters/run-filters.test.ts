import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dayNumber } from '@/article/day-number';
import { ENTITY_TOP_POSTINGS, type ArticleCard, type EntityDirectory, type EntityPostings, type SiteManifest } from '@/article/site-index';
import { ingestedSite, type IngestedSite } from '@/app/testing/ingested-site';
import { serveSite } from '@/app/testing/serve-site';
import { searchableSite } from '@/search/testing/searchable-site';
import { searchEngine } from '../search/search-engine';
import { manifestQueryOptions } from '../manifest-query';
import { NO_FILTERS, type ListFilters } from '../list-filters';
import { columnsQueryOptions } from './columns-query';
import { decodeColumns } from './decode-columns';
import { entityDirectoryQueryOptions, entityPostingsQueryOptions } from './entity-queries';
import { warmFilterEngine } from './filtered-list-query';
import { entityCounts, runFilters, runTopicDateFiltersNow } from './run-filters';
import { numberedChunksNewestFirst } from '../card-chunks';

/**
 * Five articles, newest first (ordinals 0-4), two topics; people and places with their postings as
 * ingest writes them (one shard each, gaps between numbers counted from the oldest; the two most mentioned people also in
 * top.json). Everything sits in the query cache, as after the files were fetched (the columns decoded),
 * so nothing is fetched here (a file left out of the cache fails the test if it is asked for).
 */
function seededClient({ peopleShard = true } = {}): QueryClient {
  const days = ['2021-03-02', '2021-03-01', '2021-01-15', '2020-12-31', '2020-06-01'].map(dayNumber);
  const manifest = {
    format: 1,
    articleCount: 5,
    chunkSize: 100,
    chunkCount: 1,
    newest: '2021-03-02',
    oldest: '2020-06-01',
    topics: ['politics', 'economy'].map((slug, index) => ({ qcode: `medtop:0${index}`, slug, label: slug, parent: null, count: 0 })),
    days: [],
    credits: [],
  } satisfies SiteManifest;
  const columns = decodeColumns(
    {
      dayGaps: days.map((day, index) => (index === 0 ? day : days[index - 1]! - day)),
      topicSets: [[0], [1], [0, 1]],
      topicSetOfArticle: [0, 1, 2, 0, 1],
    },
    'index/columns.json',
  );
  // Counted from the oldest article (4 - ordinal), ascending, as gaps: Ada 1,2,4 (ordinals 3,2,0); Bo 0,3 (4,1); Cas 0 (4).
  const people: EntityPostings = { 'Ada Vell': [1, 1, 2], 'Bo Trin': [0, 3], 'Cas Morrow': [0] };
  const places: EntityPostings = { Harbourside: [3, 1] }; // 3, 4: ordinals 1, 0
  const client = new QueryClient();
  client.setQueryData(manifestQueryOptions().queryKey, manifest);
  client.setQueryData(columnsQueryOptions().queryKey, columns);
  client.setQueryData(entityDirectoryQueryOptions('people').queryKey, {
    shards: 1,
    entries: [
      ['Ada Vell', 3],
      ['Bo Trin', 2],
      ['Cas Morrow', 1],
    ],
    top: 2,
  });
  client.setQueryData(entityPostingsQueryOptions('people', 'top').queryKey, {
    'Ada Vell': people['Ada Vell']!,
    'Bo Trin': people['Bo Trin']!,
  });
  if (peopleShard) client.setQueryData(entityPostingsQueryOptions('people', 0).queryKey, people);
  client.setQueryData(entityDirectoryQueryOptions('places').queryKey, { shards: 1, entries: [['Harbourside', 2]], top: 0 });
  client.setQueryData(entityPostingsQueryOptions('places', 0).queryKey, places);
  return client;
}

afterEach(() => vi.unstubAllGlobals());

const names = ['Ada Vell', 'Bo Trin', 'Cas Morrow'];
const filters = (changes: Partial<ListFilters>): ListFilters => ({ ...NO_FILTERS, ...changes });

describe('entity counts under the other filters', () => {
  it('counts each person among the articles the topic and dates match', async () => {
    const client = seededClient();
    const counts = await entityCounts(client, filters({ topics: ['politics'] }), 'people', names);
    // politics: ordinals 0, 2, 3
    expect(Object.fromEntries(counts)).toEqual({ 'Ada Vell': 3, 'Bo Trin': 0, 'Cas Morrow': 0 });
    const dated = await entityCounts(client, filters({ from: '2021-01-01' }), 'people', names);
    // from 2021: ordinals 0, 1, 2
    expect(Object.fromEntries(dated)).toEqual({ 'Ada Vell': 2, 'Bo Trin': 1, 'Cas Morrow': 0 });
  });

  it('leaves the kind’s own choice out, and keeps the other kinds’ choices', async () => {
    const client = seededClient();
    const ownChoice = await entityCounts(client, filters({ people: ['Bo Trin'] }), 'people', names);
    expect(Object.fromEntries(ownChoice)).toEqual({ 'Ada Vell': 3, 'Bo Trin': 2, 'Cas Morrow': 1 });
    const otherKind = await entityCounts(client, filters({ places: ['Harbourside'] }), 'people', names);
    // Harbourside: ordinals 0, 1
    expect(Object.fromEntries(otherKind)).toEqual({ 'Ada Vell': 1, 'Bo Trin': 1, 'Cas Morrow': 0 });
  });

  it('agrees with the list: a person’s count is the size of the list with that person added', async () => {
    const client = seededClient();
    const base = filters({ topics: ['economy'], places: ['Harbourside'] });
    const counts = await entityCounts(client, base, 'people', names);
    for (const name of names) {
      const list = await runFilters(client, { ...base, people: [name] });
      expect(counts.get(name)).toBe(list.count);
    }
  });

  it('counts the most mentioned names from top.json alone, without their shards', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new Error('nothing is fetched here')));
    const client = seededClient({ peopleShard: false });
    const counts = await entityCounts(client, filters({ topics: ['politics'], people: ['ada vell'] }), 'people', ['Ada Vell', 'Bo Trin']);
    expect(Object.fromEntries(counts)).toEqual({ 'Ada Vell': 3, 'Bo Trin': 0 });
    // Once top.json is here, choosing one of its names needs no shard either.
    expect((await runFilters(client, filters({ people: ['Bo Trin'] }))).count).toBe(2);
    await expect(entityCounts(client, filters({ topics: ['politics'] }), 'people', ['Cas Morrow'])).rejects.toThrow();
  });

  it('counts a name no article mentions as none', async () => {
    const counts = await entityCounts(seededClient(), filters({ topics: ['economy'] }), 'people', ['Nobody Known']);
    expect(counts.get('Nobody Known')).toBe(0);
  });
});

describe('counts on the sample corpus, as ingest writes it', () => {
  let site: IngestedSite;
  /** Article ids by ordinal, as the cards list them. */
  let ids: string[];
  beforeAll(async () => {
    site = await searchableSite(await ingestedSite());
    ids = [];
    for (const chunk of numberedChunksNewestFirst(site.manifest)) {
      ids.push(...(JSON.parse(site.files.get(`index/cards/${chunk}.json`)!) as ArticleCard[]).map((card) => card.id));
    }
  }, 120_000);

  /** What the search alone finds, by the engine the search results use. */
  const searchIds = async (client: QueryClient, q: string) =>
    new Set([...(await searchEngine(client).search(q)).ordinals].map((ordinal) => ids[ordinal]!));
  const article = (id: string) => site.articles.get(id)!;

  /** A topic that some, not all, of these articles carry. */
  const topicAmong = (found: ReadonlySet<string>) =>
    site.manifest.topics.find((topic) => {
      const carrying = [...found].filter((id) => article(id).topics.includes(topic.qcode)).length;
      return carrying > 0 && carrying < found.size;
    })!;

  it('narrows the list, the topic counts and the histogram to the articles the search finds', async () => {
    serveSite(site);
    const client = new QueryClient();
    const found = await searchIds(client, 'government');
    expect(found.size).toBeGreaterThan(1);
    expect(found.size).toBeLessThan(ids.length);
    const topic = topicAmong(found);
    const expected = ids.filter((id) => found.has(id) && article(id).topics.includes(topic.qcode));

    const list = await runFilters(client, filters({ q: 'government', topics: [topic.slug] }));
    expect([...list.ordinals].map((ordinal) => ids[ordinal])).toEqual(expected);
    expect(list.count).toBe(expected.length);
    expect(list.days.reduce((sum, [, count]) => sum + count, 0)).toBe(expected.length);
    // Topic counts leave the topic choice out: each topic's count among the search's articles.
    site.manifest.topics.forEach((each, at) => {
      expect(list.topicCounts[at]).toBe([...found].filter((id) => article(id).topics.includes(each.qcode)).length);
    });
    // The histogram leaves the dates out, and keeps the search and the topic.
    const histogram = new Map<number, number>();
    for (const day of expected.map((id) => dayNumber(article(id).date))) histogram.set(day, (histogram.get(day) ?? 0) + 1);
    list.dayCounts.forEach((count, at) => expect(count).toBe(histogram.get(list.firstDay + at) ?? 0));
  });

  it('counts people under the search, their own choice left out', async () => {
    serveSite(site);
    const client = new QueryClient();
    const found = await searchIds(client, 'government');
    const names = [...new Set(ids.flatMap((id) => article(id).entities.people))];
    const counts = await entityCounts(client, filters({ q: 'government', people: [names[0]!] }), 'people', names);
    const mentions = (name: string, among: readonly string[]) => among.filter((id) => article(id).entities.people.includes(name)).length;
    expect(names.map((name) => counts.get(name))).toEqual(names.map((name) => mentions(name, [...found])));
    // Some people are in the news beyond the search: their counts are narrowed.
    expect(names.some((name) => counts.get(name)! < mentions(name, ids))).toBe(true);
    expect(names.some((name) => counts.get(name)! > 0)).toBe(true);
  });

  it('counts the names the panel offers from top.json, under the other filters, downloading no shard', async () => {
    const served = serveSite(site);
    const client = new QueryClient();
    const directory = JSON.parse(site.files.get('index/entities/people.json')!) as EntityDirectory;
    expect(directory.top).toBe(Math.min(directory.entries.length, ENTITY_TOP_POSTINGS));
    const offered = directory.entries.slice(0, directory.top).map(([name]) => name);
    const topic = site.manifest.topics[0]!;
    const counts = await entityCounts(client, filters({ topics: [topic.slug] }), 'people', offered);
    const carrying = ids.filter((id) => article(id).topics.includes(topic.qcode));
    expect(offered.map((name) => counts.get(name))).toEqual(
      offered.map((name) => carrying.filter((id) => article(id).entities.people.includes(name)).length),
    );
    expect(served.requests).toContain('index/entity-postings/people/top.json');
    expect(served.requests.filter((path) => /^index\/entity-postings\/people\/\d+\.json$/.test(path))).toEqual([]);
  });

  it('does not download the search for filters without one, and ignores a search of only common words', async () => {
    const served = serveSite(site);
    const client = new QueryClient();
    const topic = site.manifest.topics[0]!.slug;
    const plain = await runFilters(client, filters({ topics: [topic] }));
    expect(served.requests.filter((path) => path.startsWith('index/search/'))).toEqual([]);
    const common = await runFilters(client, filters({ q: 'the', topics: [topic] }));
    expect(common.count).toBe(plain.count);
  });
});

describe('topic and date filters worked out at once', () => {
  it('gives the same list as runFilters from the files already here, without waiting', async () => {
    const client = seededClient();
    for (const changes of [{ topics: ['politics'] }, { topics: ['economy'], from: '2021-01-01' }, { to: '2020-12-31' }, {}]) {
      const now = runTopicDateFiltersNow(client, filters(changes));
      expect(now).toEqual(await runFilters(client, filters(changes)));
    }
  });

  it('leaves to runFilters what needs more: names, a search, or files not downloaded yet', () => {
    expect(runTopicDateFiltersNow(seededClient(), filters({ topics: ['politics'], people: ['Ada Vell'] }))).toBeUndefined();
    expect(runTopicDateFiltersNow(seededClient(), filters({ q: 'harbour' }))).toBeUndefined();
    const cold = seededClient();
    cold.removeQueries({ queryKey: columnsQueryOptions().queryKey });
    expect(runTopicDateFiltersNow(cold, filters({ topics: ['politics'] }))).toBeUndefined();
  });

  it('answers from columns.json as downloaded and decoded (here without a Worker), matching the articles', async () => {
    const site = await ingestedSite();
    const served = serveSite(site);
    const client = new QueryClient();
    const cards = numberedChunksNewestFirst(site.manifest).flatMap(
      (chunk) => JSON.parse(site.files.get(`index/cards/${chunk}.json`)!) as ArticleCard[],
    );
    const topic = site.manifest.topics[0]!;
    const from = cards[Math.floor(cards.length / 2)]!.date;
    const changed = filters({ topics: [topic.slug], from });
    await client.ensureQueryData(manifestQueryOptions());
    expect(runTopicDateFiltersNow(client, changed)).toBeUndefined();

    await warmFilterEngine(client);
    const list = runTopicDateFiltersNow(client, changed)!;
    const expected = cards
      .filter((card) => card.date >= from && site.articles.get(card.id)!.topics.includes(topic.qcode))
      .map((card) => card.id);
    expect(expected.length).toBeGreaterThan(0);
    expect([...list.ordinals].map((ordinal) => cards[ordinal]!.id)).toEqual(expected);
    expect(served.requests.filter((path) => path === 'index/columns.json')).toHaveLength(1);
  }, 120_000);
});
