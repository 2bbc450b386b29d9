import type { Article } from '@/article/article-schema';
import { isArticle } from './article-validator.generated';
import { checked } from './check-data';
import { DataMalformed } from './data-errors';

/**
 * An article file as the reader renders it, or DataMalformed naming the first problem found. The check
 * is generated from the article's zod schema (src/article/data-validators.ts); article-query.ts loads
 * this module with the article, so the list's code does not carry it.
 */
export function checkArticle(value: unknown, url: string, expectedId: string): Article {
  const article = checked<Article>(isArticle, value, url, 'an article');
  if (article.id !== expectedId) throw new DataMalformed(url, `its id is ${JSON.stringify(article.id)}, not "${expectedId}"`);
  return article;
}
