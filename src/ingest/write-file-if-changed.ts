import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Writes only when the content differs, so a re-run that changes nothing touches nothing: static
 * hosts and CDNs keep their caches, and incremental builds stay fast.
 */
export async function writeFileIfChanged(path: string, content: string): Promise<boolean> {
  const existing = await readFile(path, 'utf8').catch(() => null);
  if (existing === content) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return true;
}

/**
 * The same for worker threads. `mayExist` false (the caller listed the folder and the file was not
 * there) skips reading it; the folder is made only when the first write finds it missing.
 */
export function writeFileIfChangedSync(path: string, content: string, mayExist: boolean): boolean {
  if (mayExist) {
    try {
      if (readFileSync(path, 'utf8') === content) return false;
    } catch {
      // Not there (or unreadable): written below.
    }
  }
  try {
    writeFileSync(path, content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return true;
}
