import { isStopword, termsOf } from '../shared/search-words';

/** A word typed outside quotation marks: it matches as written, as the start of a longer word, or with a small typo. */
export type QueryWord = {
  term: string;
  /** Also match longer words that start with it (words of MIN_PREFIX_LENGTH letters or more). */
  prefix: boolean;
  /** How many letters may differ (typos), 0 for short words. */
  edits: number;
};

export type ParsedQuery = {
  /** Every word must match (in any searched field), in any order. */
  words: QueryWord[];
  /** Each "quoted phrase" as its terms, stopwords left out: they must stand side by side. */
  phrases: string[][];
};

const MIN_PREFIX_LENGTH = 3;
/** A pasted paragraph is searched by its first words: each word costs fetches, and these are plenty. */
const MAX_WORDS = 10;
const MAX_PHRASES = 4;
const ONE_EDIT_LENGTH = 5;
const TWO_EDITS_LENGTH = 9;
/** Straight and curly double quotation marks all open or close a phrase. */
const QUOTE_MARKS = /["“”„]/;

/**
 * Reads what a person typed: words, and phrases between double quotation marks (an unclosed mark runs to
 * the end, so a phrase being typed already searches). Stopwords outside phrases are left out: they are
 * not indexed. An empty result (no words, no phrases) means there is nothing to search for.
 */
export function parseQuery(text: string): ParsedQuery {
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  const seen = new Set<string>();
  text.split(QUOTE_MARKS).forEach((segment, index) => {
    const terms = termsOf(segment).filter((term) => !isStopword(term));
    if (index % 2 === 1) {
      if (terms.length && phrases.length < MAX_PHRASES) phrases.push(terms.slice(0, MAX_WORDS));
      return;
    }
    for (const term of terms) {
      if (seen.has(term) || words.length === MAX_WORDS) continue;
      seen.add(term);
      words.push({
        term,
        prefix: term.length >= MIN_PREFIX_LENGTH,
        edits: editsAllowed(term),
      });
    }
  });
  return { words, phrases };
}

/** Typos are forgiven in longer words, never in numbers (2024 must not find 2025). */
function editsAllowed(term: string): number {
  if (/\d/.test(term)) return 0;
  return term.length >= TWO_EDITS_LENGTH ? 2 : term.length >= ONE_EDIT_LENGTH ? 1 : 0;
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0;
}
