import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { writeFileIfChanged } from '../ingest/write-file-if-changed.ts';
import { listFiles } from './incremental/sync-folder.ts';

export const INCREMENTAL_OUTPUT_PLUGIN_NAME = 'broadsheet-incremental-output';

/** What the prerender plugin asks of this one: index.html as the client build made it, which it fills. */
export type IncrementalOutputApi = { template: () => string };

/** The client build's own folder of code and styles (Vite's build.assetsDir). */
const ASSETS_DIR = 'assets';

/**
 * Keeps dist/ from one build to the next, so a build after a few articles changed rewrites only the
 * files that changed, and every other file keeps its bytes and its modification time (a sync to a host
 * or a bucket, by checksum or by time, then uploads only what changed). Vite would empty dist/ and write
 * every file again; instead:
 * - the client build's files that are already there, byte for byte, are not written again;
 * - index.html is not written here: the prerender plugin fills it with the list (writing it only when
 *   that changed), from the template this plugin hands it;
 * - code and styles no build makes any more are removed from assets/, and public/ is copied by content.
 * The other steps keep their own parts the same way: the data (vite-plugin-articles.ts), the pages
 * (vite-plugin-prerender.ts), the feeds (vite-plugin-feeds.ts) and _headers (vite-plugin-headers.ts).
 */
export function incrementalOutputPlugin(): Plugin<IncrementalOutputApi> {
  let config: ResolvedConfig;
  let template: string | undefined;
  let written = new Set<string>();
  return {
    name: INCREMENTAL_OUTPUT_PLUGIN_NAME,
    apply: 'build',
    api: {
      template: () => {
        if (template === undefined) throw new Error('incremental output: the client build made no index.html');
        return template;
      },
    },
    // Kept unless the build is asked to empty it (`vite build --emptyOutDir`: a build from scratch).
    config: (user) => ({ build: { emptyOutDir: user.build?.emptyOutDir ?? false, copyPublicDir: false } }),
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle: {
      order: 'post',
      async handler(_options, bundle) {
        const outDir = resolve(config.root, config.build.outDir);
        written = new Set(Object.keys(bundle));
        for (const [fileName, output] of Object.entries(bundle)) {
          const content = output.type === 'chunk' ? output.code : output.source;
          if (fileName === 'index.html') {
            template = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
            delete bundle[fileName];
            continue;
          }
          // An emptied dist/ keeps nothing to compare with (and is emptied after this): every file is written.
          if (config.build.emptyOutDir) continue;
          const existing = await readFile(join(outDir, fileName)).catch(() => null);
          if (existing?.equals(typeof content === 'string' ? Buffer.from(content) : content)) delete bundle[fileName];
        }
      },
    },
    async writeBundle() {
      const outDir = resolve(config.root, config.build.outDir);
      for (const file of await listFiles(join(outDir, ASSETS_DIR))) {
        const fileName = `${ASSETS_DIR}/${file}`;
        if (!written.has(fileName)) await rm(join(outDir, fileName), { force: true });
      }
      if (!config.publicDir) return;
      for (const file of await listFiles(config.publicDir))
        await writeFileIfChanged(join(outDir, file), await readFile(join(config.publicDir, file)));
    },
  };
}
