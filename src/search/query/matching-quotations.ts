import type { Article } from '@/article/article-schema';
import { quotationsOf } from '@/article/quotations';
import { highlightParts, matchedTermCount, type TextPart } from './highlight';

export type QuotationMatch = {
  /** The quotation's number: the article's `#quote-<n>` fragment. */
  n: number;
  speaker: string | null;
  /** The quotation's words with the matched ones marked. */
  parts: TextPart[];
  /** The speaker's name with the matched words marked (empty when nobody is named). */
  speakerParts: TextPart[];
};

/**
 * The quotations of an article that a search matched, by their words or their speaker's name, those
 * matching the most terms first: "stoltenberg afghanistan" shows what Stoltenberg said about Afghanistan.
 * Fetch the article for hits whose `fields` have FIELD.quote or FIELD.speaker set.
 */
export function matchingQuotations(article: Article, terms: ReadonlySet<string>): QuotationMatch[] {
  const scored = quotationsOf(article.blocks).map((quotation) => {
    const text = quotation.parts.map((part) => part.text).join(' ');
    const speaker = quotation.speaker ?? '';
    const score = matchedTermCount(text, terms) + matchedTermCount(speaker, terms);
    return { score, quotation, text, speaker };
  });
  return scored
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.quotation.n - b.quotation.n)
    .map(({ quotation, text, speaker }) => ({
      n: quotation.n,
      speaker: quotation.speaker,
      parts: highlightParts(text, terms),
      speakerParts: speaker ? highlightParts(speaker, terms) : [],
    }));
}
