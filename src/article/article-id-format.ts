/**
 * The article id format, written once: the zod schema (article-schema.ts), the reader's check before it
 * fetches (src/data/article-query.ts) and the boot script's URL patterns (src/app/routes/route-table.ts)
 * use it. Free of zod, so the reader's first view does not carry the schema library.
 */

/** Lowercase letters and digits in words joined by single hyphens: URL-safe as it stands. */
export const URL_SLUG_SOURCE = '[a-z0-9]+(?:-[a-z0-9]+)*';
export const URL_SLUG = new RegExp(`^${URL_SLUG_SOURCE}$`);
export const MAX_ARTICLE_ID_LENGTH = 120;

export function isArticleId(id: string): boolean {
  return id.length <= MAX_ARTICLE_ID_LENGTH && URL_SLUG.test(id);
}
