/**
 * The search index files ingest writes and the reader loads on demand, shaped for 100,000 articles on a
 * static host: a query downloads the small term shards of its words and the postings of the terms they
 * match, never the whole index.
 *
 *   <out>/index/search/meta.json                  SearchMeta (small; fetched first, never cached long)
 *   <out>/index/search/terms/<n>.json             TermShard: a run of terms in sorted order
 *   <out>/index/search/<part>/postings/<n>.json   PostingsFile: postings of terms too common to inline
 *   <out>/index/search/<part>/pairs/<n>.json      PairFile: which articles hold two words side by side
 *
 * Articles are numbered from the OLDEST end (0: the oldest; src/data/card-chunks.ts turns them into list
 * positions), so an article's number never moves when newer ones arrive. The archive is in two parts:
 * `sealed`, the oldest articles in whole multiples of a step (1,024: the builder's SearchLayout.sealedStep),
 * and `recent`, the rest. A day's new
 * articles change the recent part's files and the term shards (their document frequencies), never the
 * sealed part's, which is written again only when it grows by another step (or an older
 * article changes). Every file keeps its name from build to build and is written only when its bytes change.
 *
 * Each file carries the stamp of the build it belongs to (SearchMeta.sealed for the sealed part's files,
 * SearchMeta.build for the others), so a page holding an older meta.json (a tab open across a deploy, or a
 * deploy half uploaded) sees that a file is not the one it expects, and reads meta.json again.
 */

export const SEARCH_FORMAT = 2;

export const SEARCH_PARTS = ['sealed', 'recent'] as const;
export type SearchPart = (typeof SEARCH_PARTS)[number];

export type SearchMeta = {
  format: typeof SEARCH_FORMAT;
  /** A hash of every file of this build: the stamp its term shards and recent files carry. */
  build: string;
  /** A hash of the sealed part's files: the stamp they carry. */
  sealed: string;
  articleCount: number;
  /** The first term of each term shard, ascending: shard n holds the terms from termShards[n] up to termShards[n + 1]. */
  termShards: string[];
  /**
   * How many pair files each part has (none when it has no article): a pair's postings are in
   * <part>/pairs/<pairShard(pairHash(first, second), pairShards[part])>.json.
   */
  pairShards: Record<SearchPart, number>;
};

/**
 * terms/<n>.json: terms in sorted order with their document frequency and their postings, inline for rare
 * terms (most of the vocabulary: names, numbers), or the index of their row in `places`: where each part's
 * postings of the term are.
 */
export type TermShard = {
  stamp: string;
  terms: string[];
  df: number[];
  postings: Array<number[] | number>;
  places: Array<[sealed: PartPlace, recent: PartPlace]>;
};

/**
 * One part's postings of a term: the number of the part's postings file that holds them, -1 when the part
 * has none of the term's articles, or inline when it has a few (the builder's inlineMaxDf at most).
 */
export type PartPlace = number | number[];

/** <part>/postings/<n>.json: term -> encoded postings (postings-codec.ts). */
export type PostingsFile = { stamp: string; postings: Record<string, number[]> };

/** <part>/pairs/<n>.json: pairKey -> the numbers of the articles holding the pair, as gaps. */
export type PairFile = { stamp: string; pairs: Record<string, number[]> };

/**
 * An impact (a term's weight in one article, before the idf) is stored as a level from 1 to IMPACT_LEVELS
 * on a logarithmic scale up to IMPACT_MAX: fine steps where most weights are (a word a few times in the
 * body), coarse ones among the rare high weights, and few distinct values, so postings compress well.
 */
export const IMPACT_LEVELS = 24;
export const IMPACT_MAX = 40;

export function impactLevel(weight: number): number {
  const level = Math.round((IMPACT_LEVELS * Math.log1p(weight)) / Math.log1p(IMPACT_MAX));
  return Math.min(IMPACT_LEVELS, Math.max(1, level));
}

/** Level -> weight, for scoring: IMPACT_WEIGHTS[level]. */
export const IMPACT_WEIGHTS: Float64Array = Float64Array.from({ length: IMPACT_LEVELS + 1 }, (_, level) =>
  Math.expm1((level * Math.log1p(IMPACT_MAX)) / IMPACT_LEVELS),
);

/** Where in an article a term was found: bits of a posting's field mask. */
export const FIELD = {
  title: 1,
  speaker: 2,
  entity: 4,
  topic: 8,
  body: 16,
  /** Inside a quotation (the body bit is set too). */
  quote: 32,
} as const;

/** Two words side by side (stopwords between them skipped), hashed: see pairHashOf. */
export function pairHash(first: string, second: string): number {
  return pairHashOf(termHash(first), termHash(second));
}

/** FNV-1a of a term. */
export function termHash(term: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < term.length; index += 1) {
    hash ^= term.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A pair's hash from its terms' hashes (so the builder hashes each term once, not each of millions of
 * pairs): the first is multiplied so that "a b" and "b a" differ, then MurmurHash3's finaliser mixes.
 */
export function pairHashOf(first: number, second: number): number {
  let hash = (Math.imul(first, 0x9e3779b1) + second) >>> 0;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** A pair's key in its pair file: the hash in base 36. */
export function pairKey(hash: number): string {
  return hash.toString(36);
}

export function pairShard(hash: number, shards: number): number {
  return hash % shards;
}
