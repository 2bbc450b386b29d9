import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SiteManifest } from '../../article/site-index.ts';
import { dataFiles } from '../../data/data-files.ts';
import { statFiles } from '../../ingest/stat-files.ts';
import { writeFileIfChanged } from '../../ingest/write-file-if-changed.ts';

/**
 * What an article's page was drawn from, remembered between builds so that only the pages whose inputs
 * changed are drawn again. A page is the app's code and index.html (the render version, shared by all
 * pages) applied to the article's file and the parts of the manifest an article page shows; its stamp
 * is its article file's size and modification time (ingest writes a file only when its content changes).
 */
type Remembered = { version: string; pages: Record<string, string>; run?: string | null };

/** The pages' stamps, and ingest's newest run when they were taken (src/ingest/data-changes.ts). */
export type PageStamps = { pages: Record<string, string>; run: string | null };

/**
 * Changes when anything every page is drawn from changes: the server build of the app, index.html, the
 * base path, and what an article page takes from the manifest: the topics' names and slugs (its topic
 * links) and the credits (the footer); not the counts or the day histogram, which change with every new
 * article. The test of incremental builds (incremental-build.test.ts) holds this to a build from scratch.
 */
export function renderVersion(serverCode: string | Uint8Array, template: string, base: string, manifest: SiteManifest): string {
  const topics = manifest.topics
    .map((topic) => [topic.qcode, topic.slug, topic.label, topic.parent])
    .sort(([a], [b]) => (a! < b! ? -1 : a! > b! ? 1 : 0));
  return createHash('sha256')
    .update(serverCode)
    .update('\0')
    .update(template)
    .update('\0')
    .update(JSON.stringify({ base, topics, credits: manifest.credits, format: manifest.format }))
    .digest('hex')
    .slice(0, 32);
}

/** The stamps the pages now in `outDir` were drawn with; none when they were drawn by another version. */
export async function loadPageStamps(file: string, version: string): Promise<PageStamps> {
  try {
    const remembered = JSON.parse(await readFile(file, 'utf8')) as Remembered;
    if (remembered.version === version && typeof remembered.pages === 'object')
      return { pages: remembered.pages, run: typeof remembered.run === 'string' ? remembered.run : null };
  } catch {
    // None yet: every page is drawn.
  }
  return { pages: {}, run: null };
}

export async function savePageStamps(file: string, version: string, { pages, run }: PageStamps): Promise<void> {
  await writeFileIfChanged(file, JSON.stringify({ version, pages, run } satisfies Remembered));
}

/**
 * Which stamps are still known without a stat: those remembered, when ingest's journal says which data files
 * changed since they were taken (`changed`, paths in the data folder; null when it cannot say).
 */
export type KnownStamps = { remembered: Record<string, string>; changed: ReadonlySet<string> | null };

/** Each article's stamp: its file's size and modification time. */
export function articleStamps(dataDir: string, ids: readonly string[], known?: KnownStamps): Promise<Map<string, string>> {
  return fileStamps(dataDir, ids, dataFiles.article, known && { ...known, keyOf: (id) => id });
}

/**
 * Each speaker page's stamp, the same from their file (index/people/<slug>.json, written by ingest only
 * when it changes): the page shows that file and the parts of the manifest in the render version.
 */
export function personStamps(dataDir: string, slugs: readonly string[], known?: KnownStamps): Promise<Map<string, string>> {
  return fileStamps(dataDir, slugs, dataFiles.person, known && { ...known, keyOf: personPageKey });
}

/** The key a speaker's page is remembered by, beside the articles' ids (which never hold a colon). */
export const personPageKey = (slug: string) => `person:${slug}`;

async function fileStamps(
  dataDir: string,
  keys: readonly string[],
  fileOf: (key: string) => string,
  known?: KnownStamps & { keyOf: (key: string) => string },
): Promise<Map<string, string>> {
  const stamps = new Map<string, string>();
  const toStat: string[] = [];
  for (const key of keys) {
    const remembered = known?.changed && !known.changed.has(fileOf(key)) ? known.remembered[known.keyOf(key)] : undefined;
    if (remembered === undefined) toStat.push(key);
    else stamps.set(key, remembered);
  }
  const stats = statFiles(toStat.map((key) => join(dataDir, fileOf(key))));
  toStat.forEach((key, index) => {
    const file = stats[index]!;
    if (file instanceof Error) throw file;
    stamps.set(key, `${file.size}:${file.mtimeMs}`);
  });
  return new Map(keys.map((key) => [key, stamps.get(key)!]));
}
