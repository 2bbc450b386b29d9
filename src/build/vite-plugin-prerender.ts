import react from '@vitejs/plugin-react';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { ARTICLES_PLUGIN_NAME, DATA_PATH, type ArticlesPluginApi } from './vite-plugin-articles.ts';
import type * as PrerenderModule from '../entry-server.tsx';
import { injectPrerendered } from './inject-prerendered.ts';

/**
 * After the site is built, draws the list's first screen into index.html (src/entry-server.tsx): the
 * latest articles are then painted with the HTML and CSS, before any script has run (the page's Largest
 * Contentful Paint on a slow phone no longer waits for the code), and main.tsx hydrates them. The
 * server side is a second, small Vite build of the same components (an SSR build), run once here; its
 * data requests are answered from the ingested data. Nothing of it is deployed.
 */
export function prerenderPlugin({ entry }: { entry: string }): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'broadsheet-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const articles = config.plugins.find((plugin) => plugin.name === ARTICLES_PLUGIN_NAME)?.api as ArticlesPluginApi | undefined;
      if (!articles) throw new Error(`prerender: the ${ARTICLES_PLUGIN_NAME} plugin says where the data is`);
      const serverDir = resolve(config.root, 'node_modules', '.cache', 'broadsheet-prerender');
      await buildServerEntry(config, entry, serverDir);
      const { prerenderPage } = (await import(`${pathToFileURL(join(serverDir, 'entry-server.js')).href}?${Date.now()}`)) as typeof PrerenderModule;
      const page = await withDataFetch(config.base, articles.dataDir, () => prerenderPage('/'));
      const indexFile = join(resolve(config.root, config.build.outDir), 'index.html');
      await writeFile(indexFile, injectPrerendered(await readFile(indexFile, 'utf8'), page));
      await rm(serverDir, { recursive: true, force: true });
    },
  };
}

/** The app's components built for Node, with the client build's base and CSS module class names. */
async function buildServerEntry(config: ResolvedConfig, entry: string, outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: config.root,
    base: config.base,
    mode: config.mode,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { alias: config.resolve.alias },
    build: { ssr: entry, outDir, emptyOutDir: true, target: 'node20', sourcemap: false, rollupOptions: { output: { entryFileNames: 'entry-server.js' } } },
  });
}

/** Runs `render` with fetch() answering the site's data URLs from the ingested files. */
async function withDataFetch<T>(base: string, dataDir: string, render: () => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  const prefix = `${base}${DATA_PATH}/`;
  globalThis.fetch = async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    if (!url.startsWith(prefix)) throw new Error(`prerender: unexpected request for ${url}`);
    try {
      return new Response(await readFile(join(dataDir, decodeURIComponent(url.slice(prefix.length)))), { headers: { 'content-type': 'application/json' } });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  };
  try {
    return await render();
  } finally {
    globalThis.fetch = realFetch;
  }
}
