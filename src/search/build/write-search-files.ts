import { createHash, type Hash } from 'node:crypto';
import { readdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeFileIfChanged } from '../../ingest/write-file-if-changed';
import { encodePostings } from '../shared/postings-codec';
import {
  SEARCH_FORMAT,
  SEARCH_PARTS,
  type PartPlace,
  termHash,
  type PairFile,
  type PostingsFile,
  type SearchMeta,
  type SearchPart,
  type TermShard,
} from '../shared/search-format';
import { buildPairs } from './build-pairs';
import { averageBodyOf, buildPostings, type TermPostings } from './build-postings';
import { mapLimit } from './map-limit';
import { DOC_FIELDS, type SearchDoc, type Vocabulary } from './search-doc';

/**
 * File sizes, in characters of JSON (gzip takes them to about a third). Small enough that a query's words
 * fetch little besides what they need, large enough that 100,000 articles make a few thousand files.
 */
export type SearchLayout = {
  /** Terms in at most this many articles keep their postings in their term shard (most terms: names, numbers). */
  inlineMaxDf: number;
  termShardChars: number;
  /** Per part: a common term costs a query one file of each part, so the recent part's are kept small. */
  postingsFileChars: Record<SearchPart, number>;
  pairPostingsPerFile: Record<SearchPart, number>;
  /**
   * The sealed part holds the oldest articles in whole multiples of this many (search-format.ts): the
   * recent part, whose files a day's news changes, stays under this many articles, and the sealed part is
   * written again once every this many new articles.
   */
  sealedStep: number;
};

export const SEARCH_LAYOUT: SearchLayout = {
  inlineMaxDf: 8,
  termShardChars: 24_000,
  postingsFileChars: { sealed: 48_000, recent: 12_000 },
  pairPostingsPerFile: { sealed: 6_000, recent: 1_500 },
  sealedStep: 1024,
};

export type WrittenSearchFiles = { build: string; files: number; bytes: number; written: number };

/** Files written at once. */
const WRITES_AT_ONCE = 64;

/**
 * Writes index/search/ (search-format.ts) for these docs, `docs[n]` the article numbered n from the oldest
 * end, in place: each file keeps its name and is written only when its bytes change; files no longer part
 * of the index are removed, and meta.json is written last. `codeVersion` goes into the stamps, so other
 * builder code never passes its files off as this code's.
 */
export async function writeSearchFiles(
  searchDir: string,
  docs: readonly SearchDoc[],
  vocabulary: Vocabulary,
  codeVersion: string,
  layout: SearchLayout = SEARCH_LAYOUT,
): Promise<WrittenSearchFiles> {
  const sealedEnd = Math.floor(docs.length / layout.sealedStep) * layout.sealedStep;
  const parts: Record<SearchPart, { docs: readonly SearchDoc[]; first: number }> = {
    sealed: { docs: docs.slice(0, sealedEnd), first: 0 },
    recent: { docs: docs.slice(sealedEnd), first: sealedEnd },
  };
  // The stamps hash what the files are made from (the articles' terms, in order), not the files themselves,
  // so they are known before any file is written; the same articles always make the same stamps.
  const termHashes = Uint32Array.from(vocabulary.terms, termHash);
  const sealedStamp = stampOf(inputsHash(codeVersion, layout, parts.sealed.docs, termHashes));
  const buildHash = inputsHash(codeVersion, layout, docs, termHashes).update(sealedStamp);
  const build = stampOf(buildHash);
  const stamps: Record<SearchPart, string> = { sealed: sealedStamp, recent: build };

  const averageBody = averageBodyOf(sealedEnd ? parts.sealed.docs : docs);
  const postings = {
    sealed: buildPostings(parts.sealed.docs, vocabulary.terms.length, { firstOrdinal: 0, averageBody }),
    recent: buildPostings(parts.recent.docs, vocabulary.terms.length, { firstOrdinal: sealedEnd, averageBody }),
  };

  const files = fileSink(searchDir);
  const termShards = await termFiles(postings, vocabulary.terms, layout, stamps, files);
  const pairShards = {} as Record<SearchPart, number>;
  for (const part of SEARCH_PARTS) {
    const pairs = buildPairs(parts[part].docs, vocabulary.terms, layout.pairPostingsPerFile[part], parts[part].first);
    pairShards[part] = pairs.shards;
    for (const [shard, file] of pairs.files()) {
      await files.put(`${part}/pairs/${shard}.json`, JSON.stringify({ stamp: stamps[part], pairs: file } satisfies PairFile));
    }
  }
  await files.done();
  const meta: SearchMeta = {
    format: SEARCH_FORMAT,
    build,
    sealed: sealedStamp,
    articleCount: docs.length,
    termShards,
    pairShards,
  };
  const metaText = JSON.stringify(meta);
  const metaWritten = await writeFileIfChanged(join(searchDir, 'meta.json'), metaText);
  await removeAllBut(searchDir, new Set([...files.paths, 'meta.json']));
  return {
    build,
    files: files.paths.size + 1,
    bytes: files.bytes + metaText.length,
    written: files.written + (metaWritten ? 1 : 0),
  };
}

