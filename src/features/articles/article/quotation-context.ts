import { createContext, useContext } from 'react';
import type { QuotationIndex } from '../model/quotation-index';

/**
 * Shared by the parts of the article body: which quotation the pointer or focus is on, so every
 * part of a quotation continued over paragraphs lights up together.
 */
export type QuotationState = {
  index: QuotationIndex;
  active: number | null;
  setActive: (n: number | null) => void;
};

export const QuotationContext = createContext<QuotationState | null>(null);

export function useQuotations(): QuotationState {
  const state = useContext(QuotationContext);
  if (!state) throw new Error('useQuotations is used outside an article body');
  return state;
}
