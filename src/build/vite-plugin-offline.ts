import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogLevel, Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { dataFiles, DATA_PATH } from '../data/data-files.ts';
import { writeFileIfChanged } from '../ingest/write-file-if-changed.ts';

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
export function offlinePlugin(): Plugin[] {
  let logLevel: LogLevel | undefined;
  // Workbox writes the worker twice (its own build, then the precache list put in): into a scratch
  // folder, from which it is copied into dist/ only when its bytes changed (see keepWorkerUnlessChanged).
  let scratch: string | undefined;
  let swDest = '';
  const plugins = VitePWA({
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
      async beforeBuildServiceWorker(options) {
        scratch = await mkdtemp(join(tmpdir(), 'broadsheet-service-worker-'));
        swDest = options.swDest;
        options.outDir = scratch;
        options.swDest = options.injectManifest.swDest = join(scratch, SERVICE_WORKER_FILE);
      },
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
  }) as Plugin[];
  return plugins.map((plugin) =>
    plugin.name === PWA_BUILD_PLUGIN
      ? keepWorkerUnlessChanged(plugin, async () => {
          if (!scratch) return;
          const built = join(scratch, SERVICE_WORKER_FILE);
          try {
            await writeFileIfChanged(swDest, await readFile(built));
          } finally {
            await rm(scratch, { recursive: true, force: true });
            scratch = undefined;
          }
        })
      : plugin,
  );
}

/** vite-plugin-pwa's plugin whose closeBundle builds the worker. */
const PWA_BUILD_PLUGIN = 'vite-plugin-pwa:build';

/**
 * The worker's build, followed by `copy`: a rebuild that changes nothing leaves dist/service-worker.js
 * with its bytes and its modification time, as every other file (incremental-build.test.ts).
 */
function keepWorkerUnlessChanged(plugin: Plugin, copy: () => Promise<void>): Plugin {
  const hook = plugin.closeBundle;
  if (!hook || typeof hook === 'function') throw new Error(`offline: ${PWA_BUILD_PLUGIN} builds the worker in an ordered closeBundle`);
  return {
    ...plugin,
    closeBundle: {
      ...hook,
      async handler(...args) {
        await hook.handler.apply(this, args);
        await copy();
      },
    },
  };
}
