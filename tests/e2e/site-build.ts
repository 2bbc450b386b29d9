import { existsSync } from 'node:fs';
import { cp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { hashInputs } from '../setup/hash-inputs';
import { run } from './child-processes';
import type { SiteSpec } from './sites';

/** Where the e2e sites are built: their own folders, so a test run never fights with a `npm run build` of the working copy. */
export const SITES_CACHE = 'node_modules/.cache/broadsheet-e2e';

/** What a build reads besides the articles: the reader's and the build's code, their settings and the dependencies. */
const BUILD_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];

export type BuiltSite = { distDir: string; rebuilt: boolean };

/**
 * Builds the site into <SITES_CACHE>/<name>/dist, unless the inputs are the same as those of the build
 * already there (a hash of every input file and of the settings): an unchanged tree is served as it is.
 * The new build is written beside the old one and renamed into place, so an interrupted build is never
 * taken for a finished one. `signal` stops a build under way.
 */
export async function buildSite(name: string, spec: SiteSpec, signal?: AbortSignal): Promise<BuiltSite> {
  const folder = resolve(SITES_CACHE, name);
  const distDir = join(folder, 'dist');
  const articlesDir = spec.articles ? join(folder, 'articles') : 'content';
  if (spec.articles) {
    await rm(articlesDir, { recursive: true, force: true });
    await spec.articles(articlesDir);
  }
  const stamp = join(folder, 'inputs.sha256');
  const inputs = await hashInputs([...BUILD_INPUTS, articlesDir], { ...spec.env, buildArgs: (spec.buildArgs ?? []).join(' ') });
  const previous = await readFile(stamp, 'utf8').catch(() => '');
  if (previous === inputs && existsSync(join(distDir, 'index.html'))) return { distDir, rebuilt: false };

  const building = join(folder, 'dist-building');
  await rm(stamp, { force: true });
  const dataDir = join(folder, 'data');
  if (spec.dataFrom) await seedData(resolve(SITES_CACHE, spec.dataFrom, 'data'), dataDir);
  const env = { ...process.env, ...spec.env, ARTICLES_DIR: articlesDir, DATA_DIR: dataDir };
  await run(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', ...(spec.buildArgs ?? []), '--outDir', building, '--emptyOutDir'],
    env,
    signal,
  );
  await rm(distDir, { recursive: true, force: true });
  await rename(building, distDir);
  await writeFile(stamp, inputs);
  return { distDir, rebuilt: true };
}

/**
 * Replaces `dataDir` with a copy of another site's ingested data, of the same articles and ingest code (both
 * built from this tree): ingest is incremental and ends with what a fresh run writes (interrupted-run.test.ts),
 * so the build's ingest has nothing left to do. The other site's build steps' own records (.build) stay behind.
 */
async function seedData(from: string, dataDir: string): Promise<void> {
  // No ingested data there (its folder removed by hand): this site's ingest then does the work itself.
  if (!existsSync(join(from, '.ingest-state.jsonl'))) return;
  const records = join(from, '.build');
  await rm(dataDir, { recursive: true, force: true });
  await cp(from, dataDir, {
    recursive: true,
    preserveTimestamps: true,
    filter: (path) => path !== records && !path.startsWith(records + sep),
  });
}
