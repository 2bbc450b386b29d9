import { readdir, stat } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';
import { describeErrno, nonRegularKind } from './read-source';

/** An input that is left out, with the reason: a folder that cannot be read, a link, a pipe. */
export type Skipped = { source: string; reason: string };

export type FoundSources = { sources: string[]; skipped: Skipped[] };

const ARTICLE_NAME = /\.(txt|json)$/i;

/**
 * Every *.txt and *.json regular file under `inDir`, recursively, as paths relative to it with forward
 * slashes, sorted so that every run sees the same order. Hidden files and folders (.git, .DS_Store) are
 * not articles. Nothing else is left out silently: a folder that cannot be read, a symbolic link (to an
 * article name or to a folder) and a FIFO, socket or device with an article's name are each skipped with
 * the reason. Throws only when `inDir` itself cannot be read.
 */
export async function scanSources(inDir: string): Promise<FoundSources> {
  const sources: string[] = [];
  const skipped: Skipped[] = [];
  const walk = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(join(inDir, folder), { withFileTypes: true });
    } catch (error) {
      if (folder === '') throw error;
      skipped.push({ source: `${folder}/`, reason: `cannot read the folder: ${describeErrno(error)}; the files in it are left out` });
      return;
    }
    const subfolders: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) subfolders.push(path);
      else if (entry.isFile()) {
        if (ARTICLE_NAME.test(entry.name)) sources.push(path);
      } else if (entry.isSymbolicLink()) {
        const target = await stat(join(inDir, path)).catch(() => null);
        if (ARTICLE_NAME.test(entry.name) || target?.isDirectory()) {
          skipped.push({ source: path, reason: `a symbolic link${target?.isDirectory() ? ' to a folder' : ''}: links are not followed` });
        }
      } else if (ARTICLE_NAME.test(entry.name)) {
        skipped.push({ source: path, reason: `${nonRegularKind(entry)}, not a regular file` });
      }
    }
    await Promise.all(subfolders.map(walk));
  };
  await walk('');
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { sources: sources.sort(byPath), skipped: skipped.sort((a, b) => byPath(a.source, b.source)) };
}

/** The sources alone (for tests that read the sample corpus). */
export async function findSources(inDir: string): Promise<string[]> {
  return (await scanSources(inDir)).sources;
}
