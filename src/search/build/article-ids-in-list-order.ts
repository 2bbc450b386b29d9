import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleCard, SiteManifest } from '../../article/site-index';
import { numberedChunksNewestFirst } from '../../data/card-chunks';
import { dataFiles } from '../../data/data-files';

/** An ingested folder's article ids in list order (ordinal order), read from its cards chunks. */
export async function articleIdsInListOrder(outDir: string): Promise<string[]> {
  const manifest = JSON.parse(await readFile(join(outDir, dataFiles.manifest), 'utf8')) as SiteManifest;
  const ids: string[] = [];
  for (const chunk of numberedChunksNewestFirst(manifest)) {
    const cards = JSON.parse(await readFile(join(outDir, dataFiles.cardsChunk(chunk)), 'utf8')) as ArticleCard[];
    for (const card of cards) ids.push(card.id);
  }
  return ids;
}
