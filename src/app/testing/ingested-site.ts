/* Test support, run in Node by Vitest: it builds the site's data with the real ingest so component tests see
   exactly what the reader is served. Never part of the browser bundle (eslint.config.js allows its imports). */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Article } from '@/article/article-schema';
import type { SiteManifest } from '@/article/site-index';
import { findSources } from '@/ingest/find-sources';
import { ingestFile } from '@/ingest/ingest-file';
import { quotedLinesOf } from '@/ingest/quoted-lines';
import { writeIndex, type IndexEntry } from '@/ingest/write-index';

/** The data files of a site, by path below data/ ("index/manifest.json", "articles/<id>.json"). */
export type IngestedSite = {
  files: ReadonlyMap<string, string>;
  manifest: SiteManifest;
  articles: ReadonlyMap<string, Article>;
  /** The original article the project started from (content/000_2109c60526df57ad.txt). */
  seed: Article;
};

const CONTENT_DIR = resolve(import.meta.dirname, '../../../content');
const SEED_SOURCE = '000_2109c60526df57ad.txt';

type Options = {
  /**
   * Extra copies of every text article, each moved `copyDays` days further back, so the list spans
   * more than one chunk of cards. The copies are the real texts with their date line changed.
   */
  copies?: number;
};

const cache = new Map<string, Promise<IngestedSite>>();

/** The sample corpus (content/) run through the real ingest and index writer; built once per test file. */
export function ingestedSite(options: Options = {}): Promise<IngestedSite> {
  const key = JSON.stringify(options);
  let site = cache.get(key);
  if (!site) {
    site = build(options);
    cache.set(key, site);
  }
  return site;
}

async function build({ copies = 0 }: Options): Promise<IngestedSite> {
  const sources = await findSources(CONTENT_DIR);
  const inputs: Array<{ source: string; bytes: Uint8Array }> = [];
  for (const source of sources) {
    const bytes = await readFile(join(CONTENT_DIR, source));
    inputs.push({ source, bytes });
    if (!source.endsWith('.txt')) continue;
    for (let copy = 1; copy <= copies; copy += 1) {
      inputs.push({ source: `copy-${copy}/${source}`, bytes: redated(bytes, copy * 3) });
    }
  }

  const articles = new Map<string, Article>();
  const entries: IndexEntry[] = [];
  for (const { source, bytes } of inputs) {
    const outcome = ingestFile(bytes, source);
    if (!outcome.ok || articles.has(outcome.article.id)) continue;
    articles.set(outcome.article.id, outcome.article);
    entries.push({
      card: outcome.card,
      topics: outcome.article.topics,
      entities: outcome.article.entities,
      quotes: quotedLinesOf(outcome.article),
    });
  }

  const outDir = await mkdtemp(join(tmpdir(), 'broadsheet-reader-test-'));
  try {
    await writeIndex(outDir, entries);
    const files = new Map<string, string>();
    for (const path of await filesUnder(join(outDir, 'index'))) {
      files.set(`index/${path}`, await readFile(join(outDir, 'index', path), 'utf8'));
    }
    for (const article of articles.values()) files.set(`articles/${article.id}.json`, JSON.stringify(article));
    const manifest = JSON.parse(files.get('index/manifest.json')!) as SiteManifest;
    const seed = [...articles.values()].find((article) => article.source === SEED_SOURCE);
    if (!seed) throw new Error(`ingest rejected the seed article ${SEED_SOURCE}`);
    return { files, manifest, articles, seed };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

/** The same text dated `days` days earlier (the " date YYYY-MM-DD" line ingest reads first). */
function redated(bytes: Uint8Array, days: number): Uint8Array {
  const text = new TextDecoder().decode(bytes);
  const moved = text.replace(/\d{4}-\d{2}-\d{2}/, (date) => {
    const shifted = new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000);
    return shifted.toISOString().slice(0, 10);
  });
  return new TextEncoder().encode(moved);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