type FileSink = ReturnType<typeof fileSink>;

/**
 * Writes the index's files as they are made, a few at a time (writeFileIfChanged), so that at 100,000
 * articles the JSON of a few thousand files is never all in memory at once; remembers their paths.
 */
function fileSink(searchDir: string) {
  const sink = { paths: new Set<string>(), bytes: 0, written: 0, put, done };
  let pending: Array<Promise<void>> = [];
  async function put(path: string, content: string): Promise<void> {
    sink.paths.add(path);
    sink.bytes += Buffer.byteLength(content);
    pending.push(
      writeFileIfChanged(join(searchDir, path), content).then((wrote) => {
        if (wrote) sink.written += 1;
      }),
    );
    if (pending.length >= WRITES_AT_ONCE) await done();
  }
  async function done(): Promise<void> {
    const writing = pending;
    pending = [];
    await Promise.all(writing);
  }
  return sink;
}

function stampOf(hash: Hash): string {
  return hash.digest('hex').slice(0, 12);
}

function inputsHash(codeVersion: string, layout: SearchLayout, docs: readonly SearchDoc[], termHashes: Uint32Array): Hash {
  const hash = createHash('sha256').update(`${SEARCH_FORMAT}\n${codeVersion}\n${JSON.stringify(layout)}\n${docs.length}\n`);
  for (const doc of docs) {
    hash.update(`${doc.id}\n`);
    for (const field of DOC_FIELDS) {
      const ids = doc.fields[field];
      const hashes = new Uint32Array(ids.length + 1);
      for (let index = 0; index < ids.length; index += 1) hashes[index] = termHashes[ids[index]!]!;
      hashes[ids.length] = ids.length;
      hash.update(hashes);
    }
  }
  return hash;
}

/** Removes every file and folder under `dir` that is not one of `keep` (paths relative to dir): older layouts' too. */
async function removeAllBut(dir: string, keep: ReadonlySet<string>): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const stale = entries.filter((entry) => entry.isFile() && !keep.has(relative(dir, join(entry.parentPath, entry.name))));
  await mapLimit(stale, WRITES_AT_ONCE, (entry) => rm(join(entry.parentPath, entry.name), { force: true }));
  // Folders left empty (an older layout's build folders): deepest first.
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) if (!(await readdir(folder)).length) await rm(folder, { recursive: true, force: true });
}

type PartPostings = Record<SearchPart, TermPostings>;

/**
 * Term shards and both parts' postings files, all in term order, into `files`; returns the first term of
 * each shard.
 */
