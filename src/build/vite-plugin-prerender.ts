import react from '@vitejs/plugin-react';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import type { Article } from '../article/article-schema.ts';
import { ARTICLES_PLUGIN_NAME, DATA_PATH, type ArticlesPluginApi } from './vite-plugin-articles.ts';
import type * as PrerenderModule from '../entry-server.tsx';
import { pageTemplate } from './inject-prerendered.ts';

/** Where the article pages go in the built site: `/articles/<id>` is answered by `articles/<id>.html`. */
export const ARTICLE_PAGES_DIR = 'articles';

/**
 * After the site is built, draws pages into HTML with the app's own components (src/entry-server.tsx):
 * the list's first screen into index.html, and every article into `articles/<id>.html`. The browser
 * then paints the page with the HTML and CSS, before any script has run (Largest Contentful Paint on a
 * slow phone no longer waits for the code and the data), it reads without JavaScript, a shared link's
 * preview has the article's title and description, and main.tsx hydrates the page. The server side is
 * a second, small Vite build of the same components (an SSR build), run once here; its data requests
 * are answered from the ingested data. Nothing of it is deployed.
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
      const started = performance.now();
      const serverDir = resolve(config.root, 'node_modules', '.cache', 'broadsheet-prerender');
      await buildServerEntry(config, entry, serverDir);
      const { createPrerenderer } = (await import(`${pathToFileURL(join(serverDir, 'entry-server.js')).href}?${Date.now()}`)) as typeof PrerenderModule;
      const outDir = resolve(config.root, config.build.outDir);
      const indexFile = join(outDir, 'index.html');
      const template = pageTemplate(await readFile(indexFile, 'utf8'));
      const prerenderer = createPrerenderer();
      try {
        await withDataFetch(config.base, articles.dataDir, async () => {
          await writeFile(indexFile, template.fill({ path: '/', ...(await prerenderer.prerenderPage('/')) }));
          const { written, failed } = await prerenderArticles(articles.dataDir, join(outDir, ARTICLE_PAGES_DIR), async (id, article) =>
            template.fill({
              path: `/articles/${id}`,
              ...(await prerenderer.prerenderPage(`/articles/${id}`)),
              meta: { description: article.excerpt, ogTitle: article.title, publishedDate: article.date },
            }),
          );
          // A page that could not be drawn is still served: the host's fallback gives it index.html, and
          // the reader draws it in the browser. Said here, so it is not lost.
          for (const { id, reason } of failed) config.logger.warn(`prerender: article ${id} is left to the browser: ${reason}`);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          config.logger.info(`prerendered the list and ${written} article pages in ${seconds} s`);
        });
      } finally {
        prerenderer.close();
        await rm(serverDir, { recursive: true, force: true });
      }
    },
  };
}

type ArticlePage = (id: string, article: Pick<Article, 'title' | 'excerpt' | 'date'>) => Promise<string>;

/** One page per ingested article, in the order of their files; a failure costs that article's page only. */
async function prerenderArticles(dataDir: string, pagesDir: string, page: ArticlePage) {
  const articlesDir = join(dataDir, 'articles');
  const ids = (await readdir(articlesDir)).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -'.json'.length));
  await mkdir(pagesDir, { recursive: true });
  const failed: { id: string; reason: string }[] = [];
  let written = 0;
  for (const id of ids) {
    try {
      const article = JSON.parse(await readFile(join(articlesDir, `${id}.json`), 'utf8')) as Article;
      await writeFile(join(pagesDir, `${id}.html`), await page(id, article));
      written += 1;
    } catch (error) {
      failed.push({ id, reason: (error as Error).message });
    }
  }
  return { written, failed };
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
