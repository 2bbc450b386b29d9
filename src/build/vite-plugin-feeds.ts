import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import { feedPaths } from '../ui/feed-paths.ts';
import { siteAddress, type SiteAddress } from './feeds/site-url.ts';
import { ROBOTS_FILE, SITEMAP_FILE } from './feeds/sitemap.ts';
import { OWNED_FOLDERS, type FeedsJob, type FeedsReport } from './feeds/write-feeds.ts';
import { writeSiteFiles } from './feeds/write-site-files.ts';
import { ARTICLES_PLUGIN_NAME, type ArticlesPluginApi } from './vite-plugin-articles.ts';

/** Problems listed one by one in the build's output; beyond, a count. */
const MAX_PROBLEMS_LISTED = 20;

/**
 * With SITE_URL set (their links must be absolute): writes the site's feeds (src/build/feeds/site-feeds.ts),
 * sitemap.xml and robots.txt, names the site's feeds in index.html's head (so in every prerendered page),
 * and tells the reader there are feeds to link to (`import.meta.env.VITE_FEEDS`). Without it, the build
 * says in one line that they are skipped and why, and is otherwise unchanged.
 *
 * The feeds are made from the ingested data alone, so they are made in a worker thread that `start` sets off
 * as soon as the client is written, while the build's own thread copies the data and draws the pages (at
 * 100,000 articles each of those is several seconds of one core). `finish` waits for it: the build's
 * closeBundle steps run one after another, so it goes last, after the steps that need the pages.
 */
export function feedsPlugins({ siteUrl }: { siteUrl: string | undefined }): { start: Plugin; finish: Plugin } {
  let config: ResolvedConfig;
  let site: SiteAddress | null = null;
  let writing: Promise<FeedsReport> | null = null;
  let failed = false;
  const start: Plugin = {
    name: 'broadsheet-feeds',
    apply: 'build',
    config(userConfig) {
      site = siteAddress(siteUrl, userConfig.base ?? '/');
      return { define: { 'import.meta.env.VITE_FEEDS': JSON.stringify(site ? '1' : '') } };
    },
    configResolved(resolved) {
      config = resolved;
      site = siteAddress(siteUrl, resolved.base);
    },
    transformIndexHtml() {
      if (!site) return [];
      const alternate = (type: string, path: string): HtmlTagDescriptor => ({
        tag: 'link',
        attrs: { rel: 'alternate', type, title: 'Broadsheet', href: `${config.base}${path}` },
        injectTo: 'head',
      });
      return [alternate('application/atom+xml', feedPaths.siteAtom), alternate('application/feed+json', feedPaths.siteJson)];
    },
    buildStart() {
      writing = null;
    },
    buildEnd(error) {
      failed = error !== undefined;
    },
    // Only after a build that succeeded: a failed one (ingest's error among others) writes no feeds.
    writeBundle() {
      if (!site || !siteUrl) return;
      const articlesApi = config.plugins.find((plugin) => plugin.name === ARTICLES_PLUGIN_NAME)?.api as ArticlesPluginApi | undefined;
      if (!articlesApi) throw new Error(`feeds: the ${ARTICLES_PLUGIN_NAME} plugin says where the data is`);
      const job: FeedsJob = {
        root: config.root,
        outDir: resolve(config.root, config.build.outDir),
        dataDir: articlesApi.dataDir,
        siteUrl,
        base: config.base,
      };
      writing = inWorker(config.root, 'src/build/feeds/feeds-worker.ts', job);
      // Awaited in closeBundle; until then a failure must not count as unhandled.
      writing.catch(() => {});
    },
  };
  const finish: Plugin = {
    name: 'broadsheet-feeds-finish',
    apply: 'build',
    closeBundle: {
      // After the headers step's and the offline build's, which are 'post' too and do not need the feeds.
      order: 'post',
      async handler() {
        if (failed) return;
        const outDir = resolve(config.root, config.build.outDir);
        if (!site) {
          // dist/ is kept between builds: what an earlier build with a SITE_URL wrote goes.
          await writeSiteFiles(outDir, new Map(), OWNED_FOLDERS);
          await Promise.all([SITEMAP_FILE, ROBOTS_FILE].map((file) => rm(join(outDir, file), { force: true })));
          config.logger.info(
            'feeds, sitemap.xml and robots.txt skipped: SITE_URL is not set (their links must be absolute; README: "Feeds")',
          );
          return;
        }
        if (!writing) return;
        const report = await writing;
        const { problems } = report;
        for (const problem of problems.slice(0, MAX_PROBLEMS_LISTED)) config.logger.warn(`feeds: ${problem}`);
        if (problems.length > MAX_PROBLEMS_LISTED)
          config.logger.warn(`feeds: and ${problems.length - MAX_PROBLEMS_LISTED} more articles left out`);
        config.logger.info(
          `wrote ${report.feeds} feeds (${report.unchangedFeeds} unchanged), sitemap.xml (${report.sitemapPages} pages) and robots.txt for ${report.home} in ${report.seconds.toFixed(1)} s (${report.changed} files changed)`,
        );
      },
    },
  };
  return { start, finish };
}

/**
 * Runs the feeds job in a worker thread (feeds-worker.ts). The build's config is bundled JavaScript, but the
 * feeds code is TypeScript: the worker loads it through tsx's API (a `--import tsx` flag is not applied to
 * worker threads).
 */
function inWorker(root: string, entry: string, job: FeedsJob): Promise<FeedsReport> {
  const tsx = import.meta.resolve('tsx/esm/api');
  const file = pathToFileURL(resolve(root, entry)).href;
  const load = `import(${JSON.stringify(tsx)}).then(({ tsImport }) => tsImport(${JSON.stringify(file)}, ${JSON.stringify(file)}));`;
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(load, { eval: true, workerData: job });
    let settled = false;
    worker.once('message', (message: { report?: FeedsReport; error?: string }) => {
      settled = true;
      if (message.report) resolvePromise(message.report);
      else reject(new Error(`feeds: ${message.error ?? 'the worker gave no report'}`));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`feeds: the worker stopped (exit ${code}) before it wrote the feeds`));
    });
  });
}
