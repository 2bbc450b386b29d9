import { escapeAttribute } from 'entities';

/** index.html's empty root, which the prerendered page fills. */
const EMPTY_ROOT = '<div id="root"></div>';
/** The text in index.html's boot script that lists the code to start (the entry first). */
export const CODE_FILES_PLACEHOLDER = '/* code-files */ []';

const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const TITLE = /<title>.*?<\/title>/s;
/** A line that is only a `//` comment (index.html's inline scripts have no other line that starts so). */
const SCRIPT_COMMENT_LINE = /^[ \t]*\/\/ .*\n/gm;
const DESCRIPTION = /<meta name="description" content="[^"]*" \/>/;

/** What a shared link's preview shows (Open Graph), and the page's description for search engines. */
export type PageMeta = { description: string; ogTitle: string; publishedDate?: string };

export type PageToFill = {
  /** The address the page shows, below the base: `/` or `/articles/<id>`. */
  path: string;
  /** The page's markup, the inside of #root. */
  html: string;
  /** The page's title as markup (escaped), or null to keep index.html's. */
  title: string | null;
  meta?: PageMeta;
};

/**
 * index.html made ready to hold prerendered pages. The entry's script and module preloads that Vite
 * put in the head are handed to the boot script instead, which starts them after the prerendered page
 * has painted (or at once at any other address). Done once; `fill` then costs a few string copies per
 * page, which matters when every article of an archive gets one.
 */
export function pageTemplate(html: string): { fill: (page: PageToFill) => string } {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`prerender: index.html has no ${EMPTY_ROOT} to fill`);
  if (!html.includes(CODE_FILES_PLACEHOLDER)) throw new Error(`prerender: index.html's boot script has no ${CODE_FILES_PLACEHOLDER}`);
  if (!DESCRIPTION.test(html)) throw new Error('prerender: index.html has no <meta name="description" content="..." /> to replace');
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1]!);
  if (entries.length !== 1) throw new Error(`prerender: expected one entry script in index.html, found ${entries.length}`);
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]!);
  const codeFiles = JSON.stringify([entries[0], ...preloads]);
  const template = html
    // The inline scripts' comments are for the people who read index.html, not for each of an archive's pages.
    .replace(SCRIPT_COMMENT_LINE, '')
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(CODE_FILES_PLACEHOLDER, () => codeFiles);
  // Replacement functions throughout: markup may contain `$&` and the like, which must stay as written.
  return {
    fill: ({ path, html: markup, title, meta }) => {
      // The mark says which address the markup shows: the boot script keeps it only there.
      let filled = template.replace(EMPTY_ROOT, () => `<div id="root" data-prerendered="${escapeAttribute(path)}">${markup}</div>`);
      if (title !== null) filled = filled.replace(TITLE, () => `<title>${title}</title>`);
      if (meta) filled = filled.replace(DESCRIPTION, () => metaTags(meta));
      return filled;
    },
  };
}

function metaTags({ description, ogTitle, publishedDate }: PageMeta): string {
  const tag = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeAttribute(value)}" />`;
  return [
    tag('name', 'description', description),
    tag('property', 'og:site_name', 'Broadsheet'),
    tag('property', 'og:type', publishedDate ? 'article' : 'website'),
    tag('property', 'og:title', ogTitle),
    tag('property', 'og:description', description),
    ...(publishedDate ? [tag('property', 'article:published_time', publishedDate)] : []),
  ].join('\n    ');
}
