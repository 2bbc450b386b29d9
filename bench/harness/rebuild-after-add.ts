import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import pLimit from 'p-limit';
import type { MeasuredRun } from './run-measured';

/** Issue 20: a day's news, added to the archive. */
export const ADDED_ARTICLES = 10;
/** Where the added articles go in the corpus, and are taken out of again. */
const ADDED_FOLDER = 'added-by-bench';
const STATS_AT_ONCE = 64;

export type RebuildAfterAdd = { seconds: number; filesChanged: number };

/**
 * Adds ten articles to the corpus, dated the day after its newest (copies of its first texts, redated: a
 * new day's news), builds again into the same dist/ and counts the files the build wrote, added or
 * removed there: what a sync to a host would upload. The added articles are taken out of the corpus
 * afterwards (dist/ and the ingest output keep them until the next run builds them from scratch).
 */
export async function rebuildAfterAdd(
  corpusDir: string,
  dist: string,
  newestDate: string,
  rebuild: () => Promise<MeasuredRun>,
): Promise<RebuildAfterAdd> {
  const nextDay = new Date(Date.parse(`${newestDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const sources = await someArticles(corpusDir, ADDED_ARTICLES);
  const added = join(corpusDir, ADDED_FOLDER);
  await mkdir(added, { recursive: true });
  try {
    for (const [index, source] of sources.entries()) {
      const text = await readFile(source, 'utf8');
      await writeFile(join(added, `${nextDay}-${index}.txt`), text.replace(/^ date \d{4}-\d\d-\d\d/, ` date ${nextDay}`));
    }
    const before = await fileStamps(dist);
    const run = await rebuild();
    const after = await fileStamps(dist);
    let filesChanged = 0;
    for (const [path, stamp] of after) if (before.get(path) !== stamp) filesChanged += 1;
    for (const path of before.keys()) if (!after.has(path)) filesChanged += 1;
    return { seconds: run.seconds, filesChanged };
  } finally {
    await rm(added, { recursive: true, force: true });
  }
}

/** The first `count` article files of the corpus, in name order (its folders are years and months). */
async function someArticles(corpusDir: string, count: number): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      if (found.length >= count) return;
      if (entry.isDirectory() && entry.name !== ADDED_FOLDER) await walk(join(dir, entry.name));
      else if (entry.isFile() && entry.name.endsWith('.txt')) found.push(join(dir, entry.name));
    }
  };
  await walk(corpusDir);
  if (found.length < count) throw new Error(`the corpus in ${corpusDir} has fewer than ${count} articles to copy`);
  return found;
}

/** Every file under `dir` with its size and modification time: a sync by time and size would upload those that differ. */
async function fileStamps(dir: string): Promise<Map<string, string>> {
  const limit = pLimit(STATS_AT_ONCE);
  const entries = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const stamps = await Promise.all(
    entries.map((entry) =>
      limit(async () => {
        const path = join(entry.parentPath, entry.name);
        const { size, mtimeMs } = await stat(path);
        return [relative(dir, path), `${size}:${mtimeMs}`] as const;
      }),
    ),
  );
  return new Map(stamps);
}
