import { mkdir, readFile } from 'node:fs/promises';
import { writeFileAtomically } from '../../ingest/write-file-if-changed';
import { dirname } from 'node:path';
import { createByteReader, createByteWriter } from './byte-stream';
import { BREAK, DOC_FIELDS, createVocabulary, termIdOf, type SearchDoc, type Vocabulary } from './search-doc';

/**
 * What the search builder remembers between ingest runs, so that only changed articles are read again:
 * each article's terms (as ids into one vocabulary) and its file's size and time. About 0.7 KB an article
 * in a binary file; reading it back for 100,000 articles is far cheaper than parsing 100,000 article files.
 */
export type SearchCache = { codeVersion: string; vocabulary: Vocabulary; docs: Map<string, SearchDoc> };

const MAGIC = 'broadsheet search cache 1';

export function emptySearchCache(codeVersion: string): SearchCache {
  return { codeVersion, vocabulary: createVocabulary(), docs: new Map() };
}

/** The cache, or an empty one when there is none, it is damaged, or other builder code wrote it. */
export async function loadSearchCache(path: string, codeVersion: string): Promise<SearchCache> {
  const bytes = await readFile(path).catch(() => null);
  if (!bytes) return emptySearchCache(codeVersion);
  try {
    const reader = createByteReader(bytes);
    if (reader.text() !== MAGIC || reader.text() !== codeVersion) return emptySearchCache(codeVersion);
    const terms = Array.from({ length: reader.uint() }, () => reader.text());
    const docs = new Map<string, SearchDoc>();
    const docCount = reader.uint();
    for (let index = 0; index < docCount; index += 1) {
      const id = reader.text();
      const size = reader.uint();
      const mtimeMs = reader.float();
      const fields = {} as SearchDoc['fields'];
      for (const field of DOC_FIELDS) fields[field] = reader.uints();
      docs.set(id, { id, size, mtimeMs, fields });
    }
    return { codeVersion, vocabulary: createVocabulary(terms), docs };
  } catch {
    return emptySearchCache(codeVersion);
  }
}

/**
 * One cache of the two parts' (write-search-index.ts keeps the sealed part's articles apart): the newer
 * part's docs first, as both are saved in list order, their term ids moved into the older one's vocabulary.
 */
export function mergeSearchCaches(older: SearchCache, newer: SearchCache): SearchCache {
  const vocabulary = older.vocabulary;
  const newId = Int32Array.from(newer.vocabulary.terms, (term) => termIdOf(vocabulary, term));
  const docs = new Map<string, SearchDoc>();
  for (const doc of newer.docs.values()) {
    const fields = {} as SearchDoc['fields'];
    for (const field of DOC_FIELDS) fields[field] = doc.fields[field].map((id) => newId[id]!);
    docs.set(doc.id, { ...doc, fields });
  }
  // An article in both (a run stopped between saving the two): either copy, as what that run changed
  // comes as changed again (ingest saves its own state last).
  for (const [id, doc] of older.docs) if (!docs.has(id)) docs.set(id, doc);
  return { codeVersion: older.codeVersion, vocabulary, docs };
}

/**
 * Writes these docs (and only the terms they use, so the vocabulary does not grow with every article ever
 * seen). Written to a temporary file first: an interrupted run leaves the old cache, never half of one.
 */
export async function saveSearchCache(
  path: string,
  codeVersion: string,
  vocabulary: Vocabulary,
  docs: readonly SearchDoc[],
): Promise<void> {
  const newId = new Int32Array(vocabulary.terms.length).fill(-1);
  newId[BREAK] = BREAK;
  const terms = [''];
  for (const doc of docs) {
    for (const field of DOC_FIELDS) {
      for (const id of doc.fields[field]) {
        if (newId[id] === -1) {
          newId[id] = terms.length;
          terms.push(vocabulary.terms[id]!);
        }
      }
    }
  }
  const writer = createByteWriter();
  writer.text(MAGIC);
  writer.text(codeVersion);
  writer.uint(terms.length);
  for (const term of terms) writer.text(term);
  writer.uint(docs.length);
  for (const doc of docs) {
    writer.text(doc.id);
    writer.uint(doc.size);
    writer.float(doc.mtimeMs);
    for (const field of DOC_FIELDS) writer.uints(doc.fields[field], newId);
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomically(path, writer.bytes());
}
