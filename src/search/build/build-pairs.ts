import { gapsOf } from '../shared/postings-codec';
import { pairHashOf, pairKey, pairShard, termHash } from '../shared/search-format';
import { growable } from './growable';
import { BREAK, type SearchDoc } from './search-doc';

/**
 * For phrase search: which articles hold two words side by side, in the title or the body. A phrase
 * matches where all its neighbouring pairs do; far cheaper to store and to fetch than word positions,
 * whose lists for common words ("said") would run to megabytes.
 */
export type PairIndex = { shards: number; files(): Generator<[number, Record<string, number[]>]> };

/** Ordinals stay below 2^20 in the sort key below (a million articles). */
const ORDINAL_BITS = 2 ** 20;

/** The pairs of these articles, `docs[i]` numbered `firstOrdinal + i` (counted from the oldest end). */
export function buildPairs(docs: readonly SearchDoc[], terms: readonly string[], postingsPerFile: number, firstOrdinal: number): PairIndex {
  const hashes = growable((size) => new Uint32Array(size));
  const ordinals = growable((size) => new Uint32Array(size));
  const termHashes = Uint32Array.from(terms, termHash);
  // Each article's pair hashes, sorted to drop repeats: far faster than a Set of large numbers.
  let docHashes = new Uint32Array(4096);
  docs.forEach((doc, index) => {
    const ordinal = firstOrdinal + index;
    let count = 0;
    for (const ids of [doc.fields.title, doc.fields.body]) {
      let previous = BREAK;
      for (const id of ids) {
        if (previous !== BREAK && id !== BREAK) {
          if (count === docHashes.length) {
            const grown = new Uint32Array(count * 2);
            grown.set(docHashes);
            docHashes = grown;
          }
          docHashes[count++] = pairHashOf(termHashes[previous]!, termHashes[id]!);
        }
        previous = id;
      }
    }
    const sorted = docHashes.subarray(0, count).sort();
    for (let index = 0; index < count; index += 1) {
      if (index > 0 && sorted[index] === sorted[index - 1]) continue;
      hashes.push(sorted[index]!);
      ordinals.push(ordinal);
    }
  });

  // None for no articles (an empty part of the index: search-format.ts).
  const shards = Math.ceil(hashes.length() / postingsPerFile);
  // One sort key per posting, grouped by shard: shard, then hash, then ordinal.
  const allHashes = hashes.values();
  const allOrdinals = ordinals.values();
  const count = new Uint32Array(shards + 1);
  for (const hash of allHashes) count[pairShard(hash, shards) + 1]! += 1;
  for (let shard = 0; shard < shards; shard += 1) count[shard + 1]! += count[shard]!;
  const keys = new Float64Array(allHashes.length);
  const next = count.slice(0, shards);
  allHashes.forEach((hash, index) => {
    keys[next[pairShard(hash, shards)]!++] = hash * ORDINAL_BITS + allOrdinals[index]!;
  });

  function* files(): Generator<[number, Record<string, number[]>]> {
    for (let shard = 0; shard < shards; shard += 1) {
      const run = keys.subarray(count[shard]!, count[shard + 1]!).sort();
      const file: Record<string, number[]> = {};
      let at = 0;
      while (at < run.length) {
        const hash = Math.floor(run[at]! / ORDINAL_BITS);
        const members: number[] = [];
        while (at < run.length && Math.floor(run[at]! / ORDINAL_BITS) === hash) members.push(run[at++]! % ORDINAL_BITS);
        file[pairKey(hash)] = gapsOf(members);
      }
      yield [shard, file];
    }
  }
  return { shards, files };
}
