import type { LogLevel, PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { dataFiles, DATA_PATH } from '../data/data-files.ts';

/** The service worker's file in dist/ (from src/offline/service-worker.ts), registered by src/app/offline/start-offline.ts. */
export const SERVICE_WORKER_FILE = 'service-worker.js';

/** The same colours as index.html's theme-color (light) and the icons' background. */
const PAPER = '#fcfbf8';

/**
 * The installable web app: the manifest (manifest.webmanifest, linked from every page), its icons
 * (public/icons, made by scripts/make-icons.ts) and the service worker, built from
 * src/offline/service-worker.ts with the list of files to precache put in by Workbox (injectManifest).
 *
 * Precached, the app shell only: index.html, the code, the stylesheet, the icons (the manifest's, added by
 * the plugin) and the list's first data.
 * Never the article pages or data (the worker keeps the saved and recently read ones as they are read),
 * so the precache stays the same size at 100,000 articles. It is listed after every page is drawn and the
 * data copied (closeBundleOrder 'post'): index.html then holds the prerendered list, and its revision in
 * the precache changes whenever the list's first screen does.
 */
export function offlinePlugin(): PluginOption {
  let logLevel: LogLevel | undefined;
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: 'src/offline',
    filename: SERVICE_WORKER_FILE.replace(/\.js$/, '.ts'),
    // Registered by the reader's own code after the page has loaded, never by a script in the page.
    injectRegister: false,
    registerType: 'prompt',
    integration: {
      closeBundleOrder: 'post',
      configureOptions: (config) => void (logLevel = config.logLevel),
      // The worker's own small build says as much as the site's (a quiet build stays quiet: --logLevel warn).
      configureCustomSWViteBuild: (options) => void (options.logLevel = logLevel),
    },
    includeAssets: [],
    manifest: {
      name: 'Broadsheet',
      short_name: 'Broadsheet',
      description: 'A fast news reader: articles with their quotations highlighted and attributed.',
      display: 'standalone',
      background_color: PAPER,
      theme_color: PAPER,
      icons: [
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    injectManifest: {
      rollupFormat: 'iife',
      globPatterns: [
        'index.html',
        'favicon.svg',
        'assets/**/*.{js,css}',
        ...[dataFiles.manifest, dataFiles.cardsChunk(0), dataFiles.columns].map((file) => `${DATA_PATH}/${file}`),
      ],
      // columns.json is a few MB at 100,000 articles (190 KB compressed); the default limit is 2 MB.
      maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    },
  });
}
