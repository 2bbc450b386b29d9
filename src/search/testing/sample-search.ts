import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '@/ingest/run-ingest';
import { articleIdsInListOrder } from '../build/article-ids-in-list-order';
import { writeSearchIndex } from '../build/write-search-index';
import { createSearch, type Search } from '../query/create-search';

/** `ids[ordinal]` is the article id of a hit's ordinal; `fetched` lists every index file the engine asked for. */
export type SampleSearch = { outDir: string; search: Search; ids: string[]; fetched: string[] };

/**
 * The sample corpus (content/) through the real ingest and the search builder into a temporary folder,
 * with a search engine reading those files as the browser would fetch them.
 */
export async function sampleSearch(): Promise<SampleSearch> {
  const outDir = await mkdtemp(join(tmpdir(), 'broadsheet-search-'));
  await runIngest(fileURLToPath(new URL('../../../content', import.meta.url)), outDir);
  const ids = await articleIdsInListOrder(outDir);
  await writeSearchIndex(outDir, ids);
  const fetched: string[] = [];
  const search = createSearch(`${outDir}/`, {
    fetchJson: async (url) => {
      fetched.push(url.slice(outDir.length + 1));
      return JSON.parse(await readFile(url, 'utf8')) as unknown;
    },
  });
  return { outDir, search, ids, fetched };
}
