import type { Article } from '../../article/article-schema';
import { blockText } from '../../article/article-text';
import { quotationsOf } from '../../article/quotations';
import { britishLabel } from '../../ingest/taxonomy/british-label';
import { iptcTopic } from '../../ingest/taxonomy/taxonomy';

/** What search reads of an article: every field a reader may search by, as plain text. */
export type SearchFields = {
  title: string;
  /** Who is quoted, each name once. */
  speakers: string[];
  /** People, organisations and places named in the article. */
  entities: string[];
  /** IPTC labels of the article's topics ("conflict, war and peace"). */
  topics: string[];
  /** Headings and paragraphs as they read, quotations included. */
  blocks: string[];
  /** Each quotation's words (continued quotations joined). */
  quotations: string[];
};

export function searchFieldsOf(article: Article): SearchFields {
  const quotations = quotationsOf(article.blocks);
  return {
    title: titleWords(article),
    speakers: [...new Set(quotations.flatMap((quotation) => (quotation.speaker ? [quotation.speaker] : [])))],
    entities: [...article.entities.people, ...article.entities.organisations, ...article.entities.places],
    topics: article.topics.map((qcode) => britishLabel(iptcTopic(qcode)?.label ?? '')).filter(Boolean),
    blocks: article.blocks.map(blockText),
    quotations: quotations.map((quotation) => quotation.parts.map((part) => part.text).join(' ')),
  };
}

/**
 * A title made from the lead may be cut inside a word ("... debate over infla"): that stub is left out, so
 * it never appears among a query's completions (the whole word is in the body anyway).
 */
function titleWords(article: Article): string {
  if (article.titleSource !== 'lead') return article.title;
  const lead = article.blocks[0] ? blockText(article.blocks[0]) : '';
  const next = lead.startsWith(article.title) ? lead.charAt(article.title.length) : '';
  return /[\p{L}\p{N}]/u.test(next) ? article.title.replace(/[\p{L}\p{N}\p{M}'’.,]+$/u, '') : article.title;
}
