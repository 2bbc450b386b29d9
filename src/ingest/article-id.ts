import slugify from '@sindresorhus/slugify';

const MAX_ID_LENGTH = 120;

/**
 * The id of the article made from `source` (its path relative to --in): the path without its
 * extension, slugified. It depends on nothing else, so the same file keeps its id (and its URL)
 * whatever else the corpus holds: "world/000_2109c60526df57ad.txt" -> "world-000-2109c60526df57ad".
 */
export function articleIdFromSource(source: string): string {
  const withoutExtension = source.replace(/\.[^./]+$/, '');
  const id = slugify(withoutExtension.replaceAll('/', ' '), { decamelize: false }).slice(0, MAX_ID_LENGTH);
  return id.replace(/-+$/, '') || 'article';
}
