/** index.html's empty root, which the prerendered page fills. */
const EMPTY_ROOT = '<div id="root"></div>';

/**
 * index.html with the prerendered page inside its root (marked, so the browser knows to hydrate it and
 * which address it shows) and the page's own title.
 */
export function injectPrerendered(html: string, page: { html: string; title: string | null }): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: index.html has no ${EMPTY_ROOT} to fill`);
  const filled = html.replace(EMPTY_ROOT, () => `<div id="root" data-prerendered="/">${page.html}</div>`);
  return page.title === null ? filled : filled.replace(/<title>.*?<\/title>/s, () => `<title>${page.title}</title>`);
}
