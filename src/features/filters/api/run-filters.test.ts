import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../../article/day-number';
import type { ArticleColumns, EntityPostings, SiteManifest } from '../../../article/site-index';
import { manifestQueryOptions } from '../../articles/api/manifest-query';
import { NO_FILTERS, type ListFilters } from '../list-filters';
import { columnsQueryOptions } from './columns-query';
import { entityDirectoryQueryOptions, entityPostingsQueryOptions } from './entity-queries';
import { entityCounts, runFilters } from './run-filters';

/**
 * Five articles, newest first (ordinals 0-4), two topics; people and places with their postings as
 * ingest writes them (one shard each, gaps between ordinals). Everything sits in the query cache, as
 * after the files were fetched, so nothing is fetched here.
 */
function seededClient(): QueryClient {
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
  const columns: ArticleColumns = {
    dayGaps: days.map((day, index) => (index === 0 ? day : days[index - 1]! - day)),
    topicSets: [[0], [1], [0, 1]],
    topicSetOfArticle: [0, 1, 2, 0, 1],
  };
  const people: EntityPostings = { 'Ada Vell': [0, 2, 1], 'Bo Trin': [1, 3], 'Cas Morrow': [4] }; // Ada 0,2,3; Bo 1,4; Cas 4
  const places: EntityPostings = { Harbourside: [0, 1] }; // 0, 1
  const client = new QueryClient();
  client.setQueryData(manifestQueryOptions().queryKey, manifest);
  client.setQueryData(columnsQueryOptions().queryKey, columns);
  client.setQueryData(entityDirectoryQueryOptions('people').queryKey, { shards: 1, entries: [['Ada Vell', 3], ['Bo Trin', 2], ['Cas Morrow', 1]] });
  client.setQueryData(entityPostingsQueryOptions('people', 0).queryKey, people);
  client.setQueryData(entityDirectoryQueryOptions('places').queryKey, { shards: 1, entries: [['Harbourside', 2]] });
  client.setQueryData(entityPostingsQueryOptions('places', 0).queryKey, places);
  return client;
}

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

  it('counts a name no article mentions as none', async () => {
    const counts = await entityCounts(seededClient(), filters({ topics: ['economy'] }), 'people', ['Nobody Known']);
    expect(counts.get('Nobody Known')).toBe(0);
  });
});
