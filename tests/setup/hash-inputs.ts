import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Test files are in src/ beside the code but never in what it makes: editing a test changes no hash. */
const NOT_AN_INPUT = /\.test\.tsx?$/;

/**
 * SHA-256 over every file under `paths` (path and contents, in a fixed order) and `settings`: the key of
 * something the tests build once and keep (an e2e site, the ingested sample corpus), so any change of
 * what it is made from makes it again.
 */
export async function hashInputs(paths: string[], settings: unknown): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const file of (await Promise.all(paths.map(filesUnder))).flat().sort()) {
    hash.update(`\0${file}\0`).update(await readFile(file));
  }
  return hash.digest('hex');
}

async function filesUnder(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true, recursive: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOTDIR') return null;
    throw error;
  });
  if (entries === null) return [path];
  return entries.filter((entry) => entry.isFile() && !NOT_AN_INPUT.test(entry.name)).map((entry) => join(entry.parentPath, entry.name));
}