async function termFiles(
  postings: PartPostings,
  terms: readonly string[],
  layout: SearchLayout,
  stamps: Record<SearchPart, string>,
  files: FileSink,
): Promise<string[]> {
  const countOf = (part: SearchPart, id: number) => postings[part].start[id + 1]! - postings[part].start[id]!;
  const order: number[] = [];
  for (let id = 0; id < terms.length; id += 1) if (countOf('sealed', id) + countOf('recent', id) > 0) order.push(id);
  order.sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));

  const shardStarts: string[] = [];
  let shard = emptyShard(stamps.recent);
  let shardChars = 0;
  const flushShard = async () => {
    if (!shard.terms.length) return;
    shardStarts.push(shard.terms[0]!);
    await files.put(`terms/${shardStarts.length - 1}.json`, JSON.stringify(shard));
    shard = emptyShard(stamps.recent);
    shardChars = 0;
  };
  const packers = {
    sealed: postingsPacker('sealed', layout, stamps.sealed, files),
    recent: postingsPacker('recent', layout, stamps.recent, files),
  };

  for (const id of order) {
    const term = terms[id]!;
    const counts = { sealed: countOf('sealed', id), recent: countOf('recent', id) };
    const df = counts.sealed + counts.recent;
    // Sealed numbers are all below recent ones: the two runs join into one list, still ascending.
    const inline = df <= layout.inlineMaxDf ? encodePostings(joined(postings, id)) : null;
    const entryChars = inline ? term.length + 4 + JSON.stringify(inline).length : term.length + 10;
    if (shardChars && shardChars + entryChars > layout.termShardChars) await flushShard();
    let where: number[] | number;
    if (inline) where = inline;
    else {
      // Each part on its own: a file when the part has more than inlineMaxDf of the term's articles, so
      // the sealed part's files depend on its own articles only, never on the recent ones.
      const places: PartPlace[] = [];
      for (const part of SEARCH_PARTS) {
        const encoded = counts[part] ? encodedOf(postings[part], id) : null;
        places.push(!encoded ? -1 : counts[part] <= layout.inlineMaxDf ? encoded : await packers[part].add(term, encoded));
      }
      const [sealed, recent] = places as [PartPlace, PartPlace];
      where =
        typeof sealed === 'number' && typeof recent === 'number' ? shard.places.findIndex(([s, r]) => s === sealed && r === recent) : -1;
      if (where < 0) where = shard.places.push([sealed, recent]) - 1;
    }
    shard.terms.push(term);
    shard.df.push(df);
    shard.postings.push(where);
    shardChars += entryChars;
  }
  await flushShard();
  await packers.sealed.flush();
  await packers.recent.flush();
  return shardStarts;
}

function emptyShard(stamp: string): TermShard {
  return { stamp, terms: [], df: [], postings: [], places: [] };
}

function encodedOf(postings: TermPostings, id: number): number[] {
  const from = postings.start[id]!;
  const to = postings.start[id + 1]!;
  return encodePostings({
    ordinals: postings.ordinals.subarray(from, to),
    impacts: postings.impacts.subarray(from, to),
    fields: postings.fields.subarray(from, to),
  });
}

function joined(postings: PartPostings, id: number) {
  const pieces = (['sealed', 'recent'] as const).map((part) => {
    const from = postings[part].start[id]!;
    const to = postings[part].start[id + 1]!;
    return {
      ordinals: postings[part].ordinals.subarray(from, to),
      impacts: postings[part].impacts.subarray(from, to),
      fields: postings[part].fields.subarray(from, to),
    };
  });
  const concat = <T extends Uint32Array | Uint8Array>(make: (size: number) => T, pick: (piece: (typeof pieces)[number]) => T): T => {
    const out = make(pick(pieces[0]!).length + pick(pieces[1]!).length);
    out.set(pick(pieces[0]!));
    out.set(pick(pieces[1]!), pick(pieces[0]!).length);
    return out;
  };
  return {
    ordinals: concat(
      (size) => new Uint32Array(size),
      (piece) => piece.ordinals,
    ),
    impacts: concat(
      (size) => new Uint8Array(size),
      (piece) => piece.impacts,
    ),
    fields: concat(
      (size) => new Uint8Array(size),
      (piece) => piece.fields,
    ),
  };
}

/** Packs one part's postings into numbered files of about postingsFileChars, in term order. */
function postingsPacker(part: SearchPart, layout: SearchLayout, stamp: string, files: FileSink) {
  let file: Record<string, number[]> = {};
  let chars = 0;
  let number = 0;
  const flush = async () => {
    if (!chars) return;
    await files.put(`${part}/postings/${number}.json`, JSON.stringify({ stamp, postings: file } satisfies PostingsFile));
    number += 1;
    file = {};
    chars = 0;
  };
  return {
    /** Adds a term's postings; returns the number of the file that holds them. */
    async add(term: string, encoded: number[]): Promise<number> {
      const size = term.length + 4 + JSON.stringify(encoded).length;
      if (chars && chars + size > layout.postingsFileChars[part]) await flush();
      file[term] = encoded;
      chars += size;
      return number;
    },
    flush,
  };
}
