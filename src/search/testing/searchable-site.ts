import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleCard } from '@/article/site-index';
import type { IngestedSite } from '@/app/testing/ingested-site';
import { numberedChunksNewestFirst } from '@/data/card-chunks';
import { writeSearchIndex } from '../build/write-search-index';

const cache = new WeakMap<IngestedSite, Promise<IngestedSite>>();

/** The same site with its search index (index/search/...), built by the real builder, as ingest does. */
export function searchableSite(site: IngestedSite): Promise<IngestedSite> {
  let searchable = cache.get(site);
  if (!searchable) {
    searchable = withSearchIndex(site);
    cache.set(site, searchable);
  }
  return searchable;
}

async function withSearchIndex(site: IngestedSite): Promise<IngestedSite> {
  const outDir = await mkdtemp(join(tmpdir(), 'broadsheet-search-site-'));
  try {
    await mkdir(join(outDir, 'articles'));
    for (const [path, body] of site.files) if (path.startsWith('articles/')) await writeFile(join(outDir, path), body);
    const ids: string[] = [];
    for (const chunk of numberedChunksNewestFirst(site.manifest)) {
      const cards = JSON.parse(site.files.get(`index/cards/${chunk}.json`)!) as ArticleCard[];
      ids.push(...cards.map((card) => card.id));
    }
    await writeSearchIndex(outDir, ids);
    const files = new Map(site.files);
    const root = join(outDir, 'index', 'search');
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = join(entry.parentPath, entry.name);
      files.set(`index/search/${path.slice(root.length + 1)}`, await readFile(path, 'utf8'));
    }
    return { ...site, files };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
