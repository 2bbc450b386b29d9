import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A hash of the code that turns articles into search data (the word rules, the builder, the article
 * helpers it reads quotations with, the topic labels): when it changes, the cache is dropped and every
 * article is read again.
 */
export async function searchCodeVersion(): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of ['../shared', '.', '../../article']) {
    const dir = fileURLToPath(new URL(folder, import.meta.url));
    const files = (await readdir(dir)).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort();
    for (const file of files) hash.update(`${folder}/${file}`).update(await readFile(join(dir, file)));
  }
  // A path, not `new URL('…json', import.meta.url)`: Vite would turn that into an asset URL in component tests.
  hash.update(await readFile(join(import.meta.dirname, '../../ingest/taxonomy/iptc-media-topics.json')));
  hash.update(await readFile(join(import.meta.dirname, '../../ingest/taxonomy/british-label.ts')));
  return hash.digest('hex').slice(0, 16);
}
