/**
 * Where each list card is kept. The list's cards, newest first, are split into files of `chunkSize`:
 * - `index/cards/0.json`: the newest `chunkSize` cards, the list's first screen, at a fixed name, so the
 *   first view fetches it beside the manifest (boot script, list route) with no round trip between;
 * - `index/cards/1.json`, `2.json`, ...: the whole archive in files counted from the OLDEST end (1 holds
 *   the oldest `chunkSize`), each newest first; `manifest.chunkCount` of them, the last one partly full.
 * Counted from the oldest end, an old file's cards never move: a day's new articles change 0.json and
 * the newest one or two numbered files, never the other 999 of an archive of 100,000 (issue 20).
 * Node code (ingest, the search build) imports this module too: relative imports only.
 */
import type { SiteManifest } from '../article/site-index';

/** The file that holds the newest cards (the list's first screen). */
export const NEWEST_CHUNK = 0;

type Layout = Pick<SiteManifest, 'chunkSize' | 'articleCount'>;

/** The chunk that holds the card of list position `ordinal` (0: the newest), and its index in that chunk. */
export function cardPlace(ordinal: number, { chunkSize, articleCount }: Layout): { chunk: number; index: number } {
  if (ordinal < chunkSize) return { chunk: NEWEST_CHUNK, index: ordinal };
  const fromOldest = articleCount - 1 - ordinal;
  const file = Math.floor(fromOldest / chunkSize);
  // Past the newest chunkSize cards, every file read is full (only the newest numbered one is not).
  return { chunk: file + 1, index: chunkSize - 1 - (fromOldest - file * chunkSize) };
}

/** Numbered chunk n (from 1) as list positions [start, end): newest first, as the cards in it. */
export function chunkOrdinals(chunk: number, { chunkSize, articleCount }: Layout): { start: number; end: number } {
  if (chunk === NEWEST_CHUNK) return { start: 0, end: Math.min(chunkSize, articleCount) };
  const oldestInChunk = (chunk - 1) * chunkSize;
  return { start: Math.max(0, articleCount - oldestInChunk - chunkSize), end: articleCount - oldestInChunk };
}

/** The numbered chunks in list order (newest first): reading them in turn gives every card once. */
export function numberedChunksNewestFirst(manifest: Pick<SiteManifest, 'chunkCount'>): number[] {
  return Array.from({ length: manifest.chunkCount }, (_, index) => manifest.chunkCount - index);
}

/**
 * The entity postings and the search index number articles from the OLDEST end (0: the oldest), as the
 * numbered card chunks are kept: an article's number does not move when newer articles arrive, so a day's
 * news leaves the files of older articles' names and words alone (issue 20). The list, the filters and the
 * cards count list positions (0: the newest). This turns one into the other, either way.
 */
export function otherEndOrdinal(ordinal: number, articleCount: number): number {
  return articleCount - 1 - ordinal;
}

/**
 * Ascending numbers from the oldest end, as gaps (the files' form: the first is absolute) -> ascending list
 * positions. A number past this list's end is left out: it is an article newer than the manifest the page
 * holds (a tab open across a deploy), which its list cannot show.
 */
export function listOrdinalsFromGaps(gaps: readonly number[], articleCount: number): Uint32Array {
  let fromOldest = 0;
  let kept = 0;
  for (let index = 0; index < gaps.length; index += 1) {
    fromOldest = index === 0 ? gaps[0]! : fromOldest + gaps[index]!;
    if (fromOldest < articleCount) kept = index + 1;
  }
  const ordinals = new Uint32Array(kept);
  fromOldest = 0;
  for (let index = 0; index < kept; index += 1) {
    fromOldest = index === 0 ? gaps[0]! : fromOldest + gaps[index]!;
    ordinals[kept - 1 - index] = articleCount - 1 - fromOldest;
  }
  return ordinals;
}
