import { readdir } from 'node:fs/promises';
import { relative, sep } from 'node:path';

/**
 * Every *.txt and *.json under `inDir`, recursively, as paths relative to it with forward slashes,
 * sorted so that every run sees the same order. Hidden files and folders (.git, .DS_Store) are not articles.
 */
export async function findSources(inDir: string): Promise<string[]> {
  const entries = await readdir(inDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(txt|json)$/i.test(entry.name))
    .map((entry) => relative(inDir, `${entry.parentPath}${sep}${entry.name}`).split(sep).join('/'))
    .filter((source) => !source.split('/').some((part) => part.startsWith('.')))
    .sort();
}
