import type { Block, QuoteInline } from '@/article/article-schema';
import { quotationsOf, type Quotation } from '@/article/quotations';

/** Where one quote inline stands in its logical quotation. */
export type QuotationPart = {
  n: number;
  speaker: string | null;
  /** 0 for the part that opens the quotation (it carries the `quote-<n>` id). */
  part: number;
  partCount: number;
  /** The quotation with a known speaker just before this one, if any: its margin note stands above this one's. */
  attributedBefore: number | null;
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
  let attributedBefore: number | null = null;
  for (const { n, speaker, parts: inlines } of quotations) {
    const before = attributedBefore;
    inlines.forEach((inline, part) => parts.set(inline, { n, speaker, part, partCount: inlines.length, attributedBefore: before }));
    if (speaker) attributedBefore = n;
  }
  const speakers = [...new Set(quotations.flatMap(({ speaker }) => (speaker ? [speaker] : [])))];
  return { quotations, parts, speakers };
}
