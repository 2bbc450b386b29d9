import { createHash } from 'node:crypto';
import { join } from 'node:path';

/**
 * Where a build step remembers what it did for one output folder, between builds: beside ingest's data,
 * in a hidden folder that is never deployed (the data sync leaves dot files out). One file per output
 * folder, so building into another folder starts afresh there.
 */
export function buildStateFile(dataDir: string, name: string, outDir: string): string {
  return join(dataDir, '.build', `${name}-${createHash('sha1').update(outDir).digest('hex').slice(0, 12)}.json`);
}
