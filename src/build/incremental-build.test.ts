import { parseFeed } from '@rowanmanning/feed-parser';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/** A build ingests in a child process and draws every page: tens of seconds on a busy machine. */
const BUILDS_TIMEOUT = 600_000;
const PROJECT = resolve(import.meta.dirname, '../..');

type Tree = Map<string, { bytes: Buffer; mtimeMs: number }>;

/** Articles the test changes: the seed of the added ones, one it changes, one it deletes. */
const NAMED = ['000_2109c60526df57ad.txt', '2019-02-11-coalition-deal.txt', '2024-03-05-harbour-lights-reunion.txt'];

/**
 * Half the sample corpus (plain and messy text, and JSON), those named above among them: every kind of
 * input and page in under 33 files, which ingest gives one worker thread (each thread loads the NLP model:
 * the whole corpus, with two, cost each full build seconds more, and proved nothing more).
 */
async function copyArticles(to: string): Promise<void> {
  const sources = (await readdir(join(PROJECT, 'content'), { recursive: true })).filter((path) => /\.(txt|json)$/.test(path)).sort();
  const chosen = sources.filter((path, k) => k % 2 === 0 || path.endsWith('.json') || NAMED.includes(path));
  await Promise.all(chosen.map((path) => cp(join(PROJECT, 'content', path), join(to, path))));
}

/** The change: two new articles, the newest of the archive; one article changed, one deleted. */
async function changeArticles(dir: string): Promise<void> {
  const seed = await readFile(join(dir, '000_2109c60526df57ad.txt'), 'utf8');
  for (const day of ['01', '02'])
    await writeFile(join(dir, `2030-01-${day}-added.txt`), seed.replace(/^ date \d{4}-\d\d-\d\d/, ` date 2030-01-${day}`));
  const text = await readFile(join(dir, '2019-02-11-coalition-deal.txt'), 'utf8');
  await writeFile(join(dir, '2019-02-11-coalition-deal.txt'), `${text}\n\nThe coalition's first budget is due in March.\n`);
  await rm(join(dir, '2024-03-05-harbour-lights-reunion.txt'));
}

/** The settings of every build here. */
const BUILD_ENV = { SITE_URL: 'https://news.example.org', PRERENDER_THREADS: '0' };

/**
 * Half the sample corpus built, then changed (articles added; one changed and one deleted) and built again
 * into the same dist/: the result must be the site a build from scratch makes, file for file and byte
 * for byte, and every file whose bytes did not change must keep its modification time.
 *
 * The build from scratch needs nothing of the others: it runs beside them, as `vite build` in a child
 * process (the others run in this one, whose environment they set), on a copy of the changed articles
 * made first, with the same bytes and modification times as the articles the rebuild reads.
 */
describe('an incremental build', () => {
  let root: string;
  const articles = () => join(root, 'articles');
  const changedArticles = () => join(root, 'articles-changed');

  /** `vite build` with this project's config, on `articles/`, keeping its data in `data` and writing `dist`. */
  async function buildSite(data: string, dist: string): Promise<Tree> {
    vi.stubEnv('ARTICLES_DIR', articles());
    vi.stubEnv('DATA_DIR', join(root, data));
    for (const [name, value] of Object.entries(BUILD_ENV)) vi.stubEnv(name, value);
    await build({ configFile: join(PROJECT, 'vite.config.ts'), root: PROJECT, logLevel: 'warn', build: { outDir: join(root, dist) } });
    return readTree(join(root, dist));
  }

  /** A build from nothing, of the changed articles: new data folder, new dist, in a child process. */
  async function buildFromScratch(name: string): Promise<Tree> {
    const env = { ...process.env, ...BUILD_ENV, ARTICLES_DIR: changedArticles(), DATA_DIR: join(root, `${name}-data`) };
    const args = ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', join(root, name)];
    const child = spawn(process.execPath, args, { cwd: PROJECT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise((done, fail) => child.on('error', fail).on('close', done));
    expect(code, stderr).toBe(0);
    return readTree(join(root, name));
  }

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'broadsheet-incremental-test-'));
    await copyArticles(articles());
    await cp(articles(), changedArticles(), { recursive: true, preserveTimestamps: true });
    await changeArticles(changedArticles());
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(root, { recursive: true, force: true });
  });

  it(
    'after adding, changing and deleting articles, writes what a build from scratch writes, and touches nothing else',
    async () => {
      const scratch = buildFromScratch('scratch');
      // Failing alone, it would be an unhandled rejection until awaited below.
      scratch.catch(() => undefined);
      const first = await buildSite('data', 'dist');
      expectFeedsLinked(first);

      // Nothing changed: not one file is written, the service worker included. The cheapest of the builds
      // (nothing to ingest or draw), and the only one that shows the files every change reaches are kept too.
      const again = await buildSite('data', 'dist');
      expect(changedFiles(first, again)).toEqual([]);

      // The change (changeArticles), made by copying its files, times kept. One rebuild for all of it
      // (each full build costs tens of seconds): every file that no change reaches must come through it
      // untouched, bytes and modification time.
      const listed = await Promise.all([articles(), changedArticles()].map((dir) => readdir(dir, { recursive: true })));
      for (const path of new Set(listed.flat().filter((name) => /\.(txt|json)$/.test(name)))) {
        const [was, now] = await Promise.all([articles(), changedArticles()].map((dir) => readFile(join(dir, path)).catch(() => null)));
        if (!now) await rm(join(articles(), path));
        else if (!was?.equals(now)) await cp(join(changedArticles(), path), join(articles(), path), { preserveTimestamps: true });
      }
      const rebuilt = await buildSite('data', 'dist');

      expectSameSite(rebuilt, await scratch);
      expectTimesKept(first, rebuilt);
      const changed = changedFiles(first, rebuilt);
      expect(changed).toEqual(expect.arrayContaining(['index.html', 'sitemap.xml', 'feeds/all.xml']));
      // The two new pages and the changed one; the deleted one's page and data are gone.
      expect(changed.filter((path) => path.startsWith('articles/'))).toHaveLength(3);
      expect([...rebuilt.keys()].some((path) => path.includes('harbour-lights-reunion'))).toBe(false);
      // Files no change of articles reaches: the code and the icons (the service worker's precache
      // list holds index.html's revision, which the new articles change).
      expect(changed.filter((path) => /^(assets|icons)\//.test(path))).toEqual([]);
    },
    BUILDS_TIMEOUT,
  );
});

