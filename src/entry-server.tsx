/**
 * Build time only (src/build/vite-plugin-prerender.ts): draws pages into HTML (the list's first screen
 * into index.html, every article into its own file), so the browser paints them as soon as the HTML
 * and CSS arrive, before any JavaScript has run; main.tsx then hydrates that HTML instead of drawing
 * the page again. The data files are read through `fetch`, which the build answers from the ingest output.
 */
import type { Query } from '@tanstack/react-query';
import { prerender } from 'react-dom/static';
import { App } from './app/app';
import { preloadView } from './app/app-routes';
import { createAppMemoryHistory } from './app/navigation/app-history';
import { createQueryClient } from './app/query-client';

export type PrerenderedPage = { html: string; title: string | null };

/** Files that many pages read and none changes: kept between pages, so each is fetched and checked once. */
const SHARED_FILES = new Set(['manifest', 'cards']);
const isShared = (query: Query) => SHARED_FILES.has(String(query.queryKey[0]));

/**
 * Draws page after page with one query cache. Each page is drawn exactly as a fresh browser would draw
 * it first: everything but the shared files (its route, its article, queries its render only started)
 * is dropped once it is drawn, which also keeps memory flat over an archive.
 */
export function createPrerenderer(): { prerenderPage: (path: string) => Promise<PrerenderedPage>; close: () => void } {
  const queryClient = createQueryClient();
  return {
    async prerenderPage(path) {
      const history = createAppMemoryHistory([`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`]);
      try {
        // The same data the browser waits for before it hydrates (main.tsx): both draw the same tree.
        await preloadView(queryClient, history.location);
        // One piece: React would otherwise send a large section after the rest, with a script that reveals
        // it later (fine for a stream, but it would hold back the paint this is for).
        // An error inside a Suspense boundary does not fail the render: React draws the boundary's fallback
        // (a skeleton) and leaves the rest to the browser. A page is drawn whole or not at all.
        const errors: unknown[] = [];
        const { prelude } = await prerender(<App queryClient={queryClient} history={history} />, {
          progressiveChunkSize: Number.POSITIVE_INFINITY,
          onError: (error) => void errors.push(error),
        });
        const markup = await new Response(prelude).text();
        if (errors.length)
          throw new Error(`the page did not draw: ${errors.map((error) => (error as Error).message ?? String(error)).join('; ')}`);
        // React puts the page's <title> first; it belongs in the head.
        const title = /^<title>(.*?)<\/title>/s.exec(markup);
        return { html: title ? markup.slice(title[0].length) : markup, title: title ? title[1]! : null };
      } finally {
        queryClient.removeQueries({ predicate: (query) => !isShared(query) });
      }
    },
    close: () => queryClient.clear(),
  };
}
