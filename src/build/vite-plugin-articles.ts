import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import sirv from 'sirv';
import type { Plugin, ResolvedConfig } from 'vite';
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
 * - `vite build`: ingests (incrementally), then copies the data into dist/data;
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

  return {
    name: ARTICLES_PLUGIN_NAME,
    api: { dataDir: absoluteData },
    configResolved(resolved) {
      config = resolved;
    },
    async buildStart() {
      if (config.command === 'build') await ingest(absoluteArticles, absoluteData, config);
    },
    async closeBundle() {
      if (config.command !== 'build') return;
      const target = join(resolve(config.root, config.build.outDir), DATA_PATH);
      // The ingest state file is ingest's memory, not something to deploy.
      await cp(absoluteData, target, { recursive: true, filter: (source) => !basename(source).startsWith('.') });
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

function ingest(articlesDir: string, dataDir: string, config: ResolvedConfig): Promise<void> {
  const cli = resolve(config.root, 'src/ingest/cli.ts');
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, '--in', articlesDir, '--out', dataDir], {
      cwd: config.root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      // Exit 1 means some files were rejected: the good ones are written, so the site still builds.
      if (code === 0 || code === 1) {
        for (const line of output.trim().split('\n')) config.logger.info(`  ${line}`);
        resolvePromise();
      } else reject(new Error(`ingest failed (exit ${code}):\n${output}`));
    });
  });
}
