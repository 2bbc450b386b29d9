import { firstEndingAfter } from './first-ending-after';
import type { Block } from '../../article/article-schema';

/** Where one quote inline sits in the article text. */
export type QuoteSpot = {
  block: number;
  inline: number;
  /** Offsets in `ArticleLayout.text`: the quoted words, and the words with their marks. */
  start: number;
  end: number;
  outerStart: number;
  outerEnd: number;
  continued: boolean;
};

export type Passage = { kind: 'title' | 'heading' | 'paragraph'; block: number; start: number; end: number };

/**
 * The article as one text (title, then each block, separated by blank lines) with the place of every
 * block and quote in it, so the language model runs once over the whole article and what it finds can
 * be traced back to the quotes.
 */
export type ArticleLayout = { text: string; passages: Passage[]; quotes: QuoteSpot[] };

const SEPARATOR = '\n\n';

export function layOutArticle(title: string, blocks: readonly Block[]): ArticleLayout {
  const passages: Passage[] = [];
  const quotes: QuoteSpot[] = [];
  let text = '';
  const firstText = blocks[0]?.type === 'paragraph' ? blocks[0].inlines.map((inline) => inline.text).join('') : '';
  // A title derived from the lead repeats it: counting it would count the lead twice.
  if (title.trim() && !firstText.startsWith(title.replace(/…$/, '').trim())) {
    passages.push({ kind: 'title', block: -1, start: 0, end: title.length });
    text = title + SEPARATOR;
  }
  blocks.forEach((block, blockIndex) => {
    const start = text.length;
    if (block.type === 'heading') text += block.text;
    else {
      block.inlines.forEach((inline, inlineIndex) => {
        if (inline.type === 'text') {
          text += inline.text;
          return;
        }
        const outerStart = text.length;
        text += inline.open;
        const quoteStart = text.length;
        text += inline.text;
        const quoteEnd = text.length;
        text += inline.close;
        quotes.push({
          block: blockIndex,
          inline: inlineIndex,
          start: quoteStart,
          end: quoteEnd,
          outerStart,
          outerEnd: text.length,
          continued: inline.continued ?? false,
        });
      });
    }
    passages.push({ kind: block.type, block: blockIndex, start, end: text.length });
    text += SEPARATOR;
  });
  return { text, passages, quotes };
}

/** Whether `at` falls inside the quoted words of a quote (the quotes are in text order and never overlap). */
export function isInQuote(quotes: readonly QuoteSpot[], at: number): boolean {
  return quoteAt(quotes, at) >= 0;
}

/** The index of the quote whose quoted words hold `at`, or -1. */
export function quoteAt(quotes: readonly QuoteSpot[], at: number): number {
  // The first quote that ends after `at`: the only one that can hold it.
  const k = firstEndingAfter(quotes, at);
  const quote = quotes[k];
  return quote !== undefined && at >= quote.start ? k : -1;
}
