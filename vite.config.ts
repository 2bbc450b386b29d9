import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { articlesPlugin } from './src/build/vite-plugin-articles.ts';

/**
 * ARTICLES_DIR   the folder of raw articles to show (default: the bundled sample corpus, content/)
 * BASE_PATH      the sub-path the site is served under, e.g. /news/ (default: /)
 * DATA_DIR       where ingest keeps its output between builds (default: under node_modules/.cache)
 */
export default defineConfig({
  base: normaliseBase(process.env.BASE_PATH),
  plugins: [react(), articlesPlugin({ articlesDir: process.env.ARTICLES_DIR ?? 'content', dataDir: process.env.DATA_DIR })],
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: Number(process.env.PORT ?? 4173) },
});

function normaliseBase(base: string | undefined): string {
  if (!base) return '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
