/** index.html's empty root, which the prerendered page fills. */
const EMPTY_ROOT = '<div id="root"></div>';
/** The text in index.html's boot script that lists the code to start (the entry first). */
export const CODE_FILES_PLACEHOLDER = '/* code-files */ []';

const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * index.html with the prerendered page inside its root (marked, so the browser knows to hydrate it and
 * which address it shows) and the page's own title. The entry's script and module preloads that Vite
 * put in the head are handed to the boot script instead, which starts them after the prerendered page
 * has painted (or at once at any other address).
 */
export function injectPrerendered(html: string, page: { html: string; title: string | null }): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: index.html has no ${EMPTY_ROOT} to fill`);
  if (!html.includes(CODE_FILES_PLACEHOLDER)) throw new Error(`prerender: index.html's boot script has no ${CODE_FILES_PLACEHOLDER}`);
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1]!);
  if (entries.length !== 1) throw new Error(`prerender: expected one entry script in index.html, found ${entries.length}`);
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]!);
  const codeFiles = JSON.stringify([entries[0], ...preloads]);
  let filled = html
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(CODE_FILES_PLACEHOLDER, () => codeFiles)
    .replace(EMPTY_ROOT, () => `<div id="root" data-prerendered="/">${page.html}</div>`);
  if (page.title !== null) filled = filled.replace(/<title>.*?<\/title>/s, () => `<title>${page.title}</title>`);
  return filled;
}
