import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { dayNumber } from '../article/day-number';
import type { Entities } from '../article/article-schema';
import {
  ENTITY_DIRECTORY_LIMIT,
  ENTITY_KINDS,
  ENTITY_TOP_POSTINGS,
  SITE_INDEX_FORMAT,
  entityShard,
  type ArticleCard,
  type ArticleColumns,
  type EntityDirectory,
  type EntityKind,
  type EntityPostings,
  type SiteManifest,
  type TopicSummary,
} from '../article/site-index';
import { chunkOrdinals, NEWEST_CHUNK, otherEndOrdinal } from '../data/card-chunks';
import { CARDS_DIR, dataFiles, ENTITIES_DIR, ENTITY_POSTINGS_DIR } from '../data/data-files';
import { britishLabel } from './taxonomy/british-label';
import { iptcCredit, iptcTopic } from './taxonomy/taxonomy';
import type { QuotedLine } from './quoted-lines';
import { writeFileIfChanged } from './write-file-if-changed';
import { writePeople, type PeopleChanges } from './write-people';
import { removeOutput } from './noted-changes';

/** 100 cards gzip to about 8 KB: one request fills a phone's first screen several times over. */
export const CARDS_PER_CHUNK = 100;

/** What the index files need of an article: its card, topics and names, and its attributed quotations (write-people.ts). */
export type IndexEntry = { card: ArticleCard; topics: readonly string[]; entities: Entities; quotes: readonly QuotedLine[] };

/** About 40 KB gzip a shard: one entity filter downloads one shard. */
const POSTINGS_PER_SHARD = 20_000;

/** Newest first; articles of one day by id, so the order never depends on the order files were read. */
export function byListOrder(a: IndexEntry, b: IndexEntry): number {
  if (a.card.date !== b.card.date) return a.card.date < b.card.date ? 1 : -1;
  return a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0;
}

/**
 * Writes index/manifest.json, index/cards/<n>.json (src/data/card-chunks.ts), index/columns.json, the entity files and the people files
 * (write-people.ts) for these articles; returns their ids in list order (ordinal order). `peopleChanges`:
 * see writePeople.
 */
export async function writeIndex(
  outDir: string,
  unsorted: readonly IndexEntry[],
  { peopleChanges }: { peopleChanges?: PeopleChanges } = {},
): Promise<string[]> {
  const entries = [...unsorted].sort(byListOrder);
  const topics = topicSummaries(entries);
  const topicIndex = new Map(topics.map((topic, index) => [topic.qcode, index]));

  const chunkCount = Math.ceil(entries.length / CARDS_PER_CHUNK);
  const manifest: SiteManifest = {
    format: SITE_INDEX_FORMAT,
    articleCount: entries.length,
    chunkSize: CARDS_PER_CHUNK,
    chunkCount,
    newest: entries[0]?.card.date ?? null,
    oldest: entries.at(-1)?.card.date ?? null,
    topics,
    days: dayHistogram(entries),
    credits: [iptcCredit],
  };

  const writes: Array<Promise<boolean>> = [
    writeFileIfChanged(join(outDir, dataFiles.manifest), JSON.stringify(manifest)),
    writeFileIfChanged(join(outDir, dataFiles.columns), JSON.stringify(columnsOf(entries, topicIndex))),
  ];
  // The newest cards at a fixed name, then the archive counted from its oldest end (src/data/card-chunks.ts).
  const layout = { chunkSize: CARDS_PER_CHUNK, articleCount: entries.length };
  for (let chunk = NEWEST_CHUNK; chunk <= chunkCount; chunk += 1) {
    const { start, end } = chunkOrdinals(chunk, layout);
    const cards = entries.slice(start, end).map((entry) => entry.card);
    writes.push(writeFileIfChanged(join(outDir, dataFiles.cardsChunk(chunk)), JSON.stringify(cards)));
  }
  const shardCounts = new Map<EntityKind, number>();
  for (const kind of ENTITY_KINDS) {
    const { shardCount, files } = writeEntityFiles(outDir, kind, entries);
    shardCounts.set(kind, shardCount);
    writes.push(...files);
  }
  writes.push(writePeople(outDir, entries, peopleChanges).then(() => true));
  await Promise.all(writes);
  await removeNumberedFilesFrom(join(outDir, CARDS_DIR), chunkCount + 1);
  for (const kind of ENTITY_KINDS) await removeNumberedFilesFrom(join(outDir, ENTITY_POSTINGS_DIR, kind), shardCounts.get(kind) ?? 0);
  // Postings numbered from the newest end, as ingest wrote them before (data-files.ts ENTITY_POSTINGS_DIR).
  for (const kind of ENTITY_KINDS) await removeOutput(join(outDir, ENTITIES_DIR, kind), { recursive: true });
  return entries.map((entry) => entry.card.id);
}

function topicSummaries(entries: readonly IndexEntry[]): TopicSummary[] {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const qcode of entry.topics) counts.set(qcode, (counts.get(qcode) ?? 0) + 1);
  return [...counts]
    .map(([qcode, count]) => {
      const topic = iptcTopic(qcode);
      return {
        qcode,
        slug: topic?.slug ?? qcode.replace(':', '-'),
        label: topic ? britishLabel(topic.label) : qcode,
        parent: topic?.broader ?? null,
        count,
      };
    })
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

