import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { alwaysFirstData, paramPatterns, routeTable } from './src/app/routes/route-table.ts';
import { articlesPlugin } from './src/build/vite-plugin-articles.ts';
import { feedsPlugins } from './src/build/vite-plugin-feeds.ts';
import { headersPlugin } from './src/build/vite-plugin-headers.ts';
import { offlinePlugin } from './src/build/vite-plugin-offline.ts';
import { incrementalOutputPlugin } from './src/build/vite-plugin-incremental-output.ts';
import { prerenderPlugin } from './src/build/vite-plugin-prerender.ts';
import { pureReactRouterPlugin } from './src/build/vite-plugin-pure-react-router.ts';
import { quietBuildPlugin } from './src/build/vite-plugin-quiet-build.ts';
import { routePreloadPlugin } from './src/build/vite-plugin-route-preload.ts';
import { DATA_PATH } from './src/data/data-files.ts';

/** `@/data/...` is `src/data/...`: the reader's imports name where a module lives, not how many folders up it is. */
const srcAlias = { find: /^@\//, replacement: fileURLToPath(new URL('./src/', import.meta.url)) };

/**
 * ARTICLES_DIR   the folder of raw articles to show (default: the bundled sample corpus, content/)
 * BASE_PATH      the sub-path the site is served under, e.g. /news/ (default: /)
 * DATA_DIR       where ingest keeps its output between builds (default: under node_modules/.cache)
 * SITE_URL       where the site is served (https://news.example.org): feeds, sitemap.xml and robots.txt need it
 * SOURCEMAP=1    also write source maps into dist/ (they show the source to anyone: off by default)
 */
const feeds = feedsPlugins({ siteUrl: process.env.SITE_URL });

export default defineConfig(({ command }) => ({
  base: normaliseBase(process.env.BASE_PATH),
  plugins: [
    react(),
    pureReactRouterPlugin(),
    articlesPlugin({ articlesDir: process.env.ARTICLES_DIR ?? 'content', dataDir: process.env.DATA_DIR }),
    routePreloadPlugin({ views: Object.values(routeTable), paramPatterns, alwaysData: alwaysFirstData, dataPath: DATA_PATH }),
    incrementalOutputPlugin(),
    prerenderPlugin({ entry: 'src/build/prerender-pages.ts' }),
    feeds.start,
    headersPlugin(),
    offlinePlugin(),
    // Last: waits for the feeds, which are written beside the steps before it (vite-plugin-feeds.ts).
    feeds.finish,
    quietBuildPlugin(),
  ],
  resolve: {
    // react-router's package points every bundler at its development build, whose warnings and checks
    // the site does not need: the production build is the same API, smaller and quicker to run.
    alias: [
      srcAlias,
      ...(command === 'build'
        ? [
            {
              find: /^react-router$/,
              replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)),
            },
          ]
        : []),
    ],
  },
  build: {
    target: 'es2022',
    sourcemap: process.env.SOURCEMAP === '1',
    // One stylesheet for every view (about 7 KB compressed), linked from index.html: the prerendered list
    // (vite-plugin-prerender.ts) is styled in its first paint, with or without JavaScript, and no view
    // waits for a stylesheet of its own.
    cssCodeSplit: false,
  },
  server: { port: 5173 },
  preview: { port: Number(process.env.PORT ?? 4173) },
}));

function normaliseBase(base: string | undefined): string {
  if (!base) return '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
