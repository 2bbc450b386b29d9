import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import type { Plugin, ResolvedConfig } from 'vite';
import { syncData } from './incremental/sync-data.ts';
import { buildStateFile } from './incremental/build-state-file.ts';
import { DATA_PATH } from './site-files.ts';

export const ARTICLES_PLUGIN_NAME = 'broadsheet-articles';

/** What other build steps may ask of this plugin (Vite's `api` field): where the ingested data is. */
export type ArticlesPluginApi = { dataDir: string };

type Options = {
  /** The folder of raw articles: ARTICLES_DIR, or the bundled sample corpus. */
  articlesDir: string;
  /** Where ingest keeps its output between runs, so rebuilds only process changed files. */
  dataDir?: string | undefined;
};

/**
 * Runs ingest on the article folder so the reader always shows freshly ingested articles:
 * - `vite build`: ingests (incrementally) while the client is bundled, then copies the data into dist/data;
 * - `vite` (dev): ingests, serves the data at /data/, and ingests again when an article file changes,
 *   so a reload shows the edit.
 * Ingest runs as the same CLI people use (`npm run ingest`), in a child process.
 */
export function articlesPlugin({ articlesDir, dataDir }: Options): Plugin<ArticlesPluginApi> {
  const absoluteArticles = resolve(articlesDir);
  const absoluteData = resolve(
    dataDir ?? join('node_modules', '.cache', 'broadsheet', createHash('sha1').update(absoluteArticles).digest('hex').slice(0, 12)),
  );
  let config: ResolvedConfig;
  let failed = false;
  let ingesting: Promise<void> | null = null;

  return {
    name: ARTICLES_PLUGIN_NAME,
    api: { dataDir: absoluteData },
    configResolved(resolved) {
      config = resolved;
    },
    // Ingest runs in its own process while the client is bundled (neither needs the other: at 100,000
    // articles that saves the bundle's second or so of a rebuild). The bundle waits for it before anything
    // is written, so a failed ingest still fails the build with nothing written.
    buildStart() {
      if (config.command !== 'build') return;
      ingesting = ingest(absoluteArticles, absoluteData, config);
      // Awaited in buildEnd; until then a failure must not count as unhandled.
      ingesting.catch(() => {});
    },
    async buildEnd(error) {
      failed = error !== undefined;
      const running = ingesting;
      ingesting = null;
      await running;
    },
    async closeBundle() {
      // The build failed (ingest's error among others): nothing to copy, and its error is the one to show.
      if (config.command !== 'build' || failed) return;
      const outDir = resolve(config.root, config.build.outDir);
      const target = join(outDir, DATA_PATH);
      // The ingest state file is ingest's memory, not something to deploy. Only what changed is copied, and
      // the data of deleted articles is removed: dist/ stays from build to build (vite-plugin-incremental-output.ts).
      const { copied, removed, compared } = await syncData(absoluteData, target, buildStateFile(absoluteData, 'data-sync', outDir));
      config.logger.info(`data: ${copied} files copied, ${removed} removed (${compared})`);
    },
    async configureServer(server) {
      await ingest(absoluteArticles, absoluteData, config);
      server.middlewares.use(`${config.base}${DATA_PATH}`, sirv(absoluteData, { dev: true, dotfiles: false }));
      server.watcher.add(absoluteArticles);
      let running: Promise<void> = Promise.resolve();
      const onChange = (path: string) => {
        if (!resolve(path).startsWith(absoluteArticles)) return;
        running = running.then(() => ingest(absoluteArticles, absoluteData, config));
      };
      server.watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    },
  };
}

/** Rejected files listed one by one in the build's output; beyond, a count. */
const MAX_REJECTED_LISTED = 50;

/**
 * Runs the ingest CLI, passing its summary and progress lines on as they come. Its exit code decides: 0 all
 * good; 1 some files were rejected (the good ones are written): a build stops, listing them, unless
 * ALLOW_REJECTED=1 (a deploy script must be able to tell), while the dev server goes on; anything else
 * (3: ingest itself failed) stops both, so a build never ships the previous run's articles.
 */
function ingest(articlesDir: string, dataDir: string, config: ResolvedConfig): Promise<void> {
  const cli = resolve(config.root, 'src/ingest/cli.ts');
  const building = config.command === 'build';
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--in', articlesDir, '--out', dataDir], {
      cwd: config.root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let summary: string | undefined;
    const problems: string[] = [];
    eachLine(child.stdout, (line) => {
      if (SUMMARY.test(line)) summary = line;
      config.logger.info(`  ${line}`);
    });
    // stderr has ingest's progress lines ("ingest: 40%, ...") and one line per rejected file, or why it failed.
    eachLine(child.stderr, (line) => (line.startsWith('ingest: ') ? config.logger.info(`  ${line}`) : problems.push(line)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolvePromise();
      // A crash exits 1 too, but without the summary: that is a failure, not rejections.
      if (code !== 1 || !summary) return reject(buildError(`ingest failed (exit ${code}):\n${problems.join('\n')}`));
      const rejected = `ingest rejected ${/rejected (\d+)/.exec(summary)?.[1] ?? 'some'} files`;
      const listed = listRejected(problems);
      if (!building || allowRejected()) {
        config.logger.warn(`${rejected}, left out of the site${building ? ' (ALLOW_REJECTED=1)' : ''}:\n${listed}`);
        return resolvePromise();
      }
      reject(
        buildError(
          `${rejected}:\n${listed}\n` + 'Fix or remove them, or build without them with ALLOW_REJECTED=1 (README: "Your own articles").',
        ),
      );
    });
  });
}

/** Ingest's summary line, which it prints only when it ran to the end. */
const SUMMARY = /^ingest: read \d+ files/;

/** ALLOW_REJECTED=1: build the site even when ingest rejects files (they are still listed). */
function allowRejected(): boolean {
  const value = process.env.ALLOW_REJECTED ?? '';
  if (!['', '0', '1'].includes(value)) throw buildError(`ALLOW_REJECTED must be 1 (build without rejected files) or 0, not "${value}"`);
  return value === '1';
}

function listRejected(lines: string[]): string {
  const listed = lines.slice(0, MAX_REJECTED_LISTED).map((line) => `  ${line}`);
  if (lines.length > MAX_REJECTED_LISTED) listed.push(`  and ${lines.length - MAX_REJECTED_LISTED} more (npm run ingest lists them all)`);
  return listed.join('\n');
}

/** An error about the input, not our code: its stack would say nothing, so the build prints the message alone. */
function buildError(message: string): Error {
  const error = new Error(message);
  error.stack = '';
  return error;
}

function eachLine(stream: Readable, onLine: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    if (line.trim()) onLine(line);
  });
}