function dayHistogram(sorted: readonly IndexEntry[]): Array<[number, number]> {
  const days: Array<[number, number]> = [];
  for (const { card } of sorted) {
    const day = dayNumber(card.date);
    const last = days.at(-1);
    if (last && last[0] === day) last[1] += 1;
    else days.push([day, 1]);
  }
  return days;
}

function columnsOf(sorted: readonly IndexEntry[], topicIndex: ReadonlyMap<string, number>): ArticleColumns {
  const setIds = new Map<string, number>();
  const topicSets: number[][] = [];
  const topicSetOfArticle: number[] = [];
  const dayGaps: number[] = [];
  let previousDay: number | null = null;
  for (const entry of sorted) {
    const day = dayNumber(entry.card.date);
    dayGaps.push(previousDay === null ? day : previousDay - day);
    previousDay = day;
    const set = entry.topics.map((qcode) => topicIndex.get(qcode) ?? -1).filter((index) => index >= 0);
    set.sort((a, b) => a - b);
    const key = set.join(',');
    let setId = setIds.get(key);
    if (setId === undefined) {
      setId = topicSets.length;
      setIds.set(key, setId);
      topicSets.push(set);
    }
    topicSetOfArticle.push(setId);
  }
  return { dayGaps, ...byFrequency(topicSets, topicSetOfArticle) };
}

/**
 * Renumbers the topic sets so the commonest has the smallest id. Most articles then carry a one- or
 * two-digit id, which at 100,000 articles makes columns.json (part of the list's first view) about
 * 10 KB smaller compressed. Ties keep the order of first appearance, so the output is deterministic.
 */
function byFrequency(topicSets: number[][], topicSetOfArticle: number[]): Pick<ArticleColumns, 'topicSets' | 'topicSetOfArticle'> {
  const uses = new Uint32Array(topicSets.length);
  for (const setId of topicSetOfArticle) uses[setId]! += 1;
  const order = topicSets.map((_, setId) => setId).sort((a, b) => uses[b]! - uses[a]! || a - b);
  const newId = new Uint32Array(topicSets.length);
  order.forEach((setId, rank) => (newId[setId] = rank));
  return {
    topicSets: order.map((setId) => topicSets[setId]!),
    topicSetOfArticle: topicSetOfArticle.map((setId) => newId[setId]!),
  };
}

/**
 * index/entities/<kind>.json (the directory), index/entity-postings/<kind>/<shard>.json (the postings) and
 * index/entity-postings/<kind>/top.json (the postings of the directory's first names, which the panel counts).
 */
function writeEntityFiles(outDir: string, kind: EntityKind, sorted: readonly IndexEntry[]) {
  // Numbered from the oldest end (src/data/card-chunks.ts): a shard changes only when a new article names one of its names.
  const ordinalsOf = new Map<string, number[]>();
  for (let fromOldest = 0; fromOldest < sorted.length; fromOldest += 1) {
    const entry = sorted[otherEndOrdinal(fromOldest, sorted.length)]!;
    for (const name of new Set(entry.entities[kind])) {
      const ordinals = ordinalsOf.get(name);
      if (ordinals) ordinals.push(fromOldest);
      else ordinalsOf.set(name, [fromOldest]);
    }
  }
  let postings = 0;
  for (const ordinals of ordinalsOf.values()) postings += ordinals.length;
  const shardCount = Math.max(1, Math.ceil(postings / POSTINGS_PER_SHARD));
  const shards: EntityPostings[] = Array.from({ length: shardCount }, () => ({}));
  const gapsOf = new Map<string, number[]>();
  for (const [name, ordinals] of ordinalsOf) {
    const gaps = ordinals.map((ordinal, index) => (index === 0 ? ordinal : ordinal - ordinals[index - 1]!));
    shards[entityShard(name, shardCount)]![name] = gaps;
    gapsOf.set(name, gaps);
  }
  const entries = [...ordinalsOf]
    .map(([name, ordinals]): [string, number] => [name, ordinals.length])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, ENTITY_DIRECTORY_LIMIT);
  const topEntries = entries.slice(0, ENTITY_TOP_POSTINGS);
  const directory: EntityDirectory = { shards: shardCount, entries, top: topEntries.length };
  const top: EntityPostings = Object.fromEntries(topEntries.map(([name]) => [name, gapsOf.get(name)!]));
  const files = [
    writeFileIfChanged(join(outDir, dataFiles.entityDirectory(kind)), JSON.stringify(directory)),
    writeFileIfChanged(join(outDir, dataFiles.entityPostings(kind, 'top')), JSON.stringify(top)),
    ...shards.map((shard, index) => writeFileIfChanged(join(outDir, dataFiles.entityPostings(kind, index)), JSON.stringify(shard))),
  ];
  return { shardCount, files };
}

/** When the corpus shrinks, numbered files (chunks, shards) past the new end would be stale: remove them. */
async function removeNumberedFilesFrom(dir: string, count: number): Promise<void> {
  const files = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    files.filter((file) => /^\d+\.json$/.test(file) && Number.parseInt(file, 10) >= count).map((file) => removeOutput(join(dir, file))),
  );
}
