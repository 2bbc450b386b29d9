import type { ArticleCard } from '@/article/site-index';
import { formatCount } from './format-count';

/** "3 quotations, most by Jens Stoltenberg"; null when the article quotes nobody. */
export function quotationSummary({ quoteCount, mainSpeaker }: Pick<ArticleCard, 'quoteCount' | 'mainSpeaker'>): string | null {
  if (quoteCount === 0) return null;
  const count = quoteCount === 1 ? '1 quotation' : `${formatCount(quoteCount)} quotations`;
  if (!mainSpeaker) return count;
  return quoteCount === 1 ? `${count}, by ${mainSpeaker}` : `${count}, most by ${mainSpeaker}`;
}
