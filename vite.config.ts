import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { articlesPlugin } from './src/build/vite-plugin-articles.ts';
import { prerenderPlugin } from './src/build/vite-plugin-prerender.ts';
import { quietBuildPlugin } from './src/build/vite-plugin-quiet-build.ts';
import { routePreloadPlugin } from './src/build/vite-plugin-route-preload.ts';

/**
 * ARTICLES_DIR   the folder of raw articles to show (default: the bundled sample corpus, content/)
 * BASE_PATH      the sub-path the site is served under, e.g. /news/ (default: /)
 * DATA_DIR       where ingest keeps its output between builds (default: under node_modules/.cache)
 */
export default defineConfig(({ command }) => ({
  base: normaliseBase(process.env.BASE_PATH),
  plugins: [
    react(),
    articlesPlugin({ articlesDir: process.env.ARTICLES_DIR ?? 'content', dataDir: process.env.DATA_DIR }),
    routePreloadPlugin({
      routes: { list: 'src/features/filters/filtered-list-page.tsx', article: 'src/features/articles/article/article-page.tsx' },
    }),
    prerenderPlugin({ entry: 'src/build/prerender-pages.ts' }),
    quietBuildPlugin(),
  ],
  resolve: {
    // react-router's package points every bundler at its development build, whose warnings and checks
    // the site does not need: the production build is the same API, smaller and quicker to run.
    alias:
      command === 'build'
        ? [{ find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) }]
        : [],
  },
  build: {
    target: 'es2022',
    sourcemap: true,
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
