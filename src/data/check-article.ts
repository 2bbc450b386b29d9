import type { Article, Block, Inline } from '@/article/article-schema';
import { DataMalformed } from './data-errors';
import { ISO_DATE, isCount, isRecord, isString, isStringArray, type Problem } from './shape';

/**
 * An article file as the reader renders it, or DataMalformed naming the first problem found.
 * Checks what rendering depends on; the zod schema itself stays out of the browser bundle (it
 * would cost more than the whole article view).
 */
export function checkArticle(value: unknown, url: string, expectedId: string): Article {
  const problem = articleProblem(value, expectedId);
  if (problem) throw new DataMalformed(url, problem);
  return value as Article;
}

function articleProblem(value: unknown, expectedId: string): Problem | null {
  if (!isRecord(value)) return 'it is not an article object';
  if (value.id !== expectedId) return `its id is ${JSON.stringify(value.id)}, not "${expectedId}"`;
  if (!isString(value.date) || !ISO_DATE.test(value.date)) return 'its date is not written YYYY-MM-DD';
  if (!isString(value.title) || value.title.trim() === '') return 'it has no title';
  if (!Array.isArray(value.blocks) || value.blocks.length === 0) return 'it has no blocks of text';
  for (const [index, block] of value.blocks.entries()) {
    const blockProblem = blockProblemOf(block);
    if (blockProblem) return `block ${index + 1} ${blockProblem}`;
  }
  if (!isStringArray(value.topics)) return 'its topics are not a list of codes';
  if (!isString(value.excerpt)) return 'its excerpt is missing';
  if (!isCount(value.readingMinutes)) return 'its reading time is missing';
  if (value.metadata !== undefined && !isRecord(value.metadata)) return 'its metadata is not an object';
  return null;
}

function blockProblemOf(block: unknown): Problem | null {
  if (!isRecord(block)) return 'is not an object';
  const type = block.type as Block['type'];
  switch (type) {
    case 'heading':
      return isString(block.id) && isString(block.text) ? null : 'is a heading without an id or text';
    case 'paragraph':
      if (!Array.isArray(block.inlines) || block.inlines.length === 0) return 'is a paragraph without text';
      return block.inlines.every(isInline) ? null : 'holds text of an unknown kind';
    default:
      return `is of an unknown kind (${JSON.stringify(type)})`;
  }
}

function isInline(inline: unknown): boolean {
  if (!isRecord(inline) || !isString(inline.text)) return false;
  const type = inline.type as Inline['type'];
  switch (type) {
    case 'text':
      return true;
    case 'quote':
      return (
        (inline.speaker === null || isString(inline.speaker)) &&
        isString(inline.open) &&
        isString(inline.close) &&
        (inline.continued === undefined || typeof inline.continued === 'boolean')
      );
    default:
      return false;
  }
}
