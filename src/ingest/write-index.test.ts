import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dayNumber } from '../article/day-number';
import {
  ENTITY_TOP_POSTINGS,
  daysFromGaps,
  entityShard,
  ordinalsFromGaps,
  type ArticleColumns,
  type EntityDirectory,
  type EntityPostings,
  type SiteManifest,
} from '../article/site-index';
import { listOrdinalsFromGaps } from '../data/card-chunks';
import { writeIndex, type IndexEntry } from './write-index';

const POLITICS = 'medtop:11000000';
const CONFLICT = 'medtop:16000000';
const SPORT = 'medtop:15000000';
const LABOUR = 'medtop:09000000';

function entry(id: string, date: string, topics: string[], people: string[] = []): IndexEntry {
  return {
    card: { id, date, title: id, excerpt: '', topics, readingMinutes: 1, quoteCount: 0, mainSpeaker: null },
    topics,
    entities: { people, organisations: [], places: [] },
    quotes: [],
  };
}

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

async function indexOf(entries: IndexEntry[]) {
  const out = await mkdtemp(join(tmpdir(), 'broadsheet-index-'));
  made.push(out);
  await writeIndex(out, entries);
  const read = async <T>(path: string) => JSON.parse(await readFile(join(out, 'index', path), 'utf8')) as T;
  return { read };
}

describe('writeIndex', () => {
  const entries = [
    entry('b', '2020-10-21', [POLITICS, CONFLICT], ['Jens Stoltenberg']),
    entry('c', '2021-01-02', [SPORT], ['Mara Ellingsen']),
    entry('a', '2020-10-21', [CONFLICT, POLITICS], ['Jens Stoltenberg', 'Mara Ellingsen']),
    entry('d', '2019-03-04', [POLITICS]),
  ];

  it('writes a manifest with topics most common first, labelled and slugged from IPTC, and a day histogram', async () => {
    const manifest = await (await indexOf(entries)).read<SiteManifest>('manifest.json');
    expect(manifest.topics.map(({ slug, count, parent }) => [slug, count, parent])).toEqual([
      ['politics', 3, null],
      ['conflict-war-and-peace', 2, null],
      ['sport', 1, null],
    ]);
    expect(manifest.days).toEqual([
      [dayNumber('2021-01-02'), 1],
      [dayNumber('2020-10-21'), 2],
      [dayNumber('2019-03-04'), 1],
    ]);
    expect(manifest.credits[0]).toMatch(/IPTC.*CC BY 4\.0/);
  });

  it('labels topics in British English and keeps the IPTC slug for URLs', async () => {
    const manifest = await (await indexOf([entry('e', '2020-05-01', [LABOUR])])).read<SiteManifest>('manifest.json');
    expect(manifest.topics.map(({ slug, label }) => [slug, label])).toEqual([['labor', 'labour']]);
  });

  it('writes columns that give each ordinal its day and its set of topics', async () => {
    const { read } = await indexOf(entries);
    const manifest = await read<SiteManifest>('manifest.json');
    const columns = await read<ArticleColumns>('columns.json');
    expect([...daysFromGaps(columns.dayGaps)]).toEqual(['2021-01-02', '2020-10-21', '2020-10-21', '2019-03-04'].map(dayNumber));
    const topicsOf = (ordinal: number) =>
      columns.topicSets[columns.topicSetOfArticle[ordinal]!]!.map((index) => manifest.topics[index]!.qcode).sort();
    expect([0, 1, 2, 3].map(topicsOf)).toEqual([[SPORT], [POLITICS, CONFLICT].sort(), [POLITICS, CONFLICT].sort(), [POLITICS]]);
    // Articles with the same topics share one set, whatever order they list them in.
    expect(columns.topicSetOfArticle[1]).toBe(columns.topicSetOfArticle[2]);
    // The set most articles use gets the smallest id, so the column stays short.
    expect(columns.topicSetOfArticle).toEqual([1, 0, 0, 2]);
  });

  it('writes entity postings that a reader finds by the shard of the name', async () => {
    const { read } = await indexOf(entries);
    const directory = await read<EntityDirectory>('entities/people.json');
    expect(directory.entries).toEqual([
      ['Jens Stoltenberg', 2],
      ['Mara Ellingsen', 2],
    ]);
    const shard = await read<EntityPostings>(`entity-postings/people/${entityShard('Mara Ellingsen', directory.shards)}.json`);
    // Counted from the oldest of the four articles: 2 (a) and 3 (c), as gaps; the list's ordinals 1 and 0.
    expect([...ordinalsFromGaps(shard['Mara Ellingsen']!)]).toEqual([2, 3]);
    expect([...listOrdinalsFromGaps(shard['Mara Ellingsen']!, entries.length)]).toEqual([0, 1]);
  });

  it('leaves the shards of names no new article mentions as they were when newer articles are added', async () => {
    const older = Array.from({ length: 40 }, (_, at) => entry(`old${at}`, '2020-01-01', [POLITICS], [`Person ${at}`]));
    const newer = [entry('new', '2021-06-01', [POLITICS], ['Person 7'])];
    const before = await indexOf(older);
    const after = await indexOf([...older, ...newer]);
    const directory = await after.read<EntityDirectory>('entities/people.json');
    const shardOf = (name: string) => `entity-postings/people/${entityShard(name, directory.shards)}.json`;
    for (let at = 0; at < 40; at += 1) {
      const path = shardOf(`Person ${at}`);
      if (path === shardOf('Person 7')) continue;
      expect(await after.read(path)).toEqual(await before.read(path));
    }
    expect(await after.read(shardOf('Person 7'))).not.toEqual(await before.read(shardOf('Person 7')));
  });

  it('writes the postings of the directory’s first names together in top.json, as in their shards', async () => {
    // More people than top.json holds: person i is in the first i + 1 of the articles.
    const people = Array.from({ length: ENTITY_TOP_POSTINGS + 5 }, (_, i) => `Person ${String(i).padStart(3, '0')}`);
    const many = people.map((_, at) => entry(`x${at}`, '2022-05-01', [POLITICS], people.slice(at)));
    const { read } = await indexOf(many);
    const directory = await read<EntityDirectory>('entities/people.json');
    expect(directory.top).toBe(ENTITY_TOP_POSTINGS);
    const top = await read<EntityPostings>('entity-postings/people/top.json');
    const firstNames = directory.entries.slice(0, ENTITY_TOP_POSTINGS).map(([name]) => name);
    expect(Object.keys(top).sort()).toEqual([...firstNames].sort());
    expect(firstNames).toContain(people.at(-1));
    for (const name of firstNames) {
      const shard = await read<EntityPostings>(`entity-postings/people/${entityShard(name, directory.shards)}.json`);
      expect(top[name]).toEqual(shard[name]);
    }
  });
});
