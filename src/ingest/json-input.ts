import { z } from 'zod';
import { article, articleId, isoDate, topicQcode } from '../article/article-schema';
import { yearOutOfRange } from '../article/date-range';
import { InputRejected } from './input-rejected';

/** The short form other tools may write: a date, the body as text, and optionally a title and topics. */
export const minimalArticle = z.object({
  id: articleId.optional(),
  date: isoDate,
  title: z.string().min(1).optional(),
  body: z.string().refine((body) => body.trim() !== '', 'must not be empty'),
  topics: z.array(topicQcode).optional(),
});
export type MinimalArticle = z.infer<typeof minimalArticle>;

/** A full article from another tool: the id may be left to ingest, and the source path is always ingest's to set. */
export const articleFromJson = article.omit({ source: true }).extend({ id: articleId.optional() });
export type ArticleFromJson = z.infer<typeof articleFromJson>;

export type JsonInput = { kind: 'article'; article: ArticleFromJson } | { kind: 'minimal'; minimal: MinimalArticle };

/** Parses a .json input: a full article (it has "blocks") or the minimal form. */
export function parseJsonInput(text: string): JsonInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputRejected(`invalid JSON: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputRejected('JSON input must be an object: an article or { "date", "title"?, "body" }');
  }
  // Before the schema: it would call year 0050 "not a real calendar day", which is not the reason.
  const { date } = value as { date?: unknown };
  const outOfRange = typeof date === 'string' ? yearOutOfRange(date) : null;
  if (outOfRange) throw new InputRejected(`date ${date as string}: ${outOfRange}`);
  if ('blocks' in value) {
    const result = articleFromJson.safeParse(value);
    if (!result.success) throw new InputRejected(`JSON fails the article schema: ${describeIssues(result.error)}`);
    return { kind: 'article', article: result.data };
  }
  const result = minimalArticle.safeParse(value);
  if (!result.success) throw new InputRejected(`JSON fails the article schema: ${describeIssues(result.error)}`);
  return { kind: 'minimal', minimal: result.data };
}

/** "date: must be a real calendar day; blocks.0.inlines: ..." — names each failing field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
    .join('; ');
}
