import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { noteChanged } from './noted-changes.ts';

/**
 * The temporary name a file is written under before it is renamed into place, in the same folder (a
 * rename within one file system is atomic): a killed run leaves the old file or the new one, never half
 * of one. Hidden, so no host serves a leftover, and recognisable, so the next run removes it.
 */
export function temporaryName(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${threadId}${TEMPORARY_SUFFIX}`);
}
const TEMPORARY_SUFFIX = '.partial';

export const isTemporaryName = (name: string) => name.startsWith('.') && name.endsWith(TEMPORARY_SUFFIX);

/**
 * Writes only when the content differs, so a re-run that changes nothing touches nothing: static
 * hosts and CDNs keep their caches, and incremental builds stay fast. Atomic (temporaryName).
 */
export async function writeFileIfChanged(path: string, content: string | Uint8Array): Promise<boolean> {
  const existing = await readFile(path).catch(() => null);
  if (existing?.equals(typeof content === 'string' ? Buffer.from(content) : content)) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomically(path, content);
  return true;
}

export async function writeFileAtomically(path: string, content: string | Uint8Array): Promise<void> {
  noteChanged(path);
  const temporary = temporaryName(path);
  await writeFile(temporary, content);
  await rename(temporary, path);
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
  const temporary = temporaryName(path);
  try {
    writeFileSync(temporary, content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, content);
  }
  renameSync(temporary, path);
  return true;
}
