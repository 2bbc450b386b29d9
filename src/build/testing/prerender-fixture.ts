/* Test support for the prerender tests, run in Node by Vitest: the sample site's data on disk, as ingest
   leaves it for the build, and the index.html the client build writes, reduced to what pages are filled into. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ingestedSite, type IngestedSite } from '../../app/testing/ingested-site';
import { CODE_FILES_PLACEHOLDER } from '../inject-prerendered';

export const TEMPLATE = [
  '<html><head><meta name="description" content="News to read." /><title>Broadsheet</title>',
  '<script type="module" crossorigin src="/assets/index-A1.js"></script></head>',
  `<body><div id="root"></div><script>boot(${CODE_FILES_PLACEHOLDER});</script></body></html>`,
].join('\n');

export type PrerenderFixture = { site: IngestedSite; dataDir: string; outDir: string; remove: () => Promise<void> };

/** The sample site's data files in a new temporary folder, and an empty built site beside them. */
export async function prerenderFixture(): Promise<PrerenderFixture> {
  const site = await ingestedSite();
  const root = await mkdtemp(join(tmpdir(), 'broadsheet-prerender-test-'));
  const dataDir = join(root, 'data');
  const outDir = join(root, 'dist');
  for (const [path, text] of site.files) {
    await mkdir(dirname(join(dataDir, path)), { recursive: true });
    await writeFile(join(dataDir, path), text);
  }
  await mkdir(join(outDir, 'articles'), { recursive: true });
  return { site, dataDir, outDir, remove: () => rm(root, { recursive: true, force: true }) };
}
