import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PEOPLE_DIR } from '../data/data-files.ts';

/** Every speaker with a page: a file in index/people/ each (src/article/people-index.ts), sorted by slug. */
export async function speakerSlugs(dataDir: string): Promise<string[]> {
  const files = await readdir(join(dataDir, PEOPLE_DIR)).catch(() => [] as string[]);
  return files
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort();
}
