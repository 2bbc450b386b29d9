import type { Article } from '../../src/article/article-schema';
import { blockText } from '../../src/article/article-text';

/** The article as plain text: title, then each block, separated by blank lines. */
export function articleText(article: Article): string {
  return [article.title, ...article.blocks.map(blockText)].join('\n\n');
}
