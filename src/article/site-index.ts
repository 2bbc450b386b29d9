/**
 * The index files ingest writes beside the articles, shaped for a static host at archive scale
 * (100,000 articles): the reader's first view needs only the manifest and one chunk of cards, and
 * opening an article needs only that article's file.
 *
 *   <out>/articles/<id>.json     one Article each (article-schema.ts)
 *   <out>/index/manifest.json    SiteManifest: counts, topics, the day histogram
 *   <out>/index/cards/<n>.json   ArticleCard[], newest first: 0 the newest cards, 1... from the oldest end (src/data/card-chunks.ts)
 *   <out>/index/columns.json     ArticleColumns: one compact row per article, for filtering in the browser
 *   <out>/index/entities/<kind>.json            EntityDirectory: the kind's most mentioned names
 *   <out>/index/entity-postings/<kind>/<shard>.json    EntityPostings: every name's articles, sharded by name
 *   <out>/index/entity-postings/<kind>/top.json        EntityPostings: the articles of the directory's first names
 *
 * "Ordinal" below means an article's position in the list: 0 is the newest. Articles of the same day
 * are ordered by id, so the order is the same on every run.
 */

import type { z } from 'zod';
import type { articleCard, siteManifest, topicSummary } from './site-index-schema';

export const SITE_INDEX_FORMAT = 1;

/** The manifest and the cards are defined by their zod schemas (site-index-schema.ts), which the reader checks them against. */
export type TopicSummary = z.infer<typeof topicSummary>;
export type SiteManifest = z.infer<typeof siteManifest>;
export type ArticleCard = z.infer<typeof articleCard>;

/**
 * Compact columns, one entry per ordinal, so that filtering 100,000 articles by topic and date is a
 * scan of two integer arrays in the browser.
 */
export type ArticleColumns = {
  /** Day numbers, newest first, as gaps: days[0] is absolute, each later entry is its distance from the one before. */
  dayGaps: number[];
  /** Distinct sets of topic indexes (into SiteManifest.topics) that articles carry. */
  topicSets: number[][];
  /** For each ordinal, the index of its article's set in topicSets. */
  topicSetOfArticle: number[];
};

export const ENTITY_KINDS = ['people', 'organisations', 'places'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * index/entities/<kind>.json: the people, organisations or places most often in the news, for the filter
 * controls, and how the kind's postings are sharded.
 */
export type EntityDirectory = {
  /** Files in index/entity-postings/<kind>/: an entity's postings are in shard entityShard(name, shards). */
  shards: number;
  /** [name, number of articles], most common first; at most ENTITY_DIRECTORY_LIMIT of them. */
  entries: Array<[string, number]>;
  /** The first `top` entries also have their postings in index/entity-postings/<kind>/top.json (at most ENTITY_TOP_POSTINGS). */
  top: number;
};

export const ENTITY_DIRECTORY_LIMIT = 1000;

/**
 * The names a filter panel offers (the directory's first), whose postings ingest also writes together in
 * one small file (top.json: some 75 KB gzip a kind at 100,000 articles), so counting them under the
 * filters downloads that file and no shard at any archive size. A chosen name further down the directory
 * is counted from its shard.
 */
export const ENTITY_TOP_POSTINGS = 50;

/**
 * index/entity-postings/<kind>/<shard>.json: for each entity, its articles numbered from the OLDEST end (0: the
 * oldest; src/data/card-chunks.ts listOrdinalsFromGaps turns them into ordinals), ascending, as gaps.
 */
export type EntityPostings = Record<string, number[]>;

/** Which shard file holds an entity's postings: FNV-1a of its lower-cased name. Shared by ingest and reader. */
export function entityShard(name: string, shards: number): number {
  let hash = 0x811c9dc5;
  const key = name.toLowerCase();
  for (let index = 0; index < key.length; index += 1) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shards;
}

/** ArticleColumns.dayGaps -> the day number of each ordinal (newest first, so each gap counts back). */
export function daysFromGaps(gaps: readonly number[]): Int32Array {
  const days = new Int32Array(gaps.length);
  let day = 0;
  gaps.forEach((gap, ordinal) => {
    day = ordinal === 0 ? gap : day - gap;
    days[ordinal] = day;
  });
  return days;
}

/** EntityPostings gaps -> ascending ordinals. */
export function ordinalsFromGaps(gaps: readonly number[]): Uint32Array {
  const ordinals = new Uint32Array(gaps.length);
  let ordinal = 0;
  gaps.forEach((gap, index) => {
    ordinal = index === 0 ? gap : ordinal + gap;
    ordinals[index] = ordinal;
  });
  return ordinals;
}
