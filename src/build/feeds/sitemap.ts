import { encodeXML } from 'entities';
import type { SiteAddress } from './site-url.ts';

/** The sitemap protocol's limit of URLs in one file (sitemaps.org); past it, an index names the parts. */
export const URLS_PER_SITEMAP = 50_000;

/** The file robots.txt names and search engines are given. */
export const SITEMAP_FILE = 'sitemap.xml';
export const sitemapPartFile = (part: number) => `sitemaps/${part}.xml`;

export type SitemapPage = { path: string; lastmod?: string };

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * sitemap.xml: every page in one file, or, past 50,000 pages, an index of parts of 50,000 each (the
 * protocol's limit; none of ours comes near its 50 MB). Pages keep the order given: give the oldest
 * articles first, and a new day's articles change the last part and the index only.
 */
export function sitemapFiles(pages: readonly SitemapPage[], site: SiteAddress): Map<string, string> {
  if (pages.length <= URLS_PER_SITEMAP) return new Map([[SITEMAP_FILE, urlSet(pages, site)]]);
  const files = new Map<string, string>();
  const parts: SitemapPage[] = [];
  for (let start = 0, part = 1; start < pages.length; start += URLS_PER_SITEMAP, part += 1) {
    const share = pages.slice(start, start + URLS_PER_SITEMAP);
    files.set(sitemapPartFile(part), urlSet(share, site));
    parts.push({ path: sitemapPartFile(part), lastmod: newestOf(share) });
  }
  const entries = parts.map((part) => `<sitemap>${location(part, site)}</sitemap>`);
  files.set(SITEMAP_FILE, `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${entries.join('\n')}\n</sitemapindex>\n`);
  return files;
}

function urlSet(pages: readonly SitemapPage[], site: SiteAddress): string {
  const entries = pages.map((page) => `<url>${location(page, site)}</url>`);
  return `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}">\n${entries.join('\n')}\n</urlset>\n`;
}

const location = ({ path, lastmod }: SitemapPage, site: SiteAddress) =>
  `<loc>${encodeXML(site.absolute(path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}`;

function newestOf(pages: readonly SitemapPage[]): string | undefined {
  let newest: string | undefined;
  for (const { lastmod } of pages) if (lastmod && (!newest || lastmod > newest)) newest = lastmod;
  return newest;
}

export const ROBOTS_FILE = 'robots.txt';

/** robots.txt: everything may be crawled, and here is the sitemap (its URL must be absolute). */
export function robotsTxt(site: SiteAddress): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site.absolute(SITEMAP_FILE)}\n`;
}
