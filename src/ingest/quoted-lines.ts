import type { Article } from '../article/article-schema';
import { quotationsOf } from '../article/quotations';

/** One attributed quotation of an article, as the people files need it (write-people.ts). */
export type QuotedLine = { n: number; speaker: string; text: string };

/** The article's quotations that have a speaker, numbered as the reader numbers them (`#quote-<n>`). */
export function quotedLinesOf(article: Pick<Article, 'blocks'>): QuotedLine[] {
  return quotationsOf(article.blocks).flatMap(({ n, speaker, parts }) =>
    speaker ? [{ n, speaker, text: parts.map((part) => part.text).join(' ') }] : [],
  );
}
