import type { ParsedArticle, Understanding } from '../parsed-article';
import { listEntities } from './article-entities';
import { layOutArticle } from './article-layout';
import { buildRegistry } from './entity-registry';
import { findMentions } from './name-mentions';
import { attributeSpeakers, withSpeakers } from './speakers';
import { tagTerms } from './tagged-terms';

/** Speakers, entities and topics for one article; compromise runs once over the whole text. */
export function understand(parsed: Pick<ParsedArticle, 'title' | 'blocks'>): Understanding {
  const layout = layOutArticle(parsed.title, parsed.blocks);
  const terms = tagTerms(layout.text);
  const mentions = findMentions(terms, layout);
  const inQuote = (at: number): boolean => layout.quotes.some((quote) => at >= quote.start && at < quote.end);
  const registry = buildRegistry(mentions, layout.text, terms, inQuote);
  const speakers = attributeSpeakers(layout, registry, mentions);
  return { blocks: withSpeakers(parsed.blocks, layout, speakers), topics: [], topicScores: {}, entities: listEntities(registry) };
}
