import type { Block, QuoteInline } from '@/article/article-schema';
import { quotationsOf, type Quotation } from '@/article/quotations';

/** Where one quote inline stands in its logical quotation. */
export type QuotationPart = {
  n: number;
  speaker: string | null;
  /** 0 for the part that opens the quotation (it carries the `quote-<n>` id). */
  part: number;
  partCount: number;
};

export type QuotationIndex = {
  quotations: Quotation[];
  /** By inline object: the renderer meets inlines one by one and asks where each belongs. */
  parts: ReadonlyMap<QuoteInline, QuotationPart>;
  speakers: string[];
};

/** Numbers the article's quotations as src/article/quotations.ts does, so `#quote-<n>` always agrees. */
export function quotationIndex(blocks: readonly Block[]): QuotationIndex {
  const quotations = quotationsOf(blocks);
  const parts = new Map<QuoteInline, QuotationPart>();
  for (const { n, speaker, parts: inlines } of quotations) {
    inlines.forEach((inline, part) => parts.set(inline, { n, speaker, part, partCount: inlines.length }));
  }
  const speakers = [...new Set(quotations.flatMap(({ speaker }) => (speaker ? [speaker] : [])))];
  return { quotations, parts, speakers };
}
