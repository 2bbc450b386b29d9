/**
 * The search index files ingest writes and the reader loads on demand, shaped for 100,000 articles on a
 * static host: a query downloads the small term shards of its words and the postings of the terms they
 * match, never the whole index.
 *
 *   <out>/index/search/meta.json                 SearchMeta (small; fetched first, never cached long)
 *   <out>/index/search/<build>/terms/<n>.json    TermShard: a run of terms in sorted order
 *   <out>/index/search/<build>/postings/<n>.json PostingsFile: postings of terms too common to inline
 *   <out>/index/search/<build>/pairs/<n>.json    PairFile: which articles hold two words side by side
 *
 * Files of one build live under their own folder, named by a hash of their content, so a browser or CDN
 * holding files of an older build never mixes them with a newer meta.json.
 *
 * Postings point at ordinals (list positions, 0 = newest; site-index.ts), so search results intersect
 * directly with the filter engine's ordinals and render from the cards chunks.
 */

export const SEARCH_FORMAT = 1;

export type SearchMeta = {
  format: typeof SEARCH_FORMAT;
  /** The folder of this build's files under index/search/. */
  build: string;
  articleCount: number;
  /** The first term of each term shard, ascending: shard n holds the terms from termShards[n] up to termShards[n + 1]. */
  termShards: string[];
  /** How many pair files there are: a pair's postings are in pairs/<pairShard(pairHash(first, second), pairShards)>.json. */
  pairShards: number;
};

/**
 * terms/<n>.json: terms in sorted order with their document frequency and their postings, inline for rare
 * terms (most of the vocabulary: names, numbers) or the number of the postings file that holds them.
 */
export type TermShard = {
  terms: string[];
  df: number[];
  postings: Array<number[] | number>;
};

/** postings/<n>.json: term -> encoded postings (postings-codec.ts). */
export type PostingsFile = Record<string, number[]>;

/** pairs/<n>.json: pairKey -> the ordinals of the articles holding the pair, as gaps. */
export type PairFile = Record<string, number[]>;

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
