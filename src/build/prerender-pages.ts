/**
 * Build time only, in a worker thread or in the build's own (src/build/vite-plugin-prerender.ts): draws
 * a share of the site's pages into HTML files. Bundled with the app's components by the server build,
 * so it runs as plain JavaScript wherever it is loaded.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../article/article-schema';
import { createPrerenderer } from '../entry-server';
import { paths } from '../ui/paths';
import { articlePageFile, DATA_PATH, peoplePageFile, personPageFile } from './site-files';
import { pageTemplate } from './inject-prerendered';
import { writeFileIfChanged } from '../ingest/write-file-if-changed';

/** A page to draw: the list at `/`, the article with this id at `/articles/<id>`, the people index, or a speaker's page. */
export type PageJob = { kind: 'list' } | { kind: 'article'; id: string } | { kind: 'people' } | { kind: 'person'; slug: string };

export type PrerenderJob = {
  /** The site's base path, e.g. `/` or `/news/`. */
  base: string;
  /** The ingest output, which answers the pages' data requests. */
  dataDir: string;
  /** The built site, where the pages are written. */
  outDir: string;
  /** index.html as the client build wrote it. */
  template: string;
  pages: PageJob[];
};

/** `id`: the article of a page that failed; `slug`: the speaker of one; `list`: the list failed. */
export type PrerenderReport = {
  written: number;
  failed: Array<{ page: string; reason: string; id?: string; slug?: string; list?: boolean }>;
};

/**
 * Draws the pages one after another; a page that fails costs that page only, and is reported. `onPage` is
 * told after each page (drawn or failed), for the build's progress line when the pages are drawn in its thread.
 */
export async function prerenderPages(
  { base, dataDir, outDir, template: html, pages }: PrerenderJob,
  onPage?: () => void,
): Promise<PrerenderReport> {
  const template = pageTemplate(html);
  const prerenderer = createPrerenderer();
  const report: PrerenderReport = { written: 0, failed: [] };
  try {
    await withDataFetch(base, dataDir, async () => {
      for (const page of pages) {
        try {
          if (page.kind === 'list') {
            // Written only when it changed, as every page: an unchanged file keeps its time (an upload skips it).
            await writeFileIfChanged(
              join(outDir, 'index.html'),
              template.fill({ path: paths.list(), ...(await prerenderer.prerenderPage(paths.list())) }),
            );
          } else if (page.kind === 'people' || page.kind === 'person') {
            const path = page.kind === 'people' ? paths.people() : paths.person(page.slug);
            const file = page.kind === 'people' ? peoplePageFile : personPageFile(page.slug);
            await writeFileIfChanged(join(outDir, file), template.fill({ path, ...(await prerenderer.prerenderPage(path)) }));
          } else {
            const path = paths.article(page.id);
            const article = JSON.parse(await readFile(join(dataDir, 'articles', `${page.id}.json`), 'utf8')) as Article;
            const drawn = await prerenderer.prerenderPage(path);
            const meta = { description: article.excerpt, ogTitle: article.title, publishedDate: article.date };
            await writeFileIfChanged(join(outDir, articlePageFile(page.id)), template.fill({ path, ...drawn, meta }));
          }
          report.written += 1;
        } catch (error) {
          const reason = (error as Error).message;
          report.failed.push({
            page: pageName(page),
            reason,
            ...(page.kind === 'article' ? { id: page.id } : {}),
            ...(page.kind === 'person' ? { slug: page.slug } : {}),
            ...(page.kind === 'list' ? { list: true } : {}),
          });
        }
        onPage?.();
      }
    });
  } finally {
    prerenderer.close();
  }
  return report;
}

function pageName(page: PageJob): string {
  if (page.kind === 'list') return 'the list';
  if (page.kind === 'people') return 'the people index';
  return page.kind === 'person' ? `the page of ${page.slug}` : `article ${page.id}`;
}

/** Runs `render` with fetch() answering the site's data URLs from the ingested files. */
async function withDataFetch<T>(base: string, dataDir: string, render: () => Promise<T>): Promise<T> {
  const realFetch = globalThis.fetch;
  const prefix = `${base}${DATA_PATH}/`;
  globalThis.fetch = async (input) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.pathname : input.url;
    if (!url.startsWith(prefix)) throw new Error(`prerender: unexpected request for ${url}`);
    try {
      return new Response(await readFile(join(dataDir, decodeURIComponent(url.slice(prefix.length)))), {
        headers: { 'content-type': 'application/json' },
      });
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
