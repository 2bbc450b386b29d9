import type { ParsedArticle, Understanding } from '../parsed-article';
import { listEntities } from './article-entities';
import { isInQuote, layOutArticle, quoteAt, type ArticleLayout } from './article-layout';
import { buildRegistry } from './entity-registry';
import { findMentions } from './name-mentions';
import { quoteKindsOf } from './quote-kinds';
import { fullerFromCaptions } from './speaker-name';
import { attributeSpeakers, withSpeakers } from './speakers';
import { tagTerms } from './tagged-terms';
import { assignTopics, type WeightedText } from './topics';

/** Speakers, entities and topics for one article; compromise runs once over the whole text. */
export function understand(parsed: Pick<ParsedArticle, 'title' | 'blocks'> & Partial<Pick<ParsedArticle, 'metadata'>>): Understanding {
  const layout = layOutArticle(parsed.title, parsed.blocks);
  const terms = tagTerms(layout.text);
  const mentions = findMentions(terms, layout);
  const inQuote = (at: number): boolean => isInQuote(layout.quotes, at);
  const registry = buildRegistry(mentions, layout.text, terms, inQuote);
  const kinds = quoteKindsOf(layout);
  // Each speaker's name looked for once (it reads the whole text), not once for each of their quotations.
  const captions = parsed.metadata?.captions ?? [];
  const fullerNames = new Map<string, string>();
  const fuller = (name: string): string => {
    if (!fullerNames.has(name)) fullerNames.set(name, fullerFromCaptions(name, captions, layout.text));
    return fullerNames.get(name) as string;
  };
  const speakers = attributeSpeakers(layout, registry, mentions, kinds).map((speaker) =>
    speaker?.kind === 'person' && captions.length > 0 ? { ...speaker, name: fuller(speaker.name) } : speaker,
  );
  const { topics, topicScores } = assignTopics(weightedParts(layout));
  // The words of a title or a nickname in quote marks name no one ("Stranger Things", "The Donald"); a term's or a
  // scare quote's may ("the so-called “Islamic State”").
  const inMarkedName = (at: number): boolean => {
    const kind = kinds[quoteAt(layout.quotes, at)];
    return kind === 'title' || kind === 'nickname';
  };
  const entities = listEntities(registry, inMarkedName);
  return { blocks: withSpeakers(parsed.blocks, layout, speakers, kinds), topics, topicScores, entities };
}

/** The title counts three times, the lead half as much again as the rest. */
export function weightedParts(layout: ArticleLayout): WeightedText[] {
  let firstParagraph = true;
  return layout.passages.map((passage) => {
    const text = layout.text.slice(passage.start, passage.end);
    if (passage.kind === 'title' || passage.kind === 'heading') return { text, weight: passage.kind === 'title' ? 3 : 1.5 };
    const weight = firstParagraph ? 1.5 : 1;
    firstParagraph = false;
    return { text, weight };
  });
}