/** Every feed parses, each entry's link is a page of the site, and the pages name and link the feeds. */
function expectFeedsLinked(site: Tree): void {
  const text = (path: string) => site.get(path)!.bytes.toString('utf8');
  const feeds = [...site.keys()].filter((path) => path.startsWith('feeds/') && path.endsWith('.xml'));
  expect(feeds.length).toBeGreaterThan(10);
  for (const path of feeds) {
    const feed = parseFeed(text(path));
    expect(feed.self).toBe(`https://news.example.org/${path}`);
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(site.has(`${item.url!.slice('https://news.example.org/'.length)}.html`)).toBe(true);
    }
  }
  const alternate = '<link rel="alternate" type="application/atom+xml" title="Broadsheet" href="/feeds/all.xml">';
  const anArticle = [...site.keys()].find((path) => path.startsWith('articles/'))!;
  expect(text('index.html')).toContain(alternate);
  expect(text(anArticle)).toContain(alternate);
  expect(text('index.html')).toMatch(/<a href="\/feeds\/all.xml" type="application\/atom\+xml">Atom feed/);
  expect(text('robots.txt')).toContain('Sitemap: https://news.example.org/sitemap.xml');
  expect(text('sitemap.xml')).toContain(`<loc>https://news.example.org/${anArticle.slice(0, -'.html'.length)}</loc>`);
  // The people pages too: the index and each speaker's drawn page.
  const aPerson = [...site.keys()].find((path) => path.startsWith('people/'))!;
  expect(text('sitemap.xml')).toContain('<loc>https://news.example.org/people</loc>');
  expect(text('sitemap.xml')).toContain(`<loc>https://news.example.org/${aPerson.slice(0, -'.html'.length)}</loc>`);
}

async function readTree(dir: string): Promise<Tree> {
  const tree: Tree = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    tree.set(relative(dir, path), { bytes: await readFile(path), mtimeMs: (await stat(path)).mtimeMs });
  }
  return tree;
}

function expectSameSite(incremental: Tree, scratch: Tree): void {
  expect([...incremental.keys()].sort()).toEqual([...scratch.keys()].sort());
  const differing = [...incremental].filter(([path, file]) => !file.bytes.equals(scratch.get(path)!.bytes)).map(([path]) => path);
  expect(differing).toEqual([]);
}

/** Files written since `before`: new, or with other bytes or another modification time. */
function changedFiles(before: Tree, after: Tree): string[] {
  return [...after]
    .filter(([path, file]) => {
      const old = before.get(path);
      return !old || !old.bytes.equals(file.bytes) || old.mtimeMs !== file.mtimeMs;
    })
    .map(([path]) => path)
    .sort();
}

/** Every file whose bytes are the same kept its modification time. */
function expectTimesKept(before: Tree, after: Tree): void {
  const retouched = [...after].filter(
    ([path, file]) => before.get(path)?.bytes.equals(file.bytes) && before.get(path)!.mtimeMs !== file.mtimeMs,
  );
  expect(retouched.map(([path]) => path)).toEqual([]);
}
