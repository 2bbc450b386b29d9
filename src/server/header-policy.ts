/**
 * The response headers of the built site: the one place they are decided. The build writes them into
 * `dist/_headers` (src/build/vite-plugin-headers.ts), which Netlify and Cloudflare Pages read, and
 * `npm start` (scripts/serve.ts) answers with what that file says, so the local server and a static
 * host send the same headers. The README's deploy section shows them for nginx.
 */

/** A path pattern as `_headers` writes it (`*` matches anything, `/` included), and the headers for it. */
export type HeaderRule = { path: string; headers: Record<string, string> };

/** Files under assets/ have a content hash in their names: a changed file is a new URL. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (the pages, the data) may be kept, but is asked about again before each use. */
export const REVALIDATE = 'no-cache';

/**
 * The Content-Security-Policy. Everything comes from the site itself; nothing may be framed, posted
 * elsewhere or loaded from another host.
 * - script-src: the site's own files, and the pages' inline scripts (the theme script, which has to run
 *   before the first paint, and the boot script, which starts the code and data once the page has
 *   painted) by their sha256 hashes, taken from the built pages. An external file instead would be one
 *   more request that blocks the first paint.
 * - style-src: the stylesheet is a file ('self'). The prerendered list places its rows with `style`
 *   attributes (custom properties and positions, which React writes into the HTML and which CSP treats
 *   as inline style); one hash per distinct attribute would need 'unsafe-hashes' and hundreds of hashes.
 *   So inline style is allowed in attributes only (style-src-attr), never as a <style> element
 *   (style-src-elem 'self'), where injected CSS could read the page with selectors. A style attribute
 *   cannot run script or select other elements. Browsers that do not know the -attr/-elem directives
 *   (Safari before 15.4) fall back to style-src, hence its 'unsafe-inline'.
 * - img-src: the stylesheet's search icon is a data: URL.
 * - worker-src, manifest-src: the service worker and the web app manifest are the site's own files (said
 *   outright rather than left to default-src, so tightening script-src can never turn offline reading off).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  const hashes = scriptHashes.map((hash) => `'sha256-${hash}'`);
  return [
    "default-src 'self'",
    ['script-src', "'self'", ...hashes].join(' '),
    "style-src 'self' 'unsafe-inline'",
    "style-src-elem 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Every response's headers, by path below the site's base. No header is set by two rules that match
 * the same path: Netlify lets the later rule win, Cloudflare Pages would join both values with a comma.
 * A path that no Cache-Control rule names (a deep link answered with index.html, favicon.svg) gets the
 * host's default: Netlify and Cloudflare Pages send `public, max-age=0, must-revalidate`, npm start
 * sends REVALIDATE; both mean "ask again before each use".
 */
export function headerRules({ base, scriptHashes }: { base: string; scriptHashes: readonly string[] }): HeaderRule[] {
  const under = (path: string) => `${base.replace(/\/$/, '')}${path}`;
  const revalidate = { 'Cache-Control': REVALIDATE };
  return [
    {
      path: under('/*'),
      headers: {
        'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
        'X-Content-Type-Options': 'nosniff',
        // What a person reads stays theirs: a followed link does not tell the other site where from.
        'Referrer-Policy': 'no-referrer',
        // Older browsers know only this header; current ones use the CSP's frame-ancestors.
        'X-Frame-Options': 'DENY',
      },
    },
    { path: under('/assets/*'), headers: { 'Cache-Control': IMMUTABLE } },
    { path: under('/'), headers: revalidate },
    { path: under('/index.html'), headers: revalidate },
    { path: under('/articles/*'), headers: revalidate },
    { path: under('/data/*'), headers: revalidate },
  ];
}

/** The headers for a request path, as the hosts apply `_headers`: every matching rule, the later one winning a name. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = { 'Cache-Control': REVALIDATE };
  for (const rule of rules) if (pathPattern(rule.path).test(path)) Object.assign(headers, rule.headers);
  return headers;
}

const patterns = new Map<string, RegExp>();

/** `_headers` path syntax: `*` is a splat that matches any characters, `/` included. */
export function pathPattern(path: string): RegExp {
  let pattern = patterns.get(path);
  if (!pattern) {
    pattern = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
    patterns.set(path, pattern);
  }
  return pattern;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
