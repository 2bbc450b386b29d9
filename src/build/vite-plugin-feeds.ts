import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig } from 'vite';
import type { SiteManifest } from '../article/site-index.ts';
import { dataFiles } from '../data/data-files.ts';
import { feedPaths } from '../ui/feed-paths.ts';
import { buildStateFile } from './incremental/build-state-file.ts';
import { FEEDS_FOLDER, SITEMAPS_FOLDER } from './site-files.ts';
import { listFiles } from './incremental/sync-folder.ts';
import { readFeedArticles } from './feeds/feed-articles.ts';
import { siteFeeds } from './feeds/site-feeds.ts';
import { siteAddress, type SiteAddress } from './feeds/site-url.ts';
import { sitePages } from './feeds/site-pages.ts';
import { ROBOTS_FILE, robotsTxt, SITEMAP_FILE, sitemapFiles } from './feeds/sitemap.ts';
import { speakerSlugs } from './speaker-slugs.ts';
import { writeSiteFiles } from './feeds/write-site-files.ts';
import { ARTICLES_PLUGIN_NAME, type ArticlesPluginApi } from './vite-plugin-articles.ts';

/** The folders whose every file this plugin writes (others are removed): the feeds and the sitemap's parts. */
const OWNED_FOLDERS = [FEEDS_FOLDER, SITEMAPS_FOLDER];

/** Problems listed one by one in the build's output; beyond, a count. */
const MAX_PROBLEMS_LISTED = 20;

/**
 * With SITE_URL set (their links must be absolute): writes the site's feeds (src/build/feeds/site-feeds.ts),
 * sitemap.xml and robots.txt, names the site's feeds in index.html's head (so in every prerendered page),
 * and tells the reader there are feeds to link to (`import.meta.env.VITE_FEEDS`). Without it, the build
 * says in one line that they are skipped and why, and is otherwise unchanged.
 */
export function feedsPlugin({ siteUrl }: { siteUrl: string | undefined }): Plugin {
  let config: ResolvedConfig;
  let site: SiteAddress | null = null;
  let failed = false;
  return {
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
    buildEnd(error) {
      failed = error !== undefined;
    },
    async closeBundle() {
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
      const started = performance.now();
      const articlesApi = config.plugins.find((plugin) => plugin.name === ARTICLES_PLUGIN_NAME)?.api as ArticlesPluginApi | undefined;
      if (!articlesApi) throw new Error(`feeds: the ${ARTICLES_PLUGIN_NAME} plugin says where the data is`);
      const { dataDir } = articlesApi;
      const manifest = JSON.parse(await readFile(join(dataDir, dataFiles.manifest), 'utf8')) as SiteManifest;
      const { articles, problems } = await readFeedArticles(dataDir, buildStateFile(dataDir, 'feed-articles', outDir));
      // Feeds made from the same inputs as the last build's, whose files are still there, are not made again.
      const memoFile = buildStateFile(dataDir, 'feeds', outDir);
      const present = await listFiles(join(outDir, FEEDS_FOLDER));
      const stamped = await readRemembered(memoFile);
      const remembered = Object.fromEntries(Object.entries(stamped).filter(([path]) => present.has(path.slice(FEEDS_FOLDER.length + 1))));
      // Gone before any feed is written: stamps left beside half-written feeds would pass them off as right.
      await rm(memoFile, { force: true });
      const feeds = siteFeeds(articles, manifest.topics, site, { codeVersion: await feedsCodeVersion(config.root), remembered });
      const pages = sitePages(manifest.topics, articles, await speakerSlugs(dataDir));
      const files = new Map([...feeds.files, ...sitemapFiles(pages, site), [ROBOTS_FILE, robotsTxt(site)]]);
      const changed = await writeSiteFiles(outDir, files, OWNED_FOLDERS, new Set(feeds.kept));
      await mkdir(dirname(memoFile), { recursive: true });
      await writeFile(memoFile, JSON.stringify(feeds.stamps));
      for (const problem of problems.slice(0, MAX_PROBLEMS_LISTED)) config.logger.warn(`feeds: ${problem}`);
      if (problems.length > MAX_PROBLEMS_LISTED)
        config.logger.warn(`feeds: and ${problems.length - MAX_PROBLEMS_LISTED} more articles left out`);
      if (feeds.unslugged.length)
        config.logger.warn(
          `feeds: no feed for ${feeds.unslugged.length} quoted names that make no URL slug: ${feeds.unslugged.slice(0, 5).join(', ')}`,
        );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      config.logger.info(
        `wrote ${feeds.files.size} feeds (${feeds.kept.length} unchanged), sitemap.xml (${pages.length} pages) and robots.txt for ${site.home} in ${seconds} s (${changed} files changed)`,
      );
    },
  };
}

/** The feeds' stamps the last build saved (site-feeds.ts FeedMemo); none when there are none or they are damaged. */
async function readRemembered(file: string): Promise<Record<string, string>> {
  try {
    const stamps: unknown = JSON.parse(await readFile(file, 'utf8'));
    return typeof stamps === 'object' && stamps !== null ? (stamps as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The code that writes the feeds and the feed library's version: when either changes, every feed is made again. */
async function feedsCodeVersion(root: string): Promise<string> {
  const hash = createHash('sha1');
  for (const file of ['src/build/feeds/site-feeds.ts', 'node_modules/feedsmith/package.json'])
    hash.update(await readFile(join(root, file)).catch(() => `${file}: none`));
  return hash.digest('hex');
}
