import type { Understanding, ParsedArticle } from '../parsed-article';

// FIRST CUT, to be replaced by speakers, entities and topics.
export function understand(parsed: Pick<ParsedArticle, 'title' | 'blocks'>): Understanding {
  return { blocks: parsed.blocks, topics: [], topicScores: {}, entities: { people: [], organisations: [], places: [] } };
}
