import { createHash, type Hash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { writeFileIfChanged } from '../../ingest/write-file-if-changed';
import { decodePostings, encodePostings } from '../shared/postings-codec';
import {
  SEARCH_FORMAT,
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
import { idsHash, type SealedTable, type SealedTerm } from './sealed-table';
import { DOC_FIELDS, termIdOf, type SearchDoc, type Vocabulary } from './search-doc';
import { removeOutput } from '../../ingest/noted-changes';

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

export type WrittenSearchFiles = {
  build: string;
  files: number;
  bytes: number;
  written: number;
  /** The sealed part as built on this run, to keep for the next (sealed-table.ts); null when it was taken from `sealedBefore`. */
  sealed: SealedTable | null;
};

/** Files written at once. */
const WRITES_AT_ONCE = 64;

/** How many of `count` articles the sealed part holds: the oldest, in whole multiples of the layout's step. */
export function sealedArticles(count: number, layout: SearchLayout): number {
  return Math.floor(count / layout.sealedStep) * layout.sealedStep;
}

/**
 * Writes index/search/ (search-format.ts) for these docs, `docs[n]` the article numbered n from the oldest
 * end, in place: each file keeps its name and is written only when its bytes change; files no longer part
 * of the index are removed, and meta.json is written last. `codeVersion` goes into the stamps, so other
 * builder code never passes its files off as this code's.
 *
 * With `sealedBefore`, the sealed part of the last build, which the caller knows holds the same articles as
 * this one's would (write-search-index.ts), `docs` are only the articles after it (`docs[n]` numbered
 * `sealedBefore.articles + n`): the part's files are left as they are and its terms taken from the table,
 * so only the recent part and the term shards are built, to the same bytes as building everything again.
 */
export async function writeSearchFiles(
  searchDir: string,
  docs: readonly SearchDoc[],
  vocabulary: Vocabulary,
  codeVersion: string,
  layout: SearchLayout = SEARCH_LAYOUT,
  sealedBefore: SealedTable | null = null,
): Promise<WrittenSearchFiles> {
  const articleCount = (sealedBefore?.articles ?? 0) + docs.length;
  const sealedEnd = sealedArticles(articleCount, layout);
  if (sealedBefore && sealedBefore.articles !== sealedEnd)
    throw new Error(`search index: a sealed part of ${sealedBefore.articles} articles cannot be kept for ${articleCount}`);
  const recentDocs = sealedBefore ? docs : docs.slice(sealedEnd);
  const files = fileSink(searchDir);
  // Before the term hashes: the table's terms join the vocabulary.
  const reused = sealedBefore ? reusedSealed(sealedBefore, vocabulary, files) : null;
  const termHashes = Uint32Array.from(vocabulary.terms, termHash);
  const built = reused ? null : builtSealed(docs, sealedEnd, vocabulary, codeVersion, layout, termHashes, files);
  const sealed: SealedSource = reused ?? built!;
  // The stamps hash what the files are made from (the articles' terms, in order), not the files themselves,
  // so they are known before any file is written; the same articles always make the same stamps. The
  // sealed part's stamp stands for its articles, so the build's hashes the recent ones and that stamp.
  const build = stampOf(inputsHash(codeVersion, layout, recentDocs, termHashes).update(`${articleCount}\n${sealed.stamp}`));
  const stamps: Record<SearchPart, string> = { sealed: sealed.stamp, recent: build };

  const recent = buildPostings(recentDocs, vocabulary.terms.length, { firstOrdinal: sealedEnd, averageBody: sealed.averageBody });
  const termShards = await termFiles(sealed, recent, vocabulary.terms, layout, stamps, files);
  const pairShards = { sealed: 0, recent: 0 };
  const pairParts: Array<[SearchPart, readonly SearchDoc[], number]> = [['recent', recentDocs, sealedEnd]];
  if (reused) pairShards.sealed = reused.pairShards;
  else pairParts.unshift(['sealed', docs.slice(0, sealedEnd), 0]);
  for (const [part, partDocs, first] of pairParts) {
    const pairs = buildPairs(partDocs, vocabulary.terms, layout.pairPostingsPerFile[part], first);
    pairShards[part] = pairs.shards;
    for (const [shard, file] of pairs.files()) {
      await files.put(`${part}/pairs/${shard}.json`, JSON.stringify({ stamp: stamps[part], pairs: file } satisfies PairFile));
    }
  }
  await files.done();
  const meta: SearchMeta = {
    format: SEARCH_FORMAT,
    build,
    sealed: sealed.stamp,
    articleCount,
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
    sealed: built ? built.table(sealedEnd, pairShards.sealed, files.sealedBytes) : null,
  };
}

/** What the term pass needs of the sealed part, whether built on this run or taken from the last. */
type SealedSource = {
  stamp: string;
  averageBody: number;
  /** The term's document frequency in the part. */
  count(id: number): number;
  /** Its postings there, encoded: asked only of terms in at most inlineMaxDf of the part's articles. */
  encoded(id: number): number[];
  /** The postings file that holds its postings: asked, once and in term order, of the others. */
  place(term: string, id: number): Promise<number>;
  /** Writes what the part's postings files still hold, when they are written on this run. */
  flush?(): Promise<void>;
};

/** The sealed part of the last build, its files kept as they are (their paths and sizes told to `files`). */
function reusedSealed(before: SealedTable, vocabulary: Vocabulary, files: FileSink): SealedSource & { pairShards: number } {
  const ids = [...before.terms.keys()].map((term) => termIdOf(vocabulary, term));
  const terms = new Array<SealedTerm | undefined>(vocabulary.terms.length);
  let at = 0;
  for (const entry of before.terms.values()) terms[ids[at++]!] = entry;
  for (let file = 0; file < before.postingsFiles; file += 1) files.keep(`sealed/postings/${file}.json`);
  for (let shard = 0; shard < before.pairShards; shard += 1) files.keep(`sealed/pairs/${shard}.json`);
  files.keepBytes(before.bytes);
  return {
    stamp: before.stamp,
    averageBody: before.averageBody,
    pairShards: before.pairShards,
    count: (id) => terms[id]?.df ?? 0,
    encoded: (id) => terms[id]!.encoded!,
    place: async (_term, id) => terms[id]!.file,
  };
}

/** The sealed part built from its articles: its postings files are written as the term pass asks for them. */
function builtSealed(
  allDocs: readonly SearchDoc[],
  sealedEnd: number,
  vocabulary: Vocabulary,
  codeVersion: string,
  layout: SearchLayout,
  termHashes: Uint32Array,
  files: FileSink,
) {
  const docs = allDocs.slice(0, sealedEnd);
  const stamp = stampOf(inputsHash(codeVersion, layout, docs, termHashes));
  // Over the recent articles while nothing is sealed yet.
  const averageBody = averageBodyOf(sealedEnd ? docs : allDocs);
  const postings = buildPostings(docs, vocabulary.terms.length, { firstOrdinal: 0, averageBody });
  const packer = postingsPacker('sealed', layout, stamp, files);
  const fileOf = new Map<number, number>();
  const count = (id: number) => postings.start[id + 1]! - postings.start[id]!;
  const encoded = (id: number) => encodedOf(postings, id);
  return {
    stamp,
    averageBody,
    count,
    encoded,
    async place(term: string, id: number) {
      const file = await packer.add(term, encoded(id));
      fileOf.set(id, file);
      return file;
    },
    flush: () => packer.flush(),
    /** What the next build needs to take this part as it is (sealed-table.ts). */
    table(articles: number, pairShards: number, bytes: number): SealedTable {
      const terms = new Map<string, SealedTerm>();
      for (let id = 0; id < vocabulary.terms.length; id += 1) {
        const df = count(id);
        if (!df) continue;
        const file = fileOf.get(id);
        terms.set(vocabulary.terms[id]!, file === undefined ? { df, file: -1, encoded: encoded(id) } : { df, file, encoded: null });
      }
      return {
        stamp,
        articles,
        ids: idsHash(docs.map((doc) => doc.id)),
        averageBody,
        postingsFiles: packer.files(),
        pairShards,
        bytes,
        terms,
      };
    },
  };
}

type FileSink = ReturnType<typeof fileSink>;

/**
 * Writes the index's files as they are made, a few at a time (writeFileIfChanged), so that at 100,000
 * articles the JSON of a few thousand files is never all in memory at once; remembers their paths, and
 * those of files kept as they are.
 */
function fileSink(searchDir: string) {
  const sink = { paths: new Set<string>(), bytes: 0, sealedBytes: 0, written: 0, put, keep, keepBytes, done };
  let pending: Array<Promise<void>> = [];
  async function put(path: string, content: string): Promise<void> {
    sink.paths.add(path);
    const bytes = Buffer.byteLength(content);
    sink.bytes += bytes;
    if (path.startsWith('sealed/')) sink.sealedBytes += bytes;
    pending.push(
      writeFileIfChanged(join(searchDir, path), content).then((wrote) => {
        if (wrote) sink.written += 1;
      }),
    );
    if (pending.length >= WRITES_AT_ONCE) await done();
  }
  function keep(path: string): void {
    sink.paths.add(path);
  }
  function keepBytes(bytes: number): void {
    sink.bytes += bytes;
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
  await mapLimit(stale, WRITES_AT_ONCE, (entry) => removeOutput(join(entry.parentPath, entry.name)));
  // Folders left empty (an older layout's build folders): deepest first.
  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) if (!(await readdir(folder)).length) await removeOutput(folder, { recursive: true });
}

/**
 * Term shards and both parts' postings files, all in term order, into `files`; returns the first term of
 * each shard.
 */
async function termFiles(
  sealed: SealedSource,
  recent: TermPostings,
  terms: readonly string[],
  layout: SearchLayout,
  stamps: Record<SearchPart, string>,
  files: FileSink,
): Promise<string[]> {
  const recentCount = (id: number) => recent.start[id + 1]! - recent.start[id]!;
  const order: number[] = [];
  for (let id = 0; id < terms.length; id += 1) if (sealed.count(id) + recentCount(id) > 0) order.push(id);
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
  const recentPacker = postingsPacker('recent', layout, stamps.recent, files);

  for (const id of order) {
    const term = terms[id]!;
    const counts = { sealed: sealed.count(id), recent: recentCount(id) };
    const df = counts.sealed + counts.recent;
    const recentEncoded = () => encodedOf(recent, id);
    // Sealed numbers are all below recent ones: the two runs join into one list, still ascending.
    const inline = df <= layout.inlineMaxDf ? joined(counts.sealed ? sealed.encoded(id) : [], counts.recent ? recentEncoded() : []) : null;
    const entryChars = inline ? term.length + 4 + JSON.stringify(inline).length : term.length + 10;
    if (shardChars && shardChars + entryChars > layout.termShardChars) await flushShard();
    let where: number[] | number;
    if (inline) where = inline;
    else {
      // Each part on its own: a file when the part has more than inlineMaxDf of the term's articles, so
      // the sealed part's files depend on its own articles only, never on the recent ones.
      const sealedPlace: PartPlace = !counts.sealed
        ? -1
        : counts.sealed <= layout.inlineMaxDf
          ? sealed.encoded(id)
          : await sealed.place(term, id);
      const recentPlace: PartPlace = !counts.recent
        ? -1
        : counts.recent <= layout.inlineMaxDf
          ? recentEncoded()
          : await recentPacker.add(term, recentEncoded());
      where =
        typeof sealedPlace === 'number' && typeof recentPlace === 'number'
          ? shard.places.findIndex(([s, r]) => s === sealedPlace && r === recentPlace)
          : -1;
      if (where < 0) where = shard.places.push([sealedPlace, recentPlace]) - 1;
    }
    shard.terms.push(term);
    shard.df.push(df);
    shard.postings.push(where);
    shardChars += entryChars;
  }
  await flushShard();
  await sealed.flush?.();
  await recentPacker.flush();
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

/** One term's encoded postings in the two parts, as one list (postings-codec.ts): the sealed part's numbers come first. */
function joined(sealed: number[], recent: number[]): number[] {
  const parts = [decodePostings(sealed), decodePostings(recent)];
  const concat = <T extends Uint32Array | Uint8Array>(make: (size: number) => T, [a, b]: [T, T]): T => {
    const out = make(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  };
  return encodePostings({
    ordinals: concat((size) => new Uint32Array(size), [parts[0]!.ordinals, parts[1]!.ordinals]),
    impacts: concat((size) => new Uint8Array(size), [parts[0]!.impacts, parts[1]!.impacts]),
    fields: concat((size) => new Uint8Array(size), [parts[0]!.fields, parts[1]!.fields]),
  });
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
    /** Files written so far: all of them once flushed. */
    files: () => number + (chars ? 1 : 0),
  };
}
