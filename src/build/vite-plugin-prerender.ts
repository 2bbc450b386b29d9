import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { ARTICLES_PLUGIN_NAME, type ArticlesPluginApi } from './vite-plugin-articles.ts';
import type * as PrerenderPagesModule from './prerender-pages.ts';
import type { PageJob, PrerenderJob, PrerenderReport } from './prerender-pages.ts';
import { articleStamps, loadPageStamps, personPageKey, personStamps, renderVersion, savePageStamps } from './incremental/page-stamps.ts';
import { buildStateFile } from './incremental/build-state-file.ts';
import { articlePageFile, personPageFile } from './site-files.ts';
import { progressLine } from './progress-line.ts';
import { INCREMENTAL_OUTPUT_PLUGIN_NAME, type IncrementalOutputApi } from './vite-plugin-incremental-output.ts';
import { speakerSlugs } from './speaker-slugs.ts';
import { quietBuildPlugin } from './vite-plugin-quiet-build.ts';
import { changesSince } from '../ingest/data-changes.ts';
import { writeFileIfChanged } from '../ingest/write-file-if-changed.ts';
import type { DrawnPages } from '../server/inline-script-hashes.ts';
import type { SiteManifest } from '../article/site-index.ts';
import { dataFiles } from '../data/data-files.ts';

export const PRERENDER_PLUGIN_NAME = 'broadsheet-prerender';

/**
 * What the headers step may ask of this plugin once it has drawn the pages: every article and speaker page,
 * by what it was drawn from (so a page not drawn again is known without reading or stat'ing it).
 */
export type PrerenderPluginApi = { drawnPages: DrawnPages | null };

/** The folders whose every page this plugin draws. */
const DRAWN_FOLDERS = [dirname(articlePageFile('id')), dirname(personPageFile('slug'))];

/** Below this many pages, drawing them here beats starting worker threads (each loads React and the app). */
const MIN_PAGES_FOR_WORKERS = 2_000;
/** Pages whose failure is listed one by one; beyond, a count. */
const MAX_FAILURES_LISTED = 20;
/** Pages per worker task at most. */
const PAGES_PER_TASK = 1_000;

/**
 * After the site is built, draws pages into HTML with the app's own components (src/entry-server.tsx):
 * the list's first screen into index.html, and every article into `articles/<id>.html`. The browser
 * then paints the page with the HTML and CSS, before any script has run (Largest Contentful Paint on a
 * slow phone no longer waits for the code and the data), it reads without JavaScript, a shared link's
 * preview has the article's title and description, and main.tsx hydrates the page. The server side is
 * a second, small Vite build of the same components (an SSR build of src/build/prerender-pages.ts), run
 * once here, on every core for a large archive; its data requests are answered from the ingested data.
 * Nothing of it is deployed.
 */
