import { article as articleSchema, type Article } from '../article/article-schema';
import { mainSpeakerOf, quotationsOf } from '../article/quotations';
import type { ArticleCard } from '../article/site-index';
import { articleIdFromSource } from './article-id';
import { decodeSource } from './decode-source';
import { bodyWordCount, excerptOf, readingMinutes } from './derive-fields';
import { InputRejected } from './input-rejected';
import { describeIssues, parseJsonInput } from './json-input';
import type { ParsedArticle } from './parsed-article';
import { parseTextArticle } from './text/parse-text-article';
import { understand } from './understand/understand';

export type FileOutcome = { ok: true; article: Article; card: ArticleCard; idStated: boolean } | { ok: false; reason: string };

/**
 * One input file -> one article, or the reason it was rejected. Never throws: whatever goes wrong
 * with one file is reported for that file alone.
 */
export function ingestFile(bytes: Uint8Array, source: string): FileOutcome {
  try {
    const text = decodeSource(bytes);
    const article = buildArticle(text, source);
    return { ok: true, article, card: cardOf(article), idStated: article.id !== articleIdFromSource(source) };
  } catch (error) {
    if (error instanceof InputRejected) return { ok: false, reason: error.reason };
    // A bug of ours: still cost only this file, but say so plainly.
    return { ok: false, reason: `internal error while ingesting: ${(error as Error).stack ?? String(error)}` };
  }
}

function buildArticle(text: string, source: string): Article {
  if (source.toLowerCase().endsWith('.json')) return fromJson(text, source);
  return finish(parseTextArticle(text), source, articleIdFromSource(source));
}

function fromJson(text: string, source: string): Article {
  const input = parseJsonInput(text);
  if (input.kind === 'minimal') {
    const { minimal } = input;
    const parsed = parseTextArticle(` date ${minimal.date}\n${minimal.body}`, { title: minimal.title });
    return finish(parsed, source, minimal.id ?? articleIdFromSource(source), { topics: minimal.topics });
  }
  const given = input.article;
  const parsed: ParsedArticle = {
    date: given.date,
    title: given.title,
    titleSource: given.titleSource,
    blocks: given.blocks,
    removed: given.removed,
    metadata: given.metadata,
  };
  const hasEntities = Object.values(given.entities).some((list) => list.length > 0);
  return finish(parsed, source, given.id ?? articleIdFromSource(source), {
    topics: given.topics.length ? given.topics : undefined,
    topicScores: given.topics.length ? given.topicScores : undefined,
    entities: hasEntities ? given.entities : undefined,
    keepSpeakers: true,
  });
}

type Stated = {
  topics?: string[] | undefined;
  topicScores?: Record<string, number> | undefined;
  entities?: Article['entities'] | undefined;
  /** JSON input names its own speakers: understanding must not overwrite them. */
  keepSpeakers?: boolean;
};

function finish(parsed: ParsedArticle, source: string, id: string, stated: Stated = {}): Article {
  const understood = understand(parsed);
  const blocks = stated.keepSpeakers ? parsed.blocks : understood.blocks;
  const wordCount = bodyWordCount({ blocks });
  const candidate: Article = {
    id,
    date: parsed.date,
    title: parsed.title,
    titleSource: parsed.titleSource,
    source,
    blocks,
    // Topics a JSON input states win over what ingest would assign.
    topics: stated.topics ?? understood.topics,
    topicScores: stated.topicScores ?? (stated.topics ? {} : understood.topicScores),
    entities: stated.entities ?? understood.entities,
    removed: parsed.removed,
    metadata: parsed.metadata,
    excerpt: excerptOf({ blocks }, parsed.title, parsed.titleSource),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
  const checked = articleSchema.safeParse(candidate);
  if (!checked.success) throw new InputRejected(`the article made from it breaks the format: ${describeIssues(checked.error)}`);
  return checked.data;
}

export function cardOf(article: Article): ArticleCard {
  const quotations = quotationsOf(article.blocks);
  return {
    id: article.id,
    date: article.date,
    title: article.title,
    excerpt: article.excerpt,
    topics: article.topics.slice(0, 3),
    readingMinutes: article.readingMinutes,
    quoteCount: quotations.length,
    mainSpeaker: mainSpeakerOf(quotations),
  };
}
