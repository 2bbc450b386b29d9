import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathExists } from './path-exists';
import { writeFileAtomically } from '../../ingest/write-file-if-changed';
import { encodePostings } from '../shared/postings-codec';
import { SEARCH_FORMAT, type PostingsFile, type SearchMeta, type TermShard } from '../shared/search-format';
import { buildPairs } from './build-pairs';
import { buildPostings, type TermPostings } from './build-postings';
import type { SearchDoc, Vocabulary } from './search-doc';

/**
 * File sizes, in characters of JSON (gzip takes them to about a third). Small enough that a query's words
 * fetch little besides what they need, large enough that 100,000 articles make a few thousand files.
 */
export type SearchLayout = {
  /** Terms in at most this many articles keep their postings in their term shard (most terms: names, numbers). */
  inlineMaxDf: number;
  termShardChars: number;
  postingsFileChars: number;
  pairPostingsPerFile: number;
};

export const SEARCH_LAYOUT: SearchLayout = {
  inlineMaxDf: 8,
  termShardChars: 24_000,
  postingsFileChars: 48_000,
  pairPostingsPerFile: 6_000,
};

export type WrittenSearchFiles = { build: string; files: number; bytes: number };

/**
 * Writes index/search/meta.json and the build's files (search-format.ts) for these docs, `docs[ordinal]`.
 * The files go to a temporary folder named by their hash once complete; older builds are removed after the
 * new meta.json points at the new one.
 */
export async function writeSearchFiles(
  searchDir: string,
  docs: readonly SearchDoc[],
  vocabulary: Vocabulary,
  layout: SearchLayout = SEARCH_LAYOUT,
): Promise<WrittenSearchFiles> {
  const building = join(searchDir, `.building-${process.pid}`);
  await rm(building, { recursive: true, force: true });
  const hash = createHash('sha256');
  let files = 0;
  let bytes = 0;
  let pending: Array<Promise<void>> = [];
  const madeDirs = new Set<string>();
  const emit = async (folder: string, name: string, value: unknown) => {
    const content = JSON.stringify(value);
    hash.update(`${folder}/${name}\n`).update(content);
    files += 1;
    bytes += Buffer.byteLength(content);
    const dir = join(building, folder);
    if (!madeDirs.has(dir)) {
      await mkdir(dir, { recursive: true });
      madeDirs.add(dir);
    }
    pending.push(writeFile(join(dir, name), content));
    if (pending.length >= 64) {
      await Promise.all(pending);
      pending = [];
    }
  };

  // Built and written in one expression, so the postings can be freed before the pairs are built.
  const termShards = await emitTerms(buildPostings(docs, vocabulary.terms.length), vocabulary.terms, layout, emit);
  const pairs = buildPairs(docs, vocabulary.terms, layout.pairPostingsPerFile);
  for (const [shard, file] of pairs.files()) await emit('pairs', `${shard}.json`, file);
  await Promise.all(pending);

  const build = hash.digest('hex').slice(0, 12);
  const target = join(searchDir, build);
  if (await pathExists(target)) await rm(building, { recursive: true, force: true });
  else await rename(building, target);

  const meta: SearchMeta = { format: SEARCH_FORMAT, build, articleCount: docs.length, termShards, pairShards: pairs.shards };
  const metaPath = join(searchDir, 'meta.json');
  const metaText = JSON.stringify(meta);
  if ((await readFile(metaPath, 'utf8').catch(() => null)) !== metaText) await writeFileAtomically(metaPath, metaText);
  for (const entry of await readdir(searchDir)) {
    if (entry !== build && entry !== 'meta.json') await rm(join(searchDir, entry), { recursive: true, force: true });
  }
  return { build, files: files + 1, bytes: bytes + metaText.length };
}

type Emit = (folder: string, name: string, value: unknown) => Promise<void>;

/** Term shards and postings files, both in term order; returns the first term of each shard. */
async function emitTerms(postings: TermPostings, terms: readonly string[], layout: SearchLayout, emit: Emit): Promise<string[]> {
  const order: number[] = [];
  for (let id = 0; id < terms.length; id += 1) if (postings.start[id + 1]! > postings.start[id]!) order.push(id);
  order.sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));

  const shardStarts: string[] = [];
  let shard: TermShard = { terms: [], df: [], postings: [] };
  let shardChars = 0;
  let file: PostingsFile = {};
  let fileChars = 0;
  let fileNumber = 0;
  const flushShard = async () => {
    if (!shard.terms.length) return;
    shardStarts.push(shard.terms[0]!);
    await emit('terms', `${shardStarts.length - 1}.json`, shard);
    shard = { terms: [], df: [], postings: [] };
    shardChars = 0;
  };
  const flushFile = async () => {
    if (!fileChars) return;
    await emit('postings', `${fileNumber}.json`, file);
    fileNumber += 1;
    file = {};
    fileChars = 0;
  };

  for (const id of order) {
    const from = postings.start[id]!;
    const to = postings.start[id + 1]!;
    const df = to - from;
    const encoded = encodePostings({
      ordinals: postings.ordinals.subarray(from, to),
      impacts: postings.impacts.subarray(from, to),
      fields: postings.fields.subarray(from, to),
    });
    const term = terms[id]!;
    const chars = term.length + 4 + JSON.stringify(encoded).length;
    let where: number[] | number = encoded;
    if (df > layout.inlineMaxDf) {
      if (fileChars && fileChars + chars > layout.postingsFileChars) await flushFile();
      file[term] = encoded;
      fileChars += chars;
      where = fileNumber;
    }
    const entryChars = Array.isArray(where) ? chars : term.length + 10;
    if (shardChars && shardChars + entryChars > layout.termShardChars) await flushShard();
    shard.terms.push(term);
    shard.df.push(df);
    shard.postings.push(where);
    shardChars += entryChars;
  }
  await flushShard();
  await flushFile();
  return shardStarts;
}
