import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { headerRules } from '../server/header-policy.ts';
import { formatHeadersFile, HEADERS_FILE } from '../server/headers-file.ts';
import { siteInlineScriptHashes } from '../server/inline-script-hashes.ts';
import { writeFileIfChanged } from '../ingest/write-file-if-changed.ts';
import { buildStateFile } from './incremental/build-state-file.ts';
import { DATA_PATH, FEEDS_FOLDER, SITEMAPS_FOLDER } from './site-files.ts';
import { ARTICLES_PLUGIN_NAME, type ArticlesPluginApi } from './vite-plugin-articles.ts';
import { PRERENDER_PLUGIN_NAME, type PrerenderPluginApi } from './vite-plugin-prerender.ts';

/**
 * Writes `dist/_headers` from the header policy (src/server/header-policy.ts), last of all, once every
 * page has been drawn (the prerender plugin writes them in its own closeBundle): the policy's CSP allows
 * the pages' inline scripts by their hashes, read from the pages as they will be served.
 */
export function headersPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'broadsheet-headers',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      async handler() {
        const outDir = resolve(config.root, config.build.outDir);
        const articles = config.plugins.find((plugin) => plugin.name === ARTICLES_PLUGIN_NAME)?.api as ArticlesPluginApi | undefined;
        // Remembered beside the data between builds: only the pages redrawn since are read again.
        const cacheFile = articles && buildStateFile(articles.dataDir, 'inline-scripts', outDir);
        // The data, feeds and sitemaps hold no pages: not listing them saves most of a large archive's files.
        // The pages the prerender step drew are known by what they were drawn from: not listed or stat'ed.
        const prerender = config.plugins.find((plugin) => plugin.name === PRERENDER_PLUGIN_NAME)?.api as PrerenderPluginApi | undefined;
        const scriptHashes = await siteInlineScriptHashes(
          outDir,
          cacheFile,
          [DATA_PATH, FEEDS_FOLDER, SITEMAPS_FOLDER],
          prerender?.drawnPages ?? undefined,
        );
        const rules = headerRules({ base: config.base, scriptHashes });
        const comment =
          'Response headers for Netlify and Cloudflare Pages; npm start sends the same.\nWritten by the build from src/server/header-policy.ts: edit that, not this.';
        await writeFileIfChanged(join(outDir, HEADERS_FILE), formatHeadersFile(rules, comment));
        config.logger.info(`wrote ${HEADERS_FILE}: ${rules.length} rules, ${scriptHashes.length} inline scripts allowed by hash`);
      },
    },
  };
}
