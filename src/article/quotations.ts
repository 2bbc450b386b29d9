import type { Block, QuoteInline } from './article-schema';

/**
 * One logical quotation: the quote inlines that read as one (a quotation continued over paragraphs
 * is several inlines). `n` is its 1-based number, the `#quote-<n>` fragment of the article URL.
 */
export type Quotation = { n: number; speaker: string | null; parts: QuoteInline[] };

export function quotationsOf(blocks: readonly Block[]): Quotation[] {
  const quotations: Quotation[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph') continue;
    for (const inline of block.inlines) {
      // Terms, titles, nicknames, slogans and scare quotes keep their marks but are nobody's words.
      if (inline.type !== 'quote' || !isQuotation(inline)) continue;
      const last = quotations.at(-1);
      if (inline.continued && last) last.parts.push(inline);
      else quotations.push({ n: quotations.length + 1, speaker: inline.speaker, parts: [inline] });
    }
  }
  return quotations;
}

/** Someone's words, as opposed to a term, title, nickname, slogan or scare quote in marks (no kind: written before kinds). */
export const isQuotation = (quote: QuoteInline): boolean => (quote.kind ?? 'quotation') === 'quotation';

/** The person or body quoted most often; ties go to whoever spoke first. */
export function mainSpeakerOf(quotations: readonly Quotation[]): string | null {
  const counts = new Map<string, number>();
  for (const { speaker } of quotations) if (speaker) counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  let best: string | null = null;
  for (const [speaker, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = speaker;
  return best;
}
