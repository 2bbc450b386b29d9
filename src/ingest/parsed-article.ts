import type { ArticleMetadata, Block, RemovedText } from '../article/article-schema';

/**
 * What the text stage (text/) makes of one raw file, before understanding (understand/) fills in
 * speakers, entities and topics. Quote inlines carry `speaker: null` until then.
 */
export type ParsedArticle = {
  date: string;
  title: string;
  titleSource: 'headline' | 'lead' | 'input';
  blocks: Block[];
  removed: RemovedText[];
  metadata: ArticleMetadata;
};

/** What understanding adds. */
export type Understanding = {
  /** The same blocks, with every quote's speaker filled in (or left null when nobody can be named). */
  blocks: Block[];
  topics: string[];
  topicScores: Record<string, number>;
  entities: { people: string[]; organisations: string[]; places: string[] };
};
