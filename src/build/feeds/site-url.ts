/**
 * SITE_URL: where the site is served, scheme and host (`https://news.example.org`), which feeds and
 * the sitemap need for their absolute links. The sub-path, if any, is BASE_PATH's, so it is said once.
 */
export type SiteAddress = {
  /** The absolute URL of a path below the site's base: `absolute('articles/x')`. */
  absolute: (path: string) => string;
  /** The site's home page, e.g. `https://news.example.org/news/`. */
  home: string;
};

/** Null when SITE_URL is unset (no feeds, no sitemap); an error saying what to write when it is malformed. */
export function siteAddress(siteUrl: string | undefined, base: string): SiteAddress | null {
  if (siteUrl === undefined || siteUrl === '') return null;
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    throw new Error(`SITE_URL must be an absolute URL such as https://news.example.org, not "${siteUrl}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must start with https:// or http://, not "${siteUrl}"`);
  if (url.pathname !== '/' || url.search || url.hash || url.username)
    throw new Error(`SITE_URL is the scheme and host only ("${url.origin}"); a sub-path such as "${url.pathname}" goes in BASE_PATH`);
  const home = `${url.origin}${base}`;
  return { home, absolute: (path) => `${home}${path.replace(/^\//, '')}` };
}
