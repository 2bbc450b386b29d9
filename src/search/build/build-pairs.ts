import { gapsOf } from '../shared/postings-codec';
import { pairHash, pairKey, pairShard, type PairFile } from '../shared/search-format';
import { growable } from './growable';
import { BREAK, type SearchDoc } from './search-doc';

/**
 * For phrase search: which articles hold two words side by side, in the title or the body. A phrase
 * matches where all its neighbouring pairs do; far cheaper to store and to fetch than word positions,
 * whose lists for common words ("said") would run to megabytes.
 */
export type PairIndex = { shards: number; files(): Generator<[number, PairFile]> };

/** Ordinals stay below 2^20 in the sort key below (a million articles). */
const ORDINAL_BITS = 2 ** 20;

export function buildPairs(docs: readonly SearchDoc[], terms: readonly string[], postingsPerFile: number): PairIndex {
  const hashes = growable((size) => new Uint32Array(size));
  const ordinals = growable((size) => new Uint32Array(size));
  const vocabularySize = terms.length;
  docs.forEach((doc, ordinal) => {
    const seen = new Set<number>();
    for (const ids of [doc.fields.title, doc.fields.body]) {
      let previous = BREAK;
      for (const id of ids) {
        if (previous !== BREAK && id !== BREAK) seen.add(previous * vocabularySize + id);
        previous = id;
      }
    }
    const docHashes = new Set<number>();
    for (const pair of seen) {
      docHashes.add(pairHash(terms[Math.floor(pair / vocabularySize)]!, terms[pair % vocabularySize]!));
    }
    for (const hash of docHashes) {
      hashes.push(hash);
      ordinals.push(ordinal);
    }
  });

  const shards = Math.max(1, Math.ceil(hashes.length() / postingsPerFile));
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

  function* files(): Generator<[number, PairFile]> {
    for (let shard = 0; shard < shards; shard += 1) {
      const run = keys.subarray(count[shard]!, count[shard + 1]!).sort();
      const file: PairFile = {};
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
