import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import compression from 'compression';
import { build } from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import sirv from 'sirv';

/** The query engine as the reader would ship it: bundled and minified, with MiniSearch's radix tree. */
export async function bundleSearchEngine(): Promise<{ code: string; gzipKB: number }> {
  const result = await build({
    stdin: {
      contents: "import { createSearch } from './src/search/query/create-search'; window.createSearch = createSearch;",
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
  });
  const code = result.outputFiles[0]!.text;
  return { code, gzipKB: gzipSync(code).length / 1024 };
}

const PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>search bench</title></head><body></body></html>';

export type BenchServer = { url: string; close(): Promise<void> };

/** Serves folders under path prefixes, gzip-compressed like scripts/serve.ts, plus the bench page and engine. */
export async function startBenchServer(port: number, mounts: Record<string, string>, engineCode: string): Promise<BenchServer> {
  const compress = compression();
  const handlers = Object.entries(mounts).map(([prefix, dir]) => [prefix, sirv(dir, { dev: false, etag: true, dotfiles: false })] as const);
  const server: Server = createServer((request, response) => {
    compress(request as never, response as never, () => {
      const url = request.url ?? '/';
      if (url === '/' || url === '/index.html') return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      if (url === '/engine.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(engineCode);
      for (const [prefix, handler] of handlers) {
        if (url.startsWith(prefix)) {
          request.url = url.slice(prefix.length - 1);
          return void handler(request, response, () => {
            response.writeHead(404).end();
          });
        }
      }
      response.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Compressed body bytes of every response the context receives from now on. */
function countResponseBytes(context: BrowserContext): { total(): Promise<number> } {
  const sizes: Array<Promise<number>> = [];
  context.on('requestfinished', (request) => {
    sizes.push(
      request.sizes().then(
        (size) => size.responseBodySize,
        () => 0,
      ),
    );
  });
  return { total: async () => (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0) };
}

/** tsx compiles the functions handed to page.evaluate with esbuild's keepNames, which calls a __name helper. */
async function openBenchPage(_browser: Browser, url: string, context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
  await page.goto(url);
  return page;
}

export type EngineKind = 'broadsheet' | 'pagefind';

export type FirstQuery = { query: string; kb: number; ms: number; hits: number };

/**
 * One query in a fresh browser context (empty HTTP cache): the compressed bytes of every response after
 * the page itself (engine code, index files) and the time from calling search to having results.
 */
export async function firstQuery(browser: Browser, url: string, engine: EngineKind, query: string): Promise<FirstQuery> {
  const context = await browser.newContext();
  try {
    const page = await openBenchPage(browser, url, context);
    // Counted from the network (Pagefind fetches from a worker, which the page's resource timing misses).
    const transferred = countResponseBytes(context);
    const result = await page.evaluate(
      async ({ engine, query }) => {
        const started = performance.now();
        let hits: number;
        if (engine === 'broadsheet') {
          await import('/engine.js' as string);
          const search = (
            window as unknown as { createSearch(base: string): { search(q: string): Promise<{ ordinals: Uint32Array }> } }
          ).createSearch('/data/');
          hits = (await search.search(query)).ordinals.length;
        } else {
          const pagefind = (await import('/pagefind/pagefind.js' as string)) as { search(q: string): Promise<{ results: unknown[] }> };
          hits = (await pagefind.search(query)).results.length;
        }
        return { ms: performance.now() - started, hits };
      },
      { engine, query },
    );
    return { query, kb: (await transferred.total()) / 1024, ms: result.ms, hits: result.hits };
  } finally {
    await context.close();
  }
}

/**
 * Types each query letter by letter in one session, as results-as-you-type would, and times every
 * search after the session's first (fetches of new files included).
 */
export async function keystrokeTimes(browser: Browser, url: string, engine: EngineKind, queries: readonly string[]): Promise<number[]> {
  const context = await browser.newContext();
  try {
    const page = await openBenchPage(browser, url, context);
    return await page.evaluate(
      async ({ engine, queries }) => {
        let run: (q: string) => Promise<unknown>;
        if (engine === 'broadsheet') {
          await import('/engine.js' as string);
          const search = (window as unknown as { createSearch(base: string): { search(q: string): Promise<unknown> } }).createSearch(
            '/data/',
          );
          run = (q) => search.search(q);
        } else {
          const pagefind = (await import('/pagefind/pagefind.js' as string)) as { search(q: string): Promise<unknown> };
          run = (q) => pagefind.search(q);
        }
        await run(queries[0]!);
        const times: number[] = [];
        for (const query of queries) {
          for (let length = 1; length <= query.length; length += 1) {
            const started = performance.now();
            await run(query.slice(0, length));
            times.push(performance.now() - started);
          }
        }
        return times;
      },
      { engine, queries },
    );
  } finally {
    await context.close();
  }
}
