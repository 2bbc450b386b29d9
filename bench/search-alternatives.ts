import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Document } from 'flexsearch';
import MiniSearch, { type Options } from 'minisearch';
import * as pagefind from 'pagefind';
import type { Article } from '../src/article/article-schema';
import { searchFieldsOf } from '../src/search/build/article-search-fields';
import { mapLimit } from '../src/search/build/map-limit';

/** One article as the whole-index libraries take it: plain text per field. */
export type PlainDoc = { ordinal: number; id: string; title: string; speakers: string; entities: string; topics: string; body: string };

export type IndexSize = { files: number; rawMB: number; gzipMB: number; largestFileGzipKB: number };

export type NodeEngine = { name: string; buildSeconds: number; size: IndexSize; loadMs: number; query(text: string): number[] };

export async function readPlainDocs(outDir: string, ids: readonly string[]): Promise<PlainDoc[]> {
  return mapLimit(ids, 32, async (id, ordinal) => {
    const fields = searchFieldsOf(JSON.parse(await readFile(join(outDir, 'articles', `${id}.json`), 'utf8')) as Article);
    return {
      ordinal,
      id,
      title: fields.title,
      speakers: fields.speakers.join(' · '),
      entities: fields.entities.join(' · '),
      topics: fields.topics.join(' · '),
      body: fields.blocks.join('\n'),
    };
  });
}

const FIELDS = ['title', 'speakers', 'entities', 'topics', 'body'] as const;

/** MiniSearch with one index for everything, as its documentation sets it up: prefix and fuzzy search, field boosts. */
export function miniSearchEngine(docs: readonly PlainDoc[]): NodeEngine {
  const options: Options<PlainDoc> = {
    idField: 'ordinal',
    fields: [...FIELDS],
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND', boost: { title: 5, speakers: 4, entities: 3, topics: 2 } },
  };
  let started = performance.now();
  const index = new MiniSearch<PlainDoc>(options);
  index.addAll(docs as PlainDoc[]);
  const buildSeconds = (performance.now() - started) / 1000;
  const json = JSON.stringify(index);
  const size = sizeOf([json]);
  started = performance.now();
  const loaded = MiniSearch.loadJSON<PlainDoc>(json, options);
  const loadMs = performance.now() - started;
  return {
    name: 'MiniSearch 7.2 (one index)',
    buildSeconds,
    size,
    loadMs,
    query: (text) => loaded.search(text).map((hit) => hit.id as number),
  };
}

/** FlexSearch 0.8 document index, forward tokenisation (prefixes), exported in its own chunks. */
export async function flexSearchEngine(docs: readonly PlainDoc[]): Promise<NodeEngine> {
  const make = () => new Document<PlainDoc>({ tokenize: 'forward', encoder: 'Normalize', document: { id: 'ordinal', index: [...FIELDS] } });
  let started = performance.now();
  const index = make();
  for (const doc of docs) index.add(doc);
  const buildSeconds = (performance.now() - started) / 1000;
  const chunks: Array<[string, string]> = [];
  await index.export((key: string, data: string) => {
    chunks.push([key, data]);
  });
  const size = sizeOf(chunks.map(([, data]) => data));
  started = performance.now();
  const loaded = make();
  for (const [key, data] of chunks) await loaded.import(key, data);
  const loadMs = performance.now() - started;
  return {
    name: 'FlexSearch 0.8 (document index)',
    buildSeconds,
    size,
    loadMs,
    query: (text) => {
      const results = loaded.search(text, { limit: 100_000, merge: true }) as unknown as Array<{ id: number }>;
      return results.map((result) => result.id);
    },
  };
}

/**
 * Pagefind 1.6 through its Node API: each article as an HTML page whose title, speakers and entities carry
 * Pagefind's weights, the ordinal in its metadata. Writes Pagefind's bundle (index and browser library).
 */
export async function buildPagefind(docs: readonly PlainDoc[], outputPath: string): Promise<{ buildSeconds: number; size: IndexSize }> {
  await rm(outputPath, { recursive: true, force: true });
  await mkdir(outputPath, { recursive: true });
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await mapLimit(docs, 16, async (doc) => {
    const html =
      `<html lang="en"><body><main data-pagefind-body><h1 data-pagefind-weight="5">${escape(doc.title)}</h1>` +
      `<span data-pagefind-meta="ordinal" hidden>${doc.ordinal}</span>` +
      `<p data-pagefind-weight="4">${escape(doc.speakers)}</p><p data-pagefind-weight="3">${escape(doc.entities)}</p>` +
      `<p data-pagefind-weight="2">${escape(doc.topics)}</p>` +
      doc.body
        .split('\n')
        .map((block) => `<p>${escape(block)}</p>`)
        .join('') +
      '</main></body></html>';
    const response = await index.addHTMLFile({ url: `/articles/${doc.id}`, content: html });
    if (response.errors.length) throw new Error(`pagefind: ${response.errors.join('; ')}`);
  });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  const buildSeconds = (performance.now() - started) / 1000;
  await pagefind.close();
  return { buildSeconds, size: await folderSize(outputPath) };
}

export function sizeOf(contents: readonly (string | Uint8Array)[]): IndexSize {
  let raw = 0;
  let gzip = 0;
  let largest = 0;
  for (const content of contents) {
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    const compressed = gzipSync(bytes).length;
    raw += bytes.length;
    gzip += compressed;
    largest = Math.max(largest, compressed);
  }
  return { files: contents.length, rawMB: raw / 1e6, gzipMB: gzip / 1e6, largestFileGzipKB: largest / 1024 };
}

export async function folderSize(dir: string): Promise<IndexSize> {
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const contents = await mapLimit(entries, 64, (entry) => readFile(join(entry.parentPath, entry.name)));
  return sizeOf(contents);
}
