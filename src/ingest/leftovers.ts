import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { isTemporaryName } from './write-file-if-changed';

/** The search builder's folder for a build under way (write-search-files.ts). */
const HALF_BUILT = /^\.building-\d+$/;

/**
 * Removes what an interrupted run left under `outDir`: files still under their temporary names and half
 * built search folders. Done first, so the output tree ends up as a fresh run's would.
 */
export async function removeLeftovers(outDir: string): Promise<void> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true }).catch(() => []);
  const leftovers = entries.filter(
    (entry) => (entry.isFile() && isTemporaryName(entry.name)) || (entry.isDirectory() && HALF_BUILT.test(entry.name)),
  );
  await Promise.all(leftovers.map((entry) => rm(join(entry.parentPath, entry.name), { recursive: true, force: true })));
}
