/* Test support, run in Node by Vitest: it builds the site's data with the real ingest so component tests see
   exactly what the reader is served. Never part of the browser bundle (eslint.config.js allows its imports). */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import type { Article } from '@/article/article-schema';
import type { SiteManifest } from '@/article/site-index';
import type { IndexEntry } from '@/ingest/write-index';
import { hashInputs } from '../../../tests/setup/hash-inputs';

/** The data files of a site, by path below data/ ("index/manifest.json", "articles/<id>.json"). */
export type IngestedSite = {
  files: ReadonlyMap<string, string>;
  manifest: SiteManifest;
  articles: ReadonlyMap<string, Article>;
  /** The original article the project started from (content/000_2109c60526df57ad.txt). */
  seed: Article;
};

const PROJECT = resolve(import.meta.dirname, '../../..');
const CONTENT_DIR = join(PROJECT, 'content');
const SEED_SOURCE = '000_2109c60526df57ad.txt';
/**
 * Where an ingested site is kept between test files and runs. Component files get fresh modules each, so
 * an in-memory cache alone made every one of them ingest the corpus again (the NLP model loaded, seconds of
 * CPU per file); a file now reads what the first one wrote.
 */
const DISK_CACHE = join(PROJECT, 'node_modules/.cache/broadsheet-ingested-site');
/** What an ingested site is made from: the code (its tests aside), the articles, the dependencies. */
const SITE_INPUTS = ['src', 'content', 'package-lock.json'].map((path) => join(PROJECT, path));

type Options = {
  /**
   * Extra copies of every text article, each moved `copyDays` days further back, so the list spans
   * more than one chunk of cards. The copies are the real texts with their date line changed.
   */
  copies?: number;
};

const cache = new Map<string, Promise<IngestedSite>>();

/** The sample corpus (content/) run through the real ingest and index writer; built once per run (and code change). */
export function ingestedSite(options: Options = {}): Promise<IngestedSite> {
  const key = JSON.stringify(options);
  let site = cache.get(key);
  if (!site) {
    site = fromDiskOrBuilt(options);
    cache.set(key, site);
  }
  return site;
}

/** The site as stored on disk, its Maps as arrays of entries. */
type StoredSite = { files: Array<[string, string]>; manifest: SiteManifest; articles: Array<[string, Article]> };

let inputsHash: Promise<string> | undefined;

/**
 * The site from the disk cache when its inputs hash the same, or built and stored there. Two files that
 * miss at once both build it and write the same bytes, each under a temporary name renamed into place, so
 * a reader never sees half a file.
 */
async function fromDiskOrBuilt(options: Options): Promise<IngestedSite> {
  inputsHash ??= hashInputs(SITE_INPUTS, 'ingested-site');
  const hash = await inputsHash;
  const path = join(DISK_CACHE, `${hash}-${options.copies ?? 0}.json`);
  const stored = await readFile(path, 'utf8').then(
    (text) => JSON.parse(text) as StoredSite,
    () => null,
  );
  if (stored) return siteOf(stored);

  const site = await build(options);
  await mkdir(DISK_CACHE, { recursive: true });
  // Sites of older inputs are of no more use.
  for (const name of await readdir(DISK_CACHE)) {
    if (!name.startsWith(hash)) await rm(join(DISK_CACHE, name), { force: true });
  }
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  const toStore: StoredSite = { files: [...site.files], manifest: site.manifest, articles: [...site.articles] };
  await writeFile(temporary, JSON.stringify(toStore));
  await rename(temporary, path);
  // What the tests get is what the next file will read: the same object shapes either way.
  return siteOf(JSON.parse(JSON.stringify(toStore)) as StoredSite);
}

function siteOf(stored: StoredSite): IngestedSite {
  const articles = new Map(stored.articles);
  const seed = [...articles.values()].find((article) => article.source === SEED_SOURCE);
  if (!seed) throw new Error(`ingest rejected the seed article ${SEED_SOURCE}`);
  return { files: new Map(stored.files), manifest: stored.manifest, articles, seed };
}

async function build({ copies = 0 }: Options): Promise<IngestedSite> {
  // Loaded only when the site is not on disk: the ingest code and its NLP model take seconds to load.
  const [{ findSources }, { ingestFile }, { quotedLinesOf }, { writeIndex }] = await Promise.all([
    import('@/ingest/find-sources'),
    import('@/ingest/ingest-file'),
    import('@/ingest/quoted-lines'),
    import('@/ingest/write-index'),
  ]);
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
