import { wordSpans } from '../shared/search-words';

/** A run of text, and whether it is a word the search matched (to show as <mark>). */
export type TextPart = { text: string; matched: boolean };

/**
 * Cuts a text (a title, an excerpt, a quotation) into runs, marking the words that fold to one of the
 * matched terms (SearchResults.terms): "Stoltenberg’s" is marked for the term "stoltenberg".
 */
export function highlightParts(text: string, terms: ReadonlySet<string>): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!terms.has(span.term)) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start), matched: false });
    parts.push({ text: text.slice(span.start, span.end), matched: true });
    at = span.end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), matched: false });
  return parts;
}

/** How many different matched terms a text holds. */
export function matchedTermCount(text: string, terms: ReadonlySet<string>): number {
  const found = new Set<string>();
  for (const span of wordSpans(text)) if (terms.has(span.term)) found.add(span.term);
  return found.size;
}