export function prerenderPlugin({ entry }: { entry: string }): Plugin<PrerenderPluginApi> {
  let config: ResolvedConfig;
  let failed = false;
  const api: PrerenderPluginApi = { drawnPages: null };
  return {
    name: PRERENDER_PLUGIN_NAME,
    api,
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    buildEnd(error) {
      failed = error !== undefined;
    },
    async closeBundle() {
      api.drawnPages = null;
      // The build failed: there is no site to draw pages into, and its error is the one to show.
      if (failed) return;
      const articles = config.plugins.find((plugin) => plugin.name === ARTICLES_PLUGIN_NAME)?.api as ArticlesPluginApi | undefined;
      if (!articles) throw new Error(`prerender: the ${ARTICLES_PLUGIN_NAME} plugin says where the data is`);
      const output = config.plugins.find((plugin) => plugin.name === INCREMENTAL_OUTPUT_PLUGIN_NAME)?.api as
        IncrementalOutputApi | undefined;
      if (!output) throw new Error(`prerender: the ${INCREMENTAL_OUTPUT_PLUGIN_NAME} plugin hands over index.html`);
      const started = performance.now();
      const outDir = resolve(config.root, config.build.outDir);
      // One folder per output folder: two builds at once (the e2e sites, say) must not empty each other's.
      const outDirKey = createHash('sha1').update(outDir).digest('hex').slice(0, 12);
      const serverDir = resolve(config.root, 'node_modules', '.cache', 'broadsheet-prerender', outDirKey);
      const serverEntry = join(serverDir, 'prerender-pages.js');
      await buildServerEntry(config, entry, serverDir);
      const ids = (await readdir(join(articles.dataDir, 'articles')))
        .filter((name) => name.endsWith('.json'))
        .map((name) => name.slice(0, -'.json'.length));
      const pagesDir = dirname(join(outDir, articlePageFile('id')));
      await mkdir(pagesDir, { recursive: true });
      const template = output.template();
      const job = { base: config.base, dataDir: articles.dataDir, outDir, template };
      // Only the pages whose inputs changed since they were drawn (incremental/page-stamps.ts); the list always.
      const manifest = JSON.parse(await readFile(join(articles.dataDir, dataFiles.manifest), 'utf8')) as SiteManifest;
      const version = renderVersion(await readFile(serverEntry), template, config.base, manifest);
      const stampsFile = buildStateFile(articles.dataDir, 'pages', outDir);
      const remembered = await loadPageStamps(stampsFile, version);
      const drawnBefore = remembered.pages;
      // The data files ingest changed since these stamps were taken: the others keep theirs, with no stat.
      const { latest, paths: changed } = await changesSince(articles.dataDir, remembered.run);
      const unchanged = { remembered: drawnBefore, changed };
      const stamps = await articleStamps(articles.dataDir, ids, unchanged);
      const present = new Set(await readdir(pagesDir));
      const toDraw = ids.filter((id) => drawnBefore[id] !== stamps.get(id) || !present.has(`${id}.html`));
      // The pages of articles that are gone go with them.
      const known = new Set(ids.map((id) => `${id}.html`));
      const gone = [...present].filter((name) => !known.has(name));
      await Promise.all(gone.map((name) => rm(join(pagesDir, name), { force: true })));
      // A speaker's page is drawn again when their file changed (ingest gathers their quotations into it);
      // the people index, which counts everyone, every time. Each is written only when it changed.
      const slugs = await speakerSlugs(articles.dataDir);
      const personDir = dirname(join(outDir, personPageFile('slug')));
      await mkdir(personDir, { recursive: true });
      const speakers = new Set(slugs.map((slug) => `${slug}.html`));
      const personPages = await readdir(personDir);
      const silent = personPages.filter((name) => !speakers.has(name));
      await Promise.all(silent.map((name) => rm(join(personDir, name), { force: true })));
      const speakerStamps = await personStamps(articles.dataDir, slugs, unchanged);
      const drawnPersonPages = new Set(personPages);
      const peopleToDraw = slugs.filter(
        (slug) => drawnBefore[personPageKey(slug)] !== speakerStamps.get(slug) || !drawnPersonPages.has(`${slug}.html`),
      );
      const pages: PageJob[] = [
        { kind: 'list' },
        ...toDraw.map((id) => ({ kind: 'article' as const, id })),
        { kind: 'people' },
        ...peopleToDraw.map((slug) => ({ kind: 'person' as const, slug })),
      ];
      try {
        const threads = threadCount(pages.length);
        // On the terminal (or a line every tenth in a log) unless the build was asked to be quiet (--logLevel warn).
        const progressOutput = (config.logLevel ?? 'info') === 'info' ? process.stdout : { write: () => true };
        const progress = progressLine('prerender', 'pages', pages.length, progressOutput);
        const { written, failed } = await drawPages(serverEntry, job, pages, threads, progress.advance);
        progress.end();
        // Not one page: the drawing itself is broken, not some article's data.
        if (written === 0) throw new Error(`prerender: no page could be drawn: ${failed[0]?.reason ?? 'there were none to draw'}`);
        // A page that could not be drawn is still served: the host's fallback gives it index.html, and
        // the reader draws it in the browser. Said here, so it is not lost. Its older page is removed.
        for (const { page, reason } of failed.slice(0, MAX_FAILURES_LISTED))
          config.logger.warn(`prerender: ${page} is left to the browser: ${reason}`);
        if (failed.length > MAX_FAILURES_LISTED)
          config.logger.warn(`prerender: and ${failed.length - MAX_FAILURES_LISTED} more pages are left to the browser`);
        const failedIds = new Set(failed.flatMap((failure) => (failure.id === undefined ? [] : [failure.id])));
        await Promise.all([...failedIds].map((id) => rm(join(outDir, articlePageFile(id)), { force: true })));
        // The list failed: the site still needs its index.html, which the reader draws in the browser.
        if (failed.some((failure) => failure.list)) await writeFileIfChanged(join(outDir, 'index.html'), template);
        const failedSlugs = new Set(failed.flatMap((failure) => (failure.slug === undefined ? [] : [failure.slug])));
        await Promise.all([...failedSlugs].map((slug) => rm(join(outDir, personPageFile(slug)), { force: true })));
        const drawnNow = Object.fromEntries([
          ...ids.filter((id) => !failedIds.has(id)).map((id) => [id, stamps.get(id)!]),
          ...slugs.filter((slug) => !failedSlugs.has(slug)).map((slug) => [personPageKey(slug), speakerStamps.get(slug)!]),
        ]);
        await savePageStamps(stampsFile, version, { pages: drawnNow, run: latest });
        api.drawnPages = {
          folders: DRAWN_FOLDERS,
          stamps: new Map([
            ...ids.filter((id) => !failedIds.has(id)).map((id) => [articlePageFile(id), `${version}:${stamps.get(id)}`] as const),
            ...slugs
              .filter((slug) => !failedSlugs.has(slug))
              .map((slug) => [personPageFile(slug), `${version}:${speakerStamps.get(slug)}`] as const),
          ]),
        };
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const where = threads === 0 ? 'in the build thread' : `on ${threads} worker threads`;
        const unchanged = ids.length - toDraw.length;
        config.logger.info(
          `prerendered ${written} pages (the list, ${toDraw.length} articles, ${peopleToDraw.length + 1} people pages; ${unchanged} articles and ${slugs.length - peopleToDraw.length} speakers unchanged, ${gone.length} removed) in ${seconds} s, ${where}`,
        );
      } finally {
        await rm(serverDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * How many worker threads draw the pages: PRERENDER_THREADS when set (0: none, the build's own thread),
 * otherwise none for a small site and one per core for a large one.
 */
function threadCount(pages: number): number {
  const asked = process.env.PRERENDER_THREADS;
  if (asked !== undefined && asked !== '') {
    if (!/^\d+$/.test(asked)) throw new Error(`prerender: PRERENDER_THREADS must be a whole number, not "${asked}"`);
    return Number(asked);
  }
  return pages < MIN_PAGES_FOR_WORKERS ? 0 : Math.max(1, availableParallelism());
}

/** Every page, in the build's own thread or in worker threads. */
async function drawPages(
  serverEntry: string,
  job: Omit<PrerenderJob, 'pages'>,
  pages: PageJob[],
  threads: number,
  onDrawn: (pages: number) => void,
): Promise<PrerenderReport> {
  if (threads === 0) {
    const { prerenderPages } = (await import(`${pathToFileURL(serverEntry).href}?${Date.now()}`)) as typeof PrerenderPagesModule;
    return prerenderPages({ ...job, pages }, () => onDrawn(1));
  }
  // Small enough tasks that every thread gets some, and none waits long for the others at the end.
  const perTask = Math.max(1, Math.min(PAGES_PER_TASK, Math.ceil(pages.length / (threads * 4))));
  const pool = new Piscina({
    filename: pathToFileURL(serverEntry).href,
    name: 'prerenderPages',
    minThreads: threads,
    maxThreads: threads,
    // The server build is plain JavaScript. A loader the build was started with (`node --import tsx`) would
    // be inherited, and tsx loads some of React Query's files as CommonJS beside the ES module the page
    // chunks import: two copies, two contexts, and every page failing with "No QueryClient set".
    execArgv: [],
  });
  try {
    const tasks: Promise<PrerenderReport>[] = [];
    for (let start = 0; start < pages.length; start += perTask) {
      const share = pages.slice(start, start + perTask);
      tasks.push(
        pool.run({ ...job, pages: share }).then((report: PrerenderReport) => {
          onDrawn(share.length);
          return report;
        }),
      );
    }
    const reports = await Promise.all(tasks);
    return { written: reports.reduce((sum, report) => sum + report.written, 0), failed: reports.flatMap((report) => report.failed) };
  } finally {
    await pool.destroy();
  }
}

/**
 * The app's components built for Node, with the client build's base and CSS module class names. One file: a
 * chunk would import the entry without the query that drawPages imports it with, and so get a second copy of
 * every module the entry holds (React contexts included, which then do not meet).
 */
async function buildServerEntry(config: ResolvedConfig, entry: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    plugins: [react(), quietBuildPlugin()],
    resolve: { alias: config.resolve.alias },
    // The client build's constants (import.meta.env.VITE_FEEDS among them): the pages draw as the browser will.
    define: config.define,
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      sourcemap: false,
      rollupOptions: { output: { entryFileNames: 'prerender-pages.js', codeSplitting: false } },
    },
  });
}
