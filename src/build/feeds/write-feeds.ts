import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SiteManifest } from '../../article/site-index.ts';
import { dataFiles } from '../../data/data-files.ts';
import { buildStateFile } from '../incremental/build-state-file.ts';
import { listFiles } from '../incremental/sync-folder.ts';
import { speakerSlugs } from '../speaker-slugs.ts';
import { FEEDS_FOLDER, SITEMAPS_FOLDER } from '../site-files.ts';
import { readFeedArticles } from './feed-articles.ts';
import { siteFeeds } from './site-feeds.ts';
import { siteAddress } from './site-url.ts';
import { sitePages } from './site-pages.ts';
import { ROBOTS_FILE, robotsTxt, sitemapFiles } from './sitemap.ts';
import { writeSiteFiles } from './write-site-files.ts';

/** The folders whose every file the feeds step writes (others are removed): the feeds and the sitemap's parts. */
export const OWNED_FOLDERS = [FEEDS_FOLDER, SITEMAPS_FOLDER];

/** What the feeds step needs: plain data, so that it can be handed to a worker thread (feeds-worker.ts). */
export type FeedsJob = { root: string; outDir: string; dataDir: string; siteUrl: string; base: string };

export type FeedsReport = {
  feeds: number;
  unchangedFeeds: number;
  sitemapPages: number;
  home: string;
  /** Files written or removed. */
  changed: number;
  /** Articles left out of the feeds, each with its file and the reason. */
  problems: string[];
  seconds: number;
};

/**
 * Writes the site's feeds (site-feeds.ts), sitemap.xml and robots.txt into `outDir` from the ingested data.
 * Feeds made from the same inputs as the last build's, whose files are still there, are not made again.
 */
export async function writeFeeds({ root, outDir, dataDir, siteUrl, base }: FeedsJob): Promise<FeedsReport> {
  const started = performance.now();
  const site = siteAddress(siteUrl, base);
  if (!site) throw new Error('feeds: no SITE_URL to write feeds for');
  const manifest = JSON.parse(await readFile(join(dataDir, dataFiles.manifest), 'utf8')) as SiteManifest;
  const { articles, problems } = await readFeedArticles(dataDir, buildStateFile(dataDir, 'feed-articles', outDir));
  const memoFile = buildStateFile(dataDir, 'feeds', outDir);
  const present = await listFiles(join(outDir, FEEDS_FOLDER));
  const stamped = await readRemembered(memoFile);
  const remembered = Object.fromEntries(Object.entries(stamped).filter(([path]) => present.has(path.slice(FEEDS_FOLDER.length + 1))));
  // Gone before any feed is written: stamps left beside half-written feeds would pass them off as right.
  await rm(memoFile, { force: true });
  const feeds = siteFeeds(articles, manifest.topics, site, { codeVersion: await feedsCodeVersion(root), remembered });
  const pages = sitePages(manifest.topics, articles, await speakerSlugs(dataDir));
  const files = new Map([...feeds.files, ...sitemapFiles(pages, site), [ROBOTS_FILE, robotsTxt(site)]]);
  const changed = await writeSiteFiles(outDir, files, OWNED_FOLDERS, new Set(feeds.kept));
  await mkdir(dirname(memoFile), { recursive: true });
  await writeFile(memoFile, JSON.stringify(feeds.stamps));
  return {
    feeds: feeds.files.size,
    unchangedFeeds: feeds.kept.length,
    sitemapPages: pages.length,
    home: site.home,
    changed,
    problems,
    seconds: (performance.now() - started) / 1000,
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
