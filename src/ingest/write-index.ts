import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { dayNumber } from '../article/day-number';
import {
  SITE_INDEX_FORMAT,
  type ArticleCard,
  type ArticleColumns,
  type SiteManifest,
  type TopicSummary,
} from '../article/site-index';
import { iptcCredit, iptcTopic } from './taxonomy/taxonomy';
import { writeFileIfChanged } from './write-file-if-changed';

/** 100 cards gzip to about 8 KB: one request fills a phone's first screen several times over. */
export const CARDS_PER_CHUNK = 100;

export type IndexEntry = { card: ArticleCard; topics: readonly string[] };

/** Newest first; articles of one day by id, so the order never depends on the order files were read. */
export function byListOrder(a: IndexEntry, b: IndexEntry): number {
  if (a.card.date !== b.card.date) return a.card.date < b.card.date ? 1 : -1;
  return a.card.id < b.card.id ? -1 : a.card.id > b.card.id ? 1 : 0;
}

/** Writes index/manifest.json, index/cards/<n>.json and index/columns.json for these articles. */
export async function writeIndex(outDir: string, unsorted: readonly IndexEntry[]): Promise<void> {
  const entries = [...unsorted].sort(byListOrder);
  const indexDir = join(outDir, 'index');
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
    writeFileIfChanged(join(indexDir, 'manifest.json'), JSON.stringify(manifest)),
    writeFileIfChanged(join(indexDir, 'columns.json'), JSON.stringify(columnsOf(entries, topicIndex))),
  ];
  for (let chunk = 0; chunk < chunkCount; chunk += 1) {
    const cards = entries.slice(chunk * CARDS_PER_CHUNK, (chunk + 1) * CARDS_PER_CHUNK).map((entry) => entry.card);
    writes.push(writeFileIfChanged(join(indexDir, 'cards', `${chunk}.json`), JSON.stringify(cards)));
  }
  await Promise.all(writes);
  await removeChunksFrom(join(indexDir, 'cards'), chunkCount);
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
        label: topic?.label ?? qcode,
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
  return { dayGaps, topicSets, topicSetOfArticle };
}

/** When the corpus shrinks, chunks past the new end would be stale: remove them. */
async function removeChunksFrom(cardsDir: string, chunkCount: number): Promise<void> {
  const files = await readdir(cardsDir).catch(() => [] as string[]);
  await Promise.all(
    files
      .filter((file) => /^\d+\.json$/.test(file) && Number.parseInt(file, 10) >= chunkCount)
      .map((file) => rm(join(cardsDir, file), { force: true })),
  );
}
