/**
 * Build time only (src/build/vite-plugin-prerender.ts): draws the list's first screen into index.html,
 * so the browser paints the latest articles as soon as the HTML and CSS arrive, before any JavaScript
 * has run; main.tsx then hydrates that HTML instead of drawing the page again. The data files are read
 * through `fetch`, which the build answers from the ingest output.
 */
import { prerender } from 'react-dom/static';
import { App } from './app/app';
import { preloadView } from './app/app-routes';
import { createAppMemoryHistory } from './app/navigation/app-history';
import { createQueryClient } from './app/query-client';

/** The page's markup (the inside of #root) and its title, for the page at this path below the base. */
export async function prerenderPage(path: string): Promise<{ html: string; title: string | null }> {
  const queryClient = createQueryClient();
  const history = createAppMemoryHistory([`${import.meta.env.BASE_URL}${path.replace(/^\//, '')}`]);
  // The same data the browser waits for before it hydrates (main.tsx): both draw the same tree.
  await preloadView(queryClient, history.location);
  // One piece: React would otherwise send a large section after the rest, with a script that reveals it
  // later (fine for a stream, but it would hold back the paint this is for).
  const { prelude } = await prerender(<App queryClient={queryClient} history={history} />, { progressiveChunkSize: Number.POSITIVE_INFINITY });
  const markup = await new Response(prelude).text();
  queryClient.clear();
  // React puts the page's <title> first; it belongs in the head.
  const title = /^<title>(.*?)<\/title>/s.exec(markup);
  return { html: title ? markup.slice(title[0].length) : markup, title: title ? title[1]! : null };
}
