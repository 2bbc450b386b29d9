import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { writeFileAtomically } from '../../ingest/write-file-if-changed';
import { createByteReader, createByteWriter } from './byte-stream';

/**
 * What the term shards need of the sealed part of the index (write-search-files.ts), and what its files
 * are, kept between builds beside the search cache. A build whose sealed part holds the same articles as
 * the last one takes the part from here instead of building its postings and pairs again: the work of a
 * day's news then grows with the recent part and the vocabulary, not with the archive.
 */
export type SealedTable = {
  /** The part's stamp (meta.sealed): the files on disk are this part's when meta.json names it. */
  stamp: string;
  /** How many articles it holds: the oldest, in a whole multiple of the layout's sealedStep. */
  articles: number;
  /** A hash of their ids, oldest first. */
  ids: string;
  /** BM25's average body length, which the recent part's weights are computed with too. */
  averageBody: number;
  postingsFiles: number;
  pairShards: number;
  /** Characters of JSON in its files, for the build's report. */
  bytes: number;
  terms: Map<string, SealedTerm>;
};

/**
 * A term of the sealed part: its document frequency there, and either the postings file that holds its
 * postings (more than inlineMaxDf of them) or the postings themselves, encoded (postings-codec.ts).
 */
export type SealedTerm = { df: number; file: number; encoded: null } | { df: number; file: -1; encoded: number[] };

const MAGIC = 'broadsheet sealed search part 1';

/** The table, or null when there is none, it is damaged, or other builder code or another layout made it. */
export async function loadSealedTable(path: string, codeVersion: string, layout: object): Promise<SealedTable | null> {
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return null;
  try {
    const reader = createByteReader(bytes);
    if (reader.text() !== MAGIC || reader.text() !== codeVersion || reader.text() !== JSON.stringify(layout)) return null;
    const table: SealedTable = {
      stamp: reader.text(),
      articles: reader.uint(),
      ids: reader.text(),
      averageBody: reader.float(),
      postingsFiles: reader.uint(),
      pairShards: reader.uint(),
      bytes: reader.uint(),
      terms: new Map(),
    };
    const count = reader.uint();
    for (let index = 0; index < count; index += 1) {
      const term = reader.text();
      const df = reader.uint();
      const file = reader.uint() - 1;
      table.terms.set(term, file < 0 ? { df, file: -1, encoded: [...reader.uints()] } : { df, file, encoded: null });
    }
    return reader.done() ? table : null;
  } catch {
    return null;
  }
}

/** Written whole under a temporary name: an interrupted run leaves the old table or none, never half of one. */
export async function saveSealedTable(path: string, codeVersion: string, layout: object, table: SealedTable): Promise<void> {
  const writer = createByteWriter();
  writer.text(MAGIC);
  writer.text(codeVersion);
  writer.text(JSON.stringify(layout));
  writer.text(table.stamp);
  writer.uint(table.articles);
  writer.text(table.ids);
  writer.float(table.averageBody);
  writer.uint(table.postingsFiles);
  writer.uint(table.pairShards);
  writer.uint(table.bytes);
  writer.uint(table.terms.size);
  for (const [term, { df, file, encoded }] of table.terms) {
    writer.text(term);
    writer.uint(df);
    writer.uint(file + 1);
    if (encoded) writer.uints(Uint32Array.from(encoded));
  }
  await writeFileAtomically(path, writer.bytes());
}

/** What SealedTable.ids holds for these article ids, oldest first. */
export function idsHash(ids: readonly string[]): string {
  return createHash('sha256').update(ids.join('\n')).digest('hex');
}

/** Before the sealed part's files are written again: a table left beside half-written files would pass them off as whole. */
export async function removeSealedTable(path: string): Promise<void> {
  await rm(path, { force: true });
}
